"""The programme board: year plans, themes, programme lines, key projects, their milestones and progress updates."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from kennispark.bilingual import TranslatedName, translated

from .quarters import quarter_label


class YearPlan(models.Model):
    """The area organisation's plan for one year (Jaarplan 2025, …)."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    title_nl = models.CharField(_("title (Dutch)"), max_length=150)
    title_en = models.CharField(_("title (English)"), max_length=150)

    title = translated("title")

    class Meta:
        ordering = ["-year"]
        verbose_name = _("year plan")
        verbose_name_plural = _("year plans")
        constraints = [
            models.CheckConstraint(condition=Q(year__gte=2000, year__lte=2100), name="programme_yearplan_year")
        ]

    def __str__(self) -> str:
        return str(self.title)


class Theme(TranslatedName):
    """A chapter of a year plan ("Transformatie bestaand B&S-terrein")."""

    year_plan = models.ForeignKey(
        YearPlan, on_delete=models.CASCADE, related_name="themes", verbose_name=_("year plan")
    )
    number = models.PositiveSmallIntegerField(_("number"))

    class Meta:
        ordering = ["year_plan", "number"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [models.UniqueConstraint(fields=["year_plan", "number"], name="programme_theme_number")]


class ProgrammeLine(TranslatedName):
    """A programme line carried by one partner (Gebiedsstrategie & Acquisitie, …); it spans year plans."""

    slug = models.SlugField(_("slug"), unique=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    started_in = models.ForeignKey(
        YearPlan, on_delete=models.PROTECT, related_name="+", verbose_name=_("started in"), null=True, blank=True
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    description = translated("description")

    class Meta:
        ordering = ["position", "name_nl"]
        verbose_name = _("programme line")
        verbose_name_plural = _("programme lines")

    def get_absolute_url(self) -> str:
        return reverse("programme:public_line", args=[self.slug])


class Organisation(models.Model):
    """A lead organisation ("trekker"): a partner, or an establishment of the register."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    establishment = models.ForeignKey(
        "establishments.Establishment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("establishment in the register"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("lead organisation")
        verbose_name_plural = _("lead organisations")

    def __str__(self) -> str:
        return self.name


class Project(models.Model):
    """A key project of a year plan, or a sub-project of one, with its own lead and planning."""

    year_plan = models.ForeignKey(
        YearPlan, on_delete=models.PROTECT, related_name="started_projects", verbose_name=_("started in year plan")
    )
    # Every plan the project is part of, its first included: carrying over keeps the project and its history.
    year_plans = models.ManyToManyField(YearPlan, related_name="projects", verbose_name=_("year plans"))
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sub_projects",
        verbose_name=_("part of project"),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    sub_number = models.PositiveSmallIntegerField(_("sub-project number"), default=0)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="projects", verbose_name=_("theme"))
    programme_line = models.ForeignKey(
        ProgrammeLine,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
        verbose_name=_("programme line"),
    )
    lead_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="projects", verbose_name=_("lead organisation")
    )
    leads = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="led_projects", verbose_name=_("project leads")
    )
    planning_note = models.CharField(_("planning as in the year plan"), max_length=300, blank=True)
    start_quarter = models.PositiveIntegerField(_("start quarter"), help_text=_("YYYYQ, e.g. 20251"))
    end_quarter = models.PositiveIntegerField(_("end quarter"), help_text=_("YYYYQ, e.g. 20264"))
    targets = models.ManyToManyField(
        "monitoring.Target", blank=True, related_name="+", verbose_name=_("2035 targets it contributes to")
    )
    is_public = models.BooleanField(_("shown publicly"), default=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    # Who simple-history records as the author of the next save; the services set it before saving.
    _history_user: object

    class Meta:
        ordering = ["number", "sub_number"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        constraints = [
            models.UniqueConstraint(fields=["year_plan", "number", "sub_number"], name="programme_project_number"),
            models.CheckConstraint(
                condition=Q(start_quarter__lte=F("end_quarter")), name="programme_project_start_before_end"
            ),
            models.CheckConstraint(
                condition=Q(start_quarter__gte=20001, start_quarter__lte=21004, end_quarter__lte=21004),
                name="programme_project_quarters_in_range",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True, sub_number=0) | Q(parent__isnull=False, sub_number__gt=0),
                name="programme_project_sub_number",
            ),
        ]

    name = translated("name")
    description = translated("description")

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("programme:project", args=[self.pk])

    @property
    def code(self) -> str:
        return f"{self.number}.{self.sub_number}" if self.sub_number else str(self.number)

    @property
    def planning_label(self) -> str:
        start, end = quarter_label(self.start_quarter), quarter_label(self.end_quarter)
        return start if start == end else f"{start} – {end}"


class Milestone(models.Model):
    """A milestone of a project, planned in a quarter and ticked off with the date it was done."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("project"))
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    planned_quarter = models.PositiveIntegerField(_("planned quarter"), help_text=_("YYYYQ, e.g. 20252"))
    done_on = models.DateField(_("done on"), null=True, blank=True)

    history = HistoricalRecords()
    _history_user: object

    title = translated("title")

    class Meta:
        ordering = ["planned_quarter", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_quarter__gte=20001, planned_quarter__lte=21004),
                name="programme_milestone_quarter_in_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({quarter_label(self.planned_quarter)})"


class Status(models.TextChoices):
    ON_TRACK = "on_track", _("on track")
    AT_RISK = "at_risk", _("at risk")
    LATE = "late", _("late")
    DONE = "done", _("done")
    PAUSED = "paused", _("paused")


# Statuses that need a reason and a path back to green.
NEEDS_REASON = (Status.AT_RISK, Status.LATE, Status.PAUSED)


class ProgressUpdate(models.Model):
    """A lead's quarterly update: a fixed snapshot; a correction is a new update that names the one it corrects."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates", verbose_name=_("project"))
    quarter = models.PositiveIntegerField(_("quarter reported on"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    summary = models.TextField(_("what happened"))
    next_steps = models.TextField(_("next steps"), blank=True)
    risks = models.TextField(_("risks"), blank=True)
    reason = models.TextField(_("reason for the status"), blank=True)
    path_to_green = models.TextField(_("path to green"), blank=True)
    path_to_green_by = models.PositiveIntegerField(_("back on track by (quarter)"), null=True, blank=True)
    percent_done = models.PositiveSmallIntegerField(_("percentage done"))
    public_summary = models.TextField(
        _("public summary"), blank=True, help_text=_("Shown on the public progress page if the project is public.")
    )
    milestones_done = models.ManyToManyField(
        Milestone, blank=True, related_name="ticked_in", verbose_name=_("milestones ticked off")
    )
    corrects = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections", verbose_name=_("corrects")
    )
    correction_reason = models.TextField(_("reason for the correction"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("author")
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("acknowledged by"),
    )
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        get_latest_by = ["submitted_at", "pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        indexes = [models.Index(fields=["project", "-submitted_at"], name="programme_update_latest")]
        constraints = [
            models.CheckConstraint(condition=Q(percent_done__lte=100), name="programme_update_percent"),
            models.CheckConstraint(
                condition=Q(status__in=["on_track", "done"]) | (~Q(reason="") & ~Q(path_to_green="")),
                name="programme_update_reason_when_not_green",
            ),
            models.CheckConstraint(
                condition=Q(corrects__isnull=True) | ~Q(correction_reason=""),
                name="programme_update_correction_reason",
            ),
            models.CheckConstraint(
                condition=Q(acknowledged_by__isnull=True) | ~Q(acknowledged_by=F("author")),
                name="programme_update_reviewer_not_author",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project.code} {quarter_label(self.quarter)} {self.get_status_display()}"

    @property
    def quarter_label(self) -> str:
        return quarter_label(self.quarter)


class ReminderKind(models.TextChoices):
    DUE = "due", pgettext_lazy("status", "due")
    OVERDUE = "overdue", _("overdue")


class ReminderDelivery(models.Model):
    """That a lead got the reminder of a project's update for a quarter, so beat running twice sends it once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    quarter = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder delivery")
        verbose_name_plural = _("reminder deliveries")
        constraints = [
            models.UniqueConstraint(fields=["user", "project", "quarter", "kind"], name="programme_reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.project_id} {self.quarter} {self.kind}"


class DigestDelivery(models.Model):
    """That the editors' digest of a day went out, so a retried task does not send it twice."""

    sent_on = models.DateField(unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")

    def __str__(self) -> str:
        return str(self.sent_on)
