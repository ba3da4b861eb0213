"""Vacancies at the park's companies, saved vacancy searches and the editors' talent pages."""

import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kennispark.bilingual import TranslatedTerm, translated
from kennispark.richtext import rich_text_clean

from .querysets import VacancyQuerySet, VacancySubscriptionQuerySet

MAX_HOURS_PER_WEEK = 60
# The talent section's own addresses, which a talent page's slug must not shadow.
RESERVED_PAGE_SLUGS = {"vacatures", "mijn-vacatures", "zoekopdracht"}


def validate_page_slug(value: str) -> None:
    """Reject a talent page slug that is one of the talent section's own addresses."""
    if value in RESERVED_PAGE_SLUGS:
        raise ValidationError(_("This address is already used by the talent section; choose another one."))


class VacancyKind(models.TextChoices):
    JOB = "job", _("job")
    INTERNSHIP = "internship", _("internship")
    GRADUATION_PROJECT = "graduation_project", _("graduation project")
    TRAINEESHIP = "traineeship", _("traineeship")
    SIDE_JOB = "side_job", _("side job for students")


class EducationLevel(models.TextChoices):
    MBO = "mbo", "MBO"
    HBO = "hbo", "HBO"
    WO = "wo", "WO"


class VacancyLanguage(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    BOTH = "both", _("Dutch and English")


class VacancyStatus(models.TextChoices):
    PUBLISHED = "published", _("published")
    EXPIRED = "expired", _("expired")
    WITHDRAWN = "withdrawn", _("withdrawn")


class FieldOfWork(TranslatedTerm):
    """A field a vacancy is in (engineering, ICT, health, …); editors keep the list."""

    class Meta(TranslatedTerm.Meta):
        verbose_name = _("field of work")
        verbose_name_plural = _("fields of work")


class Vacancy(models.Model):
    """A job, internship, graduation project, traineeship or side job at an establishment on the park."""

    establishment = models.ForeignKey(
        "establishments.Establishment",
        on_delete=models.CASCADE,
        related_name="vacancies",
        verbose_name=_("establishment"),
    )
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(
        _("title (English)"), max_length=200, blank=True, help_text=_("Leave empty to show the Dutch title.")
    )
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    description_nl = models.TextField(
        _("description (Dutch)"),
        help_text=_("Paragraphs, lists, bold and links are kept; other markup is removed."),
    )
    description_en = models.TextField(
        _("description (English)"),
        blank=True,
        help_text=_("Leave empty to show the Dutch text, marked as only in Dutch, on the English site."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=VacancyKind.choices)
    for_mbo = models.BooleanField("MBO", default=False)
    for_hbo = models.BooleanField("HBO", default=False)
    for_wo = models.BooleanField("WO", default=False)
    field = models.ForeignKey(
        FieldOfWork, on_delete=models.PROTECT, related_name="vacancies", verbose_name=_("field of work")
    )
    hours_min = models.PositiveSmallIntegerField(
        _("hours per week (minimum)"), validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)]
    )
    hours_max = models.PositiveSmallIntegerField(
        _("hours per week (maximum)"), validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)]
    )
    language = models.CharField(_("working language"), max_length=4, choices=VacancyLanguage.choices)
    closing_date = models.DateField(_("closing date"), help_text=_("The vacancy goes offline after this day."))
    apply_url = models.URLField(_("apply via web page"), max_length=500, blank=True)
    apply_email = models.EmailField(_("apply via e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=VacancyStatus.choices, default=VacancyStatus.PUBLISHED
    )
    posted_at = models.DateTimeField(_("posted at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = VacancyQuerySet.as_manager()

    class Meta:
        ordering = ["-posted_at", "-pk"]
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")
        constraints = [
            models.CheckConstraint(condition=Q(hours_min__lte=F("hours_max")), name="vacancy_hours_min_le_max"),
            models.CheckConstraint(
                condition=Q(hours_min__gte=1) & Q(hours_max__lte=MAX_HOURS_PER_WEEK), name="vacancy_hours_range"
            ),
            models.CheckConstraint(
                condition=Q(for_mbo=True) | Q(for_hbo=True) | Q(for_wo=True), name="vacancy_has_education_level"
            ),
            models.CheckConstraint(condition=~Q(apply_url="") | ~Q(apply_email=""), name="vacancy_has_apply_route"),
            models.CheckConstraint(condition=Q(status__in=VacancyStatus.values), name="vacancy_status_valid"),
        ]
        indexes = [models.Index(fields=["status", "closing_date", "posted_at"])]

    def __str__(self):
        return self.title_nl

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Sanitised on every save, so no path (form, API, admin, import) can store unsafe HTML.
        self.description_nl = rich_text_clean(self.description_nl)
        self.description_en = rich_text_clean(self.description_en)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("talent:vacancy_detail", kwargs={"slug": self.slug})

    title = translated("title")
    description = translated("description")

    @property
    def education_levels(self) -> list[str]:
        """Return the education levels the vacancy is open to, as EducationLevel values."""
        flags = {EducationLevel.MBO: self.for_mbo, EducationLevel.HBO: self.for_hbo, EducationLevel.WO: self.for_wo}
        return [level.value for level, on in flags.items() if on]

    @education_levels.setter
    def education_levels(self, levels) -> None:
        self.for_mbo = EducationLevel.MBO in levels
        self.for_hbo = EducationLevel.HBO in levels
        self.for_wo = EducationLevel.WO in levels

    @property
    def is_open(self) -> bool:
        return self.status == VacancyStatus.PUBLISHED and self.closing_date >= timezone.localdate()

    def get_education_levels_display(self) -> str:
        return ", ".join(EducationLevel(level).label for level in self.education_levels)

    def hours_display(self) -> str:
        if self.hours_min == self.hours_max:
            return str(self.hours_min)
        return f"{self.hours_min}–{self.hours_max}"


def new_subscription_token() -> str:
    return secrets.token_urlsafe(32)


class VacancySubscription(models.Model):
    """A visitor's saved vacancy search: new matches are e-mailed once the address is confirmed."""

    email = models.EmailField(_("e-mail address"))
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="nl")
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_subscription_token, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last mailing"), null=True, blank=True)

    objects = VacancySubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vacancy alert")
        verbose_name_plural = _("vacancy alerts")
        indexes = [models.Index(fields=["confirmed_at", "created_at"])]

    def __str__(self):
        return f"{_('vacancy alert')} #{self.pk}"

    @property
    def matches_since(self):
        """Return the moment after which a vacancy counts as new for this subscriber."""
        return self.last_sent_at or self.confirmed_at or self.created_at


class EventCategory(models.TextChoices):
    # Values of the events calendar's categories whose upcoming events a talent page lists.
    TALENT_CAFE = "talent_cafe", _("Talent Café")
    COMPANY_DAY = "company_day", _("company day")


class TalentPage(models.Model):
    """An editorial page of the talent section: working at Kennispark, the Talent Café, company days, …"""

    slug = models.SlugField(
        _("slug"),
        unique=True,
        validators=[validate_page_slug],
        help_text=_("The last part of the page's address, e.g. werken-op-kennispark."),
    )
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    summary_nl = models.CharField(_("summary (Dutch)"), max_length=300, blank=True)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    body_nl = models.TextField(_("text (Dutch)"))
    body_en = models.TextField(_("text (English)"), blank=True)
    event_category = models.CharField(
        _("show upcoming events of"),
        max_length=20,
        choices=EventCategory.choices,
        blank=True,
        help_text=_("Lists the upcoming events of this category from the events calendar under the text."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["order", "title_nl"]
        verbose_name = _("talent page")
        verbose_name_plural = _("talent pages")

    def __str__(self):
        return self.title_nl

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.body_nl = rich_text_clean(self.body_nl)
        self.body_en = rich_text_clean(self.body_en)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("talent:page", kwargs={"slug": self.slug})

    title = translated("title")
    summary = translated("summary")
    body = translated("body")
