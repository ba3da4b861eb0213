"""Impact indicators: versioned definitions, reviewed values with revisions, and entered subsidies."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kennispark.bilingual import translated


class Unit(models.TextChoices):
    COUNT = "count", _("count")
    EURO = "eur", _("euro")
    SQUARE_METRE = "m2", _("m²")
    PERCENT = "percent", _("percent")
    SCORE = "score", _("score")


class Period(models.TextChoices):
    YEAR = "year", _("year")
    QUARTER = "quarter", _("quarter")


class Direction(models.TextChoices):
    UP = "up", _("higher is better")
    DOWN = "down", _("lower is better")
    NEUTRAL = "neutral", _("neither")


class Source(models.TextChoices):
    """Where an indicator's figures come from: the portal itself, or typed in by editors."""

    COMPUTED = "computed", _("computed from the portal's data")
    ENTERED = "entered", _("entered or imported")


class Indicator(models.Model):
    """An indicator of the strategy's impact list; what it means lives in its versions."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    programme_line = models.CharField(_("programme line"), max_length=100, blank=True)
    target = models.ForeignKey(
        "monitoring.Target",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="impact_indicators",
        verbose_name=_("2035 target"),
    )
    categories = models.JSONField(
        _("categories"),
        default=list,
        blank=True,
        help_text=_("The breakdown of the values (for example investor kinds), as [code, Dutch, English] lists."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_survey_score = models.BooleanField(_("survey score"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("impact:indicator", kwargs={"code": self.code})

    @property
    def name(self) -> str:
        """Return the name of the current version in the active language (uses prefetched versions)."""
        versions = list(self.versions.all())
        return str(max(versions, key=lambda version: version.number).name) if versions else self.code


class IndicatorVersion(models.Model):
    """One meaning of an indicator from a year on; a change of definition is a new version, a break in the series."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    valid_from = models.PositiveSmallIntegerField(_("valid from year"))
    name_nl = models.CharField(_("name (Dutch)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    definition_nl = models.TextField(_("definition (Dutch)"))
    definition_en = models.TextField(_("definition (English)"))
    computation_nl = models.TextField(_("how it is computed (Dutch)"), blank=True)
    computation_en = models.TextField(_("how it is computed (English)"), blank=True)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices)
    period = models.CharField(_("period"), max_length=10, choices=Period.choices, default=Period.YEAR)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices, default=Direction.UP)
    source_organisation = models.CharField(_("source organisation"), max_length=150)
    change_reason = models.CharField(_("reason for the change"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    name = translated("name")
    definition = translated("definition")
    computation = translated("computation")
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "number"]
        verbose_name = _("indicator version")
        verbose_name_plural = _("indicator versions")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "number"], name="impact_version_unique_number"),
            models.UniqueConstraint(fields=["indicator", "valid_from"], name="impact_version_unique_start"),
            models.CheckConstraint(
                condition=Q(valid_from__gte=1990) & Q(valid_from__lte=2100), name="impact_version_year"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} v{self.number}"


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")


class Reviewed(models.Model):
    """What every entered figure carries: who entered it, and the second editor's approval or return."""

    status = models.CharField(_("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    return_reason = models.CharField(_("reason for returning"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class IndicatorValue(Reviewed):
    """A figure of an indicator for a period and breakdown category; a change after approval is a new revision."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    version = models.ForeignKey(IndicatorVersion, on_delete=models.PROTECT, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"), null=True, blank=True)
    category = models.CharField(_("category"), max_length=40, blank=True)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    source_note = models.CharField(_("source note"), max_length=300, blank=True)
    revision = models.PositiveSmallIntegerField(_("revision"), default=0)
    revision_reason = models.CharField(_("reason for the revision"), max_length=500, blank=True)
    is_computed = models.BooleanField(_("computed"), default=False)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["indicator", "year", "quarter", "category", "revision"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "quarter", "category", "revision"],
                nulls_distinct=False,
                name="impact_value_unique_revision",
            ),
            models.CheckConstraint(
                condition=Q(quarter__isnull=True) | (Q(quarter__gte=1) & Q(quarter__lte=4)), name="impact_value_quarter"
            ),
            models.CheckConstraint(condition=Q(year__gte=1990) & Q(year__lte=2100), name="impact_value_year"),
            models.CheckConstraint(
                condition=Q(revision=0) | ~Q(revision_reason=""), name="impact_value_revision_has_reason"
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(return_reason=""), name="impact_value_return_has_reason"
            ),
        ]
        indexes = [models.Index(fields=["indicator", "status", "year"])]

    def __str__(self) -> str:
        period = f"{self.year}" if self.quarter is None else f"{self.year} Q{self.quarter}"
        return f"{self.indicator.code} {period} {self.category}".strip()

    @property
    def period_label(self) -> str:
        return f"{self.year}" if self.quarter is None else f"{self.year} Q{self.quarter}"


class FunderKind(models.TextChoices):
    EUROPEAN = "european", _("European")
    NATIONAL = "national", _("national")
    REGIONAL = "regional", _("regional or provincial")
    MUNICIPAL = "municipal", _("municipal")
    OTHER = "other", _("other")


class Subsidy(Reviewed):
    """A granted (inter)national subsidy; its amount is spread evenly over the years it runs."""

    funder = models.CharField(_("funder"), max_length=150)
    funder_kind = models.CharField(_("funder kind"), max_length=12, choices=FunderKind.choices)
    programme = models.CharField(_("programme"), max_length=150)
    recipient = models.CharField(_("recipient"), max_length=200, blank=True)
    amount = models.DecimalField(_("amount (€)"), max_digits=14, decimal_places=2)
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"))
    source_note = models.CharField(_("source note"), max_length=300, blank=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-starts_on", "funder"]
        verbose_name = _("subsidy")
        verbose_name_plural = _("subsidies")
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="impact_subsidy_end_after_start"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="impact_subsidy_amount_positive"),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(return_reason=""), name="impact_subsidy_return_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.funder} – {self.programme}"

    @property
    def duration_months(self) -> int:
        months = (self.ends_on.year - self.starts_on.year) * 12 + self.ends_on.month - self.starts_on.month
        return months + 1

    def amount_per_year(self) -> dict[int, float]:
        """Return the amount spread over the calendar years by the days the subsidy runs in each."""
        from ..subsidies import spread_over_years

        return spread_over_years(float(self.amount), self.starts_on, self.ends_on)


class Contribution(models.Model):
    """A programme-board project that moves an indicator."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="contributions")
    project = models.ForeignKey(
        "programme.Project", on_delete=models.CASCADE, related_name="indicator_contributions", verbose_name=_("project")
    )
    note = models.CharField(_("how the project contributes"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "project"]
        verbose_name = _("project contribution")
        verbose_name_plural = _("project contributions")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "project"], name="impact_contribution_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} ← {self.project_id}"
