"""The company representatives' own vacancies: post, edit, withdraw and re-post."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from establishments.models import Establishment
from kennispark.errors import form_add_errors

from .. import selectors, services
from ..forms import VacancyForm, VacancyRepostForm
from ..models import Vacancy, VacancyStatus


def _owned_or_404(request, pk: int) -> Vacancy:
    try:
        return selectors.vacancy_get_owned(user=request.user, pk=pk)
    except Vacancy.DoesNotExist:
        raise Http404 from None


@login_required
def my_vacancies(request):
    """List the vacancies of the establishments the user represents."""
    vacancies = selectors.vacancy_list_owned(user=request.user)
    has_establishment = Establishment.objects.represented_by(request.user).active().exists()
    return render(
        request,
        "talent/my_vacancies.html",
        {"vacancies": vacancies, "has_establishment": has_establishment, "repost_form": VacancyRepostForm()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_create(request):
    """Post a new vacancy for one of the user's establishments."""
    if not Establishment.objects.represented_by(request.user).active().exists():
        raise Http404
    form = VacancyForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            vacancy = services.vacancy_create(
                establishment=form.cleaned_data["establishment"], user=request.user, **form.service_data()
            )
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("Your vacancy is online."))
            return redirect(vacancy)
    return render(request, "talent/vacancy_form.html", {"form": form, "vacancy": None})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_edit(request, pk):
    """Edit one of the user's vacancies."""
    vacancy = _owned_or_404(request, pk)
    form = VacancyForm(request.POST or None, instance=vacancy, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.vacancy_update(vacancy=vacancy, **form.service_data())
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect("talent:my_vacancies")
    return render(request, "talent/vacancy_form.html", {"form": form, "vacancy": vacancy})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_withdraw(request, pk):
    """Ask for confirmation, then take one of the user's vacancies offline."""
    vacancy = _owned_or_404(request, pk)
    if request.method == "POST":
        services.vacancy_withdraw(vacancy=vacancy)
        messages.success(request, _("The vacancy “%(title)s” is offline.") % {"title": vacancy.title})
        return redirect("talent:my_vacancies")
    return render(request, "talent/vacancy_withdraw.html", {"vacancy": vacancy})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_repost(request, pk):
    """Publish an expired or withdrawn vacancy again with a new closing date, in one step."""
    vacancy = _owned_or_404(request, pk)
    if vacancy.is_open:
        return redirect("talent:my_vacancies")
    form = VacancyRepostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.vacancy_repost(vacancy=vacancy, closing_date=form.cleaned_data["closing_date"])
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("The vacancy “%(title)s” is online again.") % {"title": vacancy.title})
            return redirect("talent:my_vacancies")
    return render(
        request,
        "talent/vacancy_repost.html",
        {"vacancy": vacancy, "form": form, "expired": vacancy.status == VacancyStatus.EXPIRED},
    )
