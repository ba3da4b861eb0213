"""The yearly survey: questions, single-use invitations, and answers stored without any link to a person."""

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send
from kennispark.outbox import task_enqueue

from ..models import Question, QuestionKind, Survey, SurveyAnswer, SurveyInvitation, SurveyResponse, SurveyStatus


def token_hash(token: str) -> str:
    """Return the hash under which an invitation's token is kept (the token itself is only in the e-mail)."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def survey_create(
    *, year: int, title_nl: str, title_en: str, introduction_nl: str = "", introduction_en: str = "", by: User
) -> Survey:
    """Create a draft survey for a year."""
    survey = Survey(
        year=year,
        title_nl=title_nl,
        title_en=title_en,
        introduction_nl=introduction_nl,
        introduction_en=introduction_en,
        created_by=by,
    )
    survey.full_clean()
    survey._history_user = by  # type: ignore[attr-defined]
    survey.save()
    return survey


@transaction.atomic
def question_add(
    *,
    survey: Survey,
    kind: str,
    text_nl: str,
    text_en: str,
    choices_nl: list[str] | None = None,
    choices_en: list[str] | None = None,
    is_required: bool = True,
    counts_for_overall: bool = False,
    counts_for_accessibility: bool = False,
) -> Question:
    """Add a question to a survey that has no answers yet."""
    if survey.responses.exists():
        raise ValidationError(_("A survey that has answers keeps its questions."))
    if kind == QuestionKind.CHOICE and len(choices_nl or []) < 2:
        raise ValidationError({"choices_nl": _("A multiple-choice question needs at least two choices.")})
    if kind == QuestionKind.CHOICE and choices_en and len(choices_en) != len(choices_nl or []):
        raise ValidationError({"choices_en": _("Give as many English choices as Dutch ones.")})
    if kind != QuestionKind.SCALE and (counts_for_overall or counts_for_accessibility):
        raise ValidationError(_("Only a question on the scale of 1 to 5 counts for a score."))
    question = Question(
        survey=survey,
        position=survey.questions.count() + 1,
        kind=kind,
        text_nl=text_nl,
        text_en=text_en,
        choices_nl=choices_nl or [],
        choices_en=choices_en or [],
        is_required=is_required,
        counts_for_overall=counts_for_overall,
        counts_for_accessibility=counts_for_accessibility,
    )
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def survey_status_set(*, survey: Survey, status: str, by: User) -> Survey:
    """Open a survey with questions for answers, or close it."""
    if status == SurveyStatus.OPEN and not survey.questions.exists():
        raise ValidationError(_("Add questions before opening the survey."))
    survey.status = status
    survey._history_user = by  # type: ignore[attr-defined]
    survey.save(update_fields=["status"])
    return survey


@transaction.atomic
def invitations_send(*, survey: Survey, recipients: list[tuple[str, str]], language: str) -> int:
    """Send a single-use link to each (e-mail, sub-area) not invited to this survey yet; return how many were sent."""
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError(_("Open the survey before sending invitations."))
    invited = set(survey.invitations.values_list("email", flat=True))
    sent = 0
    for email, sub_area in recipients:
        email = email.strip().lower()
        if not email or email in invited:
            continue
        invited.add(email)
        token = secrets.token_urlsafe(32)
        invitation = SurveyInvitation.objects.create(
            survey=survey, email=email, sub_area=sub_area, token_hash=token_hash(token), sent_on=timezone.localdate()
        )
        from ..tasks import survey_invitation_send

        task_enqueue(survey_invitation_send, invitation.pk, token, language)
        sent += 1
    return sent


def survey_invitation_mail(*, invitation_id: int, token: str, language: str) -> bool:
    """E-mail an unused invitation its link; return whether it was sent."""
    invitation = SurveyInvitation.objects.select_related("survey").filter(pk=invitation_id, is_used=False).first()
    if invitation is None:
        return False
    with translation.override(language):
        context = {
            "survey": invitation.survey,
            "url": absolute_url(reverse("impact:survey_answer", kwargs={"token": token})),
        }
        subject = render_to_string("impact/email/survey_invitation_subject.txt", context).strip()
        body = render_to_string("impact/email/survey_invitation_body.txt", context)
    return bool(mail_send(mail_message(to=[invitation.email], subject=subject, body=body)))


def invitation_open(*, token: str) -> SurveyInvitation | None:
    """Return the unused invitation of a token for an open survey, or None."""
    return (
        SurveyInvitation.objects.select_related("survey")
        .filter(token_hash=token_hash(token), is_used=False, survey__status=SurveyStatus.OPEN)
        .first()
    )


@dataclass
class Answer:
    question: Question
    number: int | None = None
    choice: int | None = None
    text: str = ""


@transaction.atomic
def response_submit(*, token: str, answers: list[Answer], language: str) -> bool:
    """Store a filled-in survey once per link; the invitation records only that it was used. Return False if used."""
    invitation = (
        SurveyInvitation.objects.select_for_update()
        .select_related("survey")
        .filter(token_hash=token_hash(token), is_used=False, survey__status=SurveyStatus.OPEN)
        .first()
    )
    if invitation is None:
        return False
    invitation.is_used = True
    invitation.save(update_fields=["is_used"])
    response = SurveyResponse.objects.create(
        id=uuid.uuid4(),
        survey=invitation.survey,
        sub_area=invitation.sub_area,
        language=language[:5],
        submitted_on=timezone.localdate(),
    )
    SurveyAnswer.objects.bulk_create(
        [
            SurveyAnswer(
                id=uuid.uuid4(),
                response=response,
                question=answer.question,
                number=answer.number,
                choice=answer.choice,
                text=answer.text,
            )
            for answer in answers
            if answer.number is not None or answer.choice is not None or answer.text
        ]
    )
    return True
