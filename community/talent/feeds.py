"""RSS feed of the published vacancies, honouring the same filters as the list page."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kennispark.links import absolute_url

from .filters import describe_filters
from .models import Vacancy
from .selectors import vacancy_list_public

FEED_SIZE = 50


class VacancyFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        filterset = vacancy_list_public(data=request.GET)
        filters = filterset.cleaned_filters() if filterset.is_bound and filterset.is_valid() else {}
        return {"filterset": filterset, "filters": filters, "query": request.GET.urlencode(), "path": request.path}

    def title(self, obj):
        described = describe_filters(obj["filters"])
        base = _("Vacancies on Kennispark Twente")
        return f"{base} ({'; '.join(described)})" if described else base

    def link(self, obj):
        url = absolute_url(reverse("talent:vacancy_list"))
        return f"{url}?{obj['query']}" if obj["query"] else url

    def feed_url(self, obj):
        return absolute_url(obj["path"])

    def description(self, obj):
        return _("Jobs, internships and graduation projects at the companies on Kennispark Twente.")

    def language(self, obj):
        return get_language()

    def items(self, obj):
        return obj["filterset"].qs[:FEED_SIZE]

    def item_title(self, item: Vacancy):
        return f"{item.title} – {item.establishment.trade_name}"

    def item_description(self, item: Vacancy):
        return item.description

    def item_link(self, item: Vacancy):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item: Vacancy):
        return item.posted_at

    def item_updateddate(self, item: Vacancy):
        return item.updated_at

    def item_guid(self, item: Vacancy):
        return f"kennispark-vacancy-{item.pk}-{item.posted_at:%Y%m%d}"

    item_guid_is_permalink = False

    def item_categories(self, item: Vacancy):
        return [item.get_kind_display(), item.field.name]

    def item_author_name(self, item: Vacancy):
        return item.establishment.trade_name
