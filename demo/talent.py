"""Demo content of the talent pages: the editors' talent pages and vacancies at the demo companies."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from community.talent.models import FieldOfWork, TalentPage, Vacancy, VacancyStatus
from establishments.models import Establishment

from .talent_content import TALENT_PAGES, VACANCIES

DEMO_ESTABLISHMENT_COUNT = 12


@transaction.atomic
def talent_load(stdout=None) -> None:
    """Create or refresh the talent pages and demo vacancies; running it again changes nothing twice."""
    for order, page in enumerate(TALENT_PAGES):
        TalentPage.objects.update_or_create(slug=page["slug"], defaults={**page, "order": order, "is_published": True})
    vacancy_count = _load_vacancies()
    if stdout:
        stdout.write(f"Talent: {len(TALENT_PAGES)} talent pages, {vacancy_count} demo vacancies")


def _load_vacancies() -> int:
    establishments = list(
        Establishment.objects.active().order_by("-is_knowledge_intensive", "pk")[:DEMO_ESTABLISHMENT_COUNT]
    )
    if not establishments:
        return 0
    fields = {field.slug: field for field in FieldOfWork.objects.all()}
    today = timezone.localdate()
    now = timezone.now()
    for number, spec in enumerate(VACANCIES):
        establishment = establishments[number % len(establishments)]
        # The slug leaves out the company, so a re-run updates the same rows whichever companies exist then.
        slug = slugify(spec["title_nl"])[:200]
        defaults = {
            "establishment": establishment,
            "title_nl": spec["title_nl"],
            "title_en": spec["title_en"],
            "description_nl": spec["description_nl"],
            "description_en": spec["description_en"],
            "kind": spec["kind"],
            "field": fields[spec["field"]],
            "hours_min": spec["hours"][0],
            "hours_max": spec["hours"][1],
            "language": spec["language"],
            "closing_date": today + datetime.timedelta(days=21 + 7 * (number % 6)),
            "posted_at": now - datetime.timedelta(days=number % 9, hours=number),
            "apply_url": establishment.website or "",
            "apply_email": "" if establishment.website else f"vacatures@{slugify(establishment.trade_name)}.example",
            "status": VacancyStatus.PUBLISHED,
        }
        vacancy = Vacancy.objects.filter(slug=slug).first() or Vacancy(slug=slug)
        for name, value in defaults.items():
            setattr(vacancy, name, value)
        vacancy.education_levels = spec["levels"]
        vacancy.full_clean()
        vacancy.save()
    return len(VACANCIES)
