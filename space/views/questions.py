"""Companies' housing questions: their representatives state and close them; staff see them all."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from kennispark.errors import form_add_errors
from kennispark.roles import ACQUISITION, COMPANY, EDITOR, role_required, user_has_role

from .. import selectors, services
from ..forms import QuestionCloseForm, QuestionForm
from ..models import QuestionStatus

ASKERS = (COMPANY, ACQUISITION, EDITOR)


@role_required(*ASKERS)
@require_safe
def question_list(request):
    """List the housing questions the user may see: their companies' (staff: all)."""
    questions = selectors.questions_visible_to(user=request.user).order_by("status", "needed_by")
    context = {
        "questions": questions,
        "can_ask": selectors.establishments_for_questions(user=request.user).exists(),
        "is_staff": user_has_role(request.user, ACQUISITION, EDITOR),
    }
    return render(request, "space/question_list.html", context)


@role_required(*ASKERS)
@require_http_methods(["GET", "POST"])
def question_form(request, pk: int | None = None):
    """State a new housing question for a company one represents, or change an open one."""
    question = None
    if pk:
        question = get_object_or_404(
            selectors.questions_visible_to(user=request.user), pk=pk, status=QuestionStatus.OPEN
        )
    establishments = selectors.establishments_for_questions(user=request.user)
    if question is not None:
        establishments = establishments.model.objects.filter(pk=question.establishment_id)
    initial = {"establishment": request.GET.get("company")} if request.GET.get("company", "").isdigit() else {}
    form = QuestionForm(request.POST or None, instance=question, establishments=establishments, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if question is None:
                services.question_create(establishment=data["establishment"], user=request.user, data=data)
            else:
                services.question_update(question=question, data=data)
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(
                request, _("The housing question has been saved. The acquisition team will look for space.")
            )
            return redirect("space:questions")
    context = {"form": form, "question": question}
    return render(request, "space/question_form.html", context, status=400 if form.errors else 200)


@role_required(*ASKERS)
@require_http_methods(["GET", "POST"])
def question_close(request, pk: int):
    """Close an open housing question: solved on the park, the company left, or withdrawn."""
    question = get_object_or_404(selectors.questions_visible_to(user=request.user), pk=pk, status=QuestionStatus.OPEN)
    form = QuestionCloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.question_close(question=question, status=form.cleaned_data["status"])
        messages.success(request, _("The housing question has been closed."))
        return redirect("space:questions")
    return render(request, "space/question_close.html", {"form": form, "question": question})
