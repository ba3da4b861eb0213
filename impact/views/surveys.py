"""The survey pages: the editors' management and results, and the respondent's single-use answer page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from establishments.models import Establishment
from kennispark.roles import EDITOR, role_required
from kennispark.tabular import table_download

from ..models import QuestionKind, Survey, SurveyStatus
from ..services import surveys as services
from ..survey_forms import AnswerForm, InvitationForm, QuestionForm, SurveyForm
from ..survey_results import survey_results


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def survey_list(request):
    """List the surveys and create a new one."""
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            survey = services.survey_create(**form.cleaned_data, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("impact:survey", pk=survey.pk)
    surveys = Survey.objects.all()
    return render(request, "impact/survey_list.html", {"form": form, "surveys": surveys})


def _representatives() -> list[tuple[str, str]]:
    """Return (e-mail, sub-area) of every active company representative of an active establishment."""
    rows = Establishment.objects.filter(is_active=True, representatives__is_active=True).values_list(
        "representatives__email", "sub_area"
    )
    return [(email, sub_area) for email, sub_area in rows.order_by() if email]


@role_required(EDITOR)
@require_http_methods(["GET", "POST"])
def survey_detail(request, pk: int):
    """Add questions, open or close the survey, send invitations and read the results."""
    survey = get_object_or_404(Survey, pk=pk)
    action = request.POST.get("action", "")
    question_form = QuestionForm(request.POST if action == "question" else None)
    invitation_form = InvitationForm(request.POST if action == "invite" else None)
    if request.method == "POST":
        try:
            if action == "question" and question_form.is_valid():
                services.question_add(survey=survey, **question_form.cleaned_data)
            elif action in (SurveyStatus.OPEN, SurveyStatus.CLOSED):
                services.survey_status_set(survey=survey, status=action, by=request.user)
            elif action == "invite" and invitation_form.is_valid():
                data = invitation_form.cleaned_data
                recipients = [(email, data["sub_area"]) for email in data["emails"]]
                if data["representatives"]:
                    recipients += _representatives()
                sent = services.invitations_send(survey=survey, recipients=recipients, language=get_language())
                messages.success(request, _("%(count)s invitations sent.") % {"count": sent})
                return redirect("impact:survey", pk=survey.pk)
            else:
                raise ValidationError(_("Check the form."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            return redirect("impact:survey", pk=survey.pk)
    context = {
        "survey": survey,
        "questions": survey.questions.all(),
        "question_form": question_form,
        "invitation_form": invitation_form,
        "invited": survey.invitations.count(),
        "responses": survey.responses.count(),
        "results": survey_results(survey=survey, with_texts=True),
    }
    return render(request, "impact/survey_detail.html", context)


@role_required(EDITOR)
@require_GET
def survey_export(request, pk: int):
    """Download the survey's shown results as XLSX (groups under five answers stay hidden)."""
    survey = get_object_or_404(Survey, pk=pk)
    rows = []
    for result in survey_results(survey=survey, with_texts=True):
        for group in [result.overall, *result.sub_areas]:
            label = group.label or _("all")
            if not group.is_shown:
                rows.append([result.question.text, label, group.count, None, _("fewer than 5 answers: not shown")])
                continue
            detail = "; ".join(f"{name}: {count}" for name, count in group.distribution) or " | ".join(group.texts)
            rows.append([result.question.text, label, group.count, group.mean, detail])
    return table_download(
        header=[_("Question"), _("Sub-area"), _("Answers"), _("Average"), _("Distribution or answers")],
        rows=rows,
        file_format="xlsx",
        filename=f"kennispark-survey-{survey.year}",
        title=str(survey.year),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def survey_answer(request, token: str):
    """Let the holder of a single-use link fill in the survey once; a used link is refused."""
    invitation = services.invitation_open(token=token)
    if invitation is None:
        return render(request, "impact/survey_used.html", status=410)
    questions = list(invitation.survey.questions.all())
    form = AnswerForm(request.POST or None, questions=questions)
    if request.method == "POST" and form.is_valid():
        answers = []
        for question in questions:
            value = form.cleaned_data.get(f"q{question.pk}")
            if value in (None, ""):
                continue
            if question.kind == QuestionKind.TEXT:
                answers.append(services.Answer(question=question, text=str(value)))
            elif question.kind == QuestionKind.CHOICE:
                answers.append(services.Answer(question=question, choice=value))
            else:
                answers.append(services.Answer(question=question, number=value))
        if not services.response_submit(token=token, answers=answers, language=get_language()):
            return render(request, "impact/survey_used.html", status=410)
        return render(request, "impact/survey_thanks.html", {"survey": invitation.survey})
    return render(request, "impact/survey_answer.html", {"survey": invitation.survey, "form": form})
