"""The monitor: computed snapshots of the register's figures, reference totals and the 2035 targets."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class SnapshotStatus(models.TextChoices):
    RUNNING = "running", _("running")
    COMPLETED = "completed", _("completed")
    FAILED = "failed", _("failed")


class MonitorSnapshot(models.Model):
    """One run of the monitor computation; a completed run is published until a newer one completes."""

    status = models.CharField(
        _("status"), max_length=10, choices=SnapshotStatus.choices, default=SnapshotStatus.RUNNING
    )
    is_published = models.BooleanField(_("published"), default=False)
    trigger = models.CharField(_("trigger"), max_length=40, blank=True)
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    fingerprint = models.CharField(_("register fingerprint"), max_length=64, blank=True)
    observation_count = models.PositiveIntegerField(_("observations"), default=0)
    years = models.JSONField(_("years"), default=list, blank=True)
    growth = models.JSONField(_("growth"), default=list, blank=True)
    shares = models.JSONField(_("shares in Enschede and Twente"), default=list, blank=True)
    reference_sources = models.JSONField(_("reference sources"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("monitor snapshot")
        verbose_name_plural = _("monitor snapshots")
        constraints = [
            models.UniqueConstraint(
                fields=["is_published"], condition=Q(is_published=True), name="monitor_one_published_snapshot"
            ),
            models.CheckConstraint(
                condition=Q(is_published=False) | Q(status="completed"), name="monitor_published_is_completed"
            ),
            models.CheckConstraint(
                condition=Q(finished_at__isnull=True) | Q(finished_at__gte=F("started_at")),
                name="monitor_finished_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.get_status_display()} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def duration_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class MonitorFigure(models.Model):
    """One tidy row of a snapshot: a year, a dimension and a category with its establishments, jobs and added value."""

    snapshot = models.ForeignKey(MonitorSnapshot, on_delete=models.CASCADE, related_name="figures")
    year = models.PositiveSmallIntegerField(_("year"))
    dimension = models.CharField(_("dimension"), max_length=20)
    category = models.CharField(_("category"), max_length=120)
    establishments = models.PositiveIntegerField(_("establishments"))
    jobs = models.PositiveIntegerField(_("jobs (unrounded)"))
    added_value_meur = models.DecimalField(
        _("added value (€ million)"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    largest_establishment_jobs = models.PositiveIntegerField(_("jobs at the largest establishment"), null=True)
    new_establishments = models.PositiveIntegerField(_("new on the park that year"), null=True)
    # Fractions of the reference total of the same year, breakdown and category; null where none was imported.
    establishments_share_enschede = models.FloatField(_("share of Enschede's establishments"), null=True)
    establishments_share_twente = models.FloatField(_("share of Twente's establishments"), null=True)
    jobs_share_enschede = models.FloatField(_("share of Enschede's jobs"), null=True)
    jobs_share_twente = models.FloatField(_("share of Twente's jobs"), null=True)

    class Meta:
        ordering = ["dimension", "category", "year"]
        verbose_name = _("monitor figure")
        verbose_name_plural = _("monitor figures")
        constraints = [
            models.UniqueConstraint(
                fields=["snapshot", "dimension", "category", "year"], name="monitor_figure_unique_cell"
            ),
        ]
        indexes = [models.Index(fields=["snapshot", "dimension", "year"])]

    def __str__(self):
        return f"{self.year} {self.dimension} {self.category}"


class ReferenceArea(models.TextChoices):
    ENSCHEDE = "enschede", _("Enschede")
    TWENTE = "twente", _("Twente")


class ReferenceDimension(models.TextChoices):
    TOTAL = "total", _("total")
    SECTOR = "sector", _("sector")
    SIZE_CLASS = "size_class", _("size class")
    BASE = "base", _("economic base")


class ReferenceTotal(models.Model):
    """A total of Enschede or Twente in a year, overall or of one sector, size class or base, for the park's share."""

    area = models.CharField(_("area"), max_length=10, choices=ReferenceArea.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    dimension = models.CharField(
        _("breakdown"), max_length=12, choices=ReferenceDimension.choices, default=ReferenceDimension.TOTAL
    )
    category = models.CharField(
        _("category"),
        max_length=60,
        blank=True,
        help_text=_(
            "The sector's slug, the size class (zzp, micro, small, medium, large) or the base (stuwend, verzorgend); "
            "empty for the total."
        ),
    )
    establishments = models.PositiveIntegerField(_("establishments"))
    jobs = models.PositiveIntegerField(_("jobs"))
    added_value_meur = models.DecimalField(
        _("added value (€ million)"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Constant prices, base year 2021. Empty means unknown."),
    )
    source = models.CharField(
        _("source"), max_length=200, help_text=_("For example: BIRO and LISA, Kennispunt Twente.")
    )

    class Meta:
        ordering = ["area", "year", "dimension", "category"]
        verbose_name = _("reference total")
        verbose_name_plural = _("reference totals")
        constraints = [
            models.UniqueConstraint(
                fields=["area", "year", "dimension", "category"], name="monitor_reference_unique_cell"
            ),
            models.CheckConstraint(
                condition=(Q(dimension="total") & Q(category="")) | (~Q(dimension="total") & ~Q(category="")),
                name="monitor_reference_category_of_breakdown",
            ),
            models.CheckConstraint(condition=Q(year__gte=1990) & Q(year__lte=2100), name="monitor_reference_year"),
            models.CheckConstraint(
                condition=Q(establishments__gt=0) & Q(jobs__gt=0), name="monitor_reference_positive"
            ),
        ]

    def __str__(self):
        if self.dimension == ReferenceDimension.TOTAL:
            return f"{self.get_area_display()} {self.year}"
        return f"{self.get_area_display()} {self.year} {self.category}"


class Indicator(models.TextChoices):
    JOBS = "jobs", _("Jobs")
    ESTABLISHMENTS = "establishments", _("Establishments")
    KNOWLEDGE_INTENSIVE = "knowledge_intensive", _("Knowledge-intensive establishments")
    STARTUPS = "startups", _("New start-ups per year")
    SPINOFFS = "spinoffs", _("New spin-offs per year")
    RD_BRANCHES = "rd_branches", _("New R&D branches of large companies")


class Target(models.Model):
    """A 2035 target of the area strategy, reached along a straight line from its baseline."""

    indicator = models.CharField(_("indicator"), max_length=30, choices=Indicator.choices, unique=True)
    target_value = models.DecimalField(_("target value"), max_digits=10, decimal_places=1)
    target_year = models.PositiveSmallIntegerField(_("target year"))
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"))
    baseline_value = models.DecimalField(
        _("baseline value"),
        max_digits=10,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Empty for a yearly rate: then the target holds for every year."),
    )
    source = models.CharField(_("source"), max_length=200)
    note = models.CharField(_("note"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "indicator"]
        verbose_name = _("2035 target")
        verbose_name_plural = _("2035 targets")
        constraints = [
            models.CheckConstraint(
                condition=Q(target_year__gt=F("baseline_year")), name="monitor_target_after_baseline"
            ),
            models.CheckConstraint(condition=Q(target_value__gte=0), name="monitor_target_not_negative"),
        ]

    def __str__(self):
        return f"{self.get_indicator_display()} {self.target_year}"

    @property
    def is_rate(self) -> bool:
        return self.baseline_value is None

    def required_value(self, year: int) -> float:
        """Return the value the straight trajectory from baseline to target prescribes for a year."""
        if self.baseline_value is None:
            return float(self.target_value)
        span = self.target_year - self.baseline_year
        progress = min(max((year - self.baseline_year) / span, 0), 1)
        baseline = float(self.baseline_value)
        return baseline + (float(self.target_value) - baseline) * progress
