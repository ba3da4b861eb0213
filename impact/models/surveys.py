"""The yearly user-satisfaction survey: questions, single-use invitations and answers that name nobody.

An answer keeps no link to a person: no foreign key to the invitation or a user, only the day it came in, and
no change history (a history row would carry the moment and the requester).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kennispark.bilingual import translated

# Results of a group with fewer answers are never shown, so no answer can be picked out.
MINIMUM_GROUP = 5


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


class Survey(models.Model):
    """A year's user-satisfaction survey."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    title_nl = models.CharField(_("title (Dutch)"), max_length=150)
    title_en = models.CharField(_("title (English)"), max_length=150)
    introduction_nl = models.TextField(_("introduction (Dutch)"), blank=True)
    introduction_en = models.TextField(_("introduction (English)"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=SurveyStatus.choices, default=SurveyStatus.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    title = translated("title")
    introduction = translated("introduction")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        constraints = [
            models.CheckConstraint(condition=Q(year__gte=2000) & Q(year__lte=2100), name="impact_survey_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.title_nl}"


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("scale of 1 to 5")
    RECOMMEND = "recommend", _("recommendation, 0 to 10")
    CHOICE = "choice", _("multiple choice")
    TEXT = "text", _("open text")


class Question(models.Model):
    """A question of a survey, in Dutch and English."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices)
    text_nl = models.CharField(_("question (Dutch)"), max_length=300)
    text_en = models.CharField(_("question (English)"), max_length=300)
    choices_nl = models.JSONField(_("choices (Dutch)"), default=list, blank=True)
    choices_en = models.JSONField(_("choices (English)"), default=list, blank=True)
    is_required = models.BooleanField(_("required"), default=True)
    counts_for_overall = models.BooleanField(
        _("counts for the overall score"), default=False, help_text=_("Scale questions only.")
    )
    counts_for_accessibility = models.BooleanField(
        _("counts for the accessibility score"), default=False, help_text=_("Scale questions only.")
    )

    text = translated("text")
    history = HistoricalRecords()

    class Meta:
        ordering = ["survey", "position", "pk"]
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")

    def __str__(self) -> str:
        return self.text_nl

    @property
    def choices(self) -> list[str]:
        from django.utils.translation import get_language

        if get_language() == "en" and self.choices_en:
            return list(self.choices_en)
        return list(self.choices_nl)


class SurveyInvitation(models.Model):
    """A single-use link sent to one person; it records only whether it was used, never when or for what answer."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    sub_area = models.CharField(_("sub-area"), max_length=20, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    is_used = models.BooleanField(_("used"), default=False)
    sent_on = models.DateField(_("sent on"))

    class Meta:
        ordering = ["survey", "email"]
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        constraints = [models.UniqueConstraint(fields=["survey", "email"], name="impact_invitation_once_per_survey")]

    def __str__(self) -> str:
        return f"{self.survey.year} {self.email}"


class SurveyResponse(models.Model):
    """One filled-in survey: its sub-area and the day it came in, nothing that points to who filled it in."""

    id = models.UUIDField(primary_key=True, editable=False)
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    sub_area = models.CharField(_("sub-area"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=5, default="nl")
    submitted_on = models.DateField(_("submitted on"))

    class Meta:
        # Random ids and no time of day: the order of rows tells nothing about the order of the invitations.
        ordering = ["survey", "submitted_on"]
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self) -> str:
        return f"{self.survey.year} {self.submitted_on}"


class SurveyAnswer(models.Model):
    """The answer to one question in a response."""

    id = models.UUIDField(primary_key=True, editable=False)
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    number = models.PositiveSmallIntegerField(_("number"), null=True, blank=True)
    choice = models.PositiveSmallIntegerField(_("choice"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["question"]
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="impact_answer_once"),
            models.CheckConstraint(condition=Q(number__isnull=True) | Q(number__lte=10), name="impact_answer_number"),
        ]

    def __str__(self) -> str:
        return str(self.question_id)
