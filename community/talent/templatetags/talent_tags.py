"""Template tags of the talent pages: the vacancies on a company's page."""

from django import template

from ..selectors import vacancy_list_for_establishment

register = template.Library()


@register.inclusion_tag("talent/_establishment_vacancies.html", takes_context=True)
def establishment_vacancies(context, establishment):
    """Render the open vacancies of an establishment, for its directory page."""
    return {
        "establishment": establishment,
        "vacancies": vacancy_list_for_establishment(establishment=establishment),
        "request": context.get("request"),
    }
