"""Store the computed indicators' figures, recomputed from their sources; never typed in."""

from decimal import Decimal

from django.db import transaction

from kennispark import content_versions
from kennispark.content_versions import content_version_bump

from ..models import Indicator, IndicatorValue, ReviewStatus, Source
from ..sources import SOURCES


@transaction.atomic
def computed_indicator_refresh(*, indicator: Indicator) -> int:
    """Recompute one computed indicator: write changed figures, remove those whose source rows are gone."""
    # Two runs at once (a burst of changes, a nightly run) would both find a new year missing and both insert it:
    # the indicator's row lock makes the second wait and then see the first one's figures.
    Indicator.objects.select_for_update().filter(pk=indicator.pk).first()
    rows = {(year, category): value for year, category, value in SOURCES[indicator.code]()}
    existing = {
        (value.year, value.category): value
        for value in IndicatorValue.objects.select_for_update().filter(indicator=indicator, quarter__isnull=True)
    }
    versions = list(indicator.versions.order_by("valid_from"))
    to_create, to_update = [], []
    for (year, category), amount in rows.items():
        amount = Decimal(amount).quantize(Decimal("0.01"))
        found = existing.pop((year, category), None)
        if found is None:
            to_create.append(
                IndicatorValue(
                    indicator=indicator,
                    version=_version(versions, indicator, year),
                    year=year,
                    category=category,
                    value=amount,
                    status=ReviewStatus.APPROVED,
                    is_computed=True,
                )
            )
        elif found.value != amount:
            found.value = amount
            to_update.append(found)
    # bulk writes skip simple-history; computed figures are reproducible from their sources, so that is fine.
    IndicatorValue.objects.bulk_create(to_create)
    IndicatorValue.objects.bulk_update(to_update, ["value"])
    stale = [value.pk for value in existing.values()]
    IndicatorValue.objects.filter(pk__in=stale).delete()
    changed = len(to_create) + len(to_update) + len(stale)
    if changed:
        content_version_bump(area=content_versions.IMPACT)
    return changed


def _version(versions, indicator, year):
    # The versions are already loaded: pick the one that holds in the year (the first one before it starts).
    return ([version for version in versions if version.valid_from <= year] or versions)[-1]


def computed_indicators_refresh(*, codes: list[str] | None = None) -> dict[str, int]:
    """Recompute every computed indicator (or those named); return the number of changed figures per code."""
    indicators = Indicator.objects.filter(source=Source.COMPUTED, code__in=list(SOURCES)).prefetch_related("versions")
    if codes is not None:
        indicators = indicators.filter(code__in=codes)
    return {indicator.code: computed_indicator_refresh(indicator=indicator) for indicator in indicators}
