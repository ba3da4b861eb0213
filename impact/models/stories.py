"""Value stories: interviews and showcases of companies and talent, published only with recorded consent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kennispark.bilingual import translated

from .indicators import Indicator


class Story(models.Model):
    """An editorial value story in Dutch and English."""

    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    summary_nl = models.CharField(_("summary (Dutch)"), max_length=300)
    summary_en = models.CharField(_("summary (English)"), max_length=300)
    body_nl = models.TextField(_("text (Dutch)"))
    body_en = models.TextField(_("text (English)"))
    image = models.ImageField(_("image"), upload_to="stories/%Y/", blank=True)
    image_alt_nl = models.CharField(_("image description (Dutch)"), max_length=200, blank=True)
    image_alt_en = models.CharField(_("image description (English)"), max_length=200, blank=True)
    published_on = models.DateField(_("date"))
    is_published = models.BooleanField(_("published"), default=False)
    consent_recorded = models.BooleanField(
        _("consent recorded"),
        default=False,
        help_text=_("The people and companies quoted agreed to the text as published."),
    )
    consent_note = models.CharField(_("consent: who agreed, how and when"), max_length=300, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    in_report = models.BooleanField(_("in the yearly impact report"), default=False)
    establishments = models.ManyToManyField(
        "establishments.Establishment", related_name="impact_stories", blank=True, verbose_name=_("establishments")
    )
    indicators = models.ManyToManyField(Indicator, related_name="stories", blank=True, verbose_name=_("indicators"))
    projects = models.ManyToManyField(
        "programme.Project", related_name="stories", blank=True, verbose_name=_("programme-board projects")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    title = translated("title")
    summary = translated("summary")
    body = translated("body")
    image_alt = translated("image_alt")
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[establishments, indicators, projects])

    class Meta:
        ordering = ["-published_on", "pk"]
        verbose_name = _("value story")
        verbose_name_plural = _("value stories")
        constraints = [
            models.CheckConstraint(
                condition=Q(is_published=False) | (Q(consent_recorded=True) & ~Q(consent_note="")),
                name="impact_story_published_has_consent",
            ),
            models.CheckConstraint(condition=Q(image="") | ~Q(image_alt_nl=""), name="impact_story_image_has_alt"),
        ]

    def __str__(self) -> str:
        return self.title_nl

    def get_absolute_url(self) -> str:
        return reverse("impact:story", kwargs={"slug": self.slug})
