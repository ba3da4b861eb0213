"""What hangs off a lead: housing needs, contacts, activities and follow-ups."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from kennispark.errors import form_add_errors
from kennispark.roles import ACQUISITION, RoleRequiredMixin

from .. import selectors
from ..forms import ActivityForm, ContactForm, FollowUpForm, HousingNeedForm
from ..models import Contact, FollowUp, HousingNeed, Lead
from ..services import activities, leads


class _LeadFormView(RoleRequiredMixin, View):
    """Show one form for a lead; a valid POST calls the service and returns to the lead."""

    required_roles = (ACQUISITION,)

    form_class: type[forms.BaseForm] | None = None
    title = ""
    success_message = ""

    def get(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        return self.render(lead, self.form_class())

    def post(self, request, pk):
        lead = get_object_or_404(Lead, pk=pk)
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                self.save(lead, form.cleaned_data)
            except ValidationError as error:
                form_add_errors(form, error)
            else:
                messages.success(request, self.success_message)
                return redirect(lead)
        return self.render(lead, form, status=400)

    def render(self, lead, form, status=200):
        context = {"lead": lead, "form": form, "title": self.title}
        return render(self.request, "crm/lead_related_form.html", context, status=status)

    def save(self, lead, data):
        raise NotImplementedError


class HousingNeedCreateView(_LeadFormView):
    form_class = HousingNeedForm
    title = _("Add housing need")
    success_message = _("Housing need added.")

    def save(self, lead, data):
        leads.housing_need_create(lead=lead, **data)


class ContactCreateView(_LeadFormView):
    form_class = ContactForm
    title = _("Add contact")
    success_message = _("Contact added.")

    def save(self, lead, data):
        leads.contact_create(lead=lead, **data)


class ActivityCreateView(_LeadFormView):
    form_class = ActivityForm
    title = _("Log activity")
    success_message = _("Activity logged.")

    def save(self, lead, data):
        activities.activity_create(lead=lead, author=self.request.user, **data)


class FollowUpCreateView(_LeadFormView):
    form_class = FollowUpForm
    title = _("Plan follow-up")
    success_message = _("Follow-up planned.")

    def save(self, lead, data):
        activities.follow_up_create(
            lead=lead, due_on=data["due_on"], text=data["text"], assignee=data["assignee"] or self.request.user
        )


class HousingNeedDeleteView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def post(self, request, pk):
        need = get_object_or_404(HousingNeed.objects.select_related("lead"), pk=pk)
        lead = need.lead
        leads.housing_need_delete(need=need)
        messages.success(request, _("Housing need removed."))
        return redirect(lead)


class ContactUpdateView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        contact = get_object_or_404(Contact.objects.select_related("lead"), pk=pk, erased_at__isnull=True)
        return self._render(contact, ContactForm(instance=contact))

    def post(self, request, pk):
        contact = get_object_or_404(Contact.objects.select_related("lead"), pk=pk, erased_at__isnull=True)
        form = ContactForm(request.POST, instance=Contact.objects.get(pk=pk))
        if not form.is_valid():
            return self._render(contact, form, status=400)
        try:
            leads.contact_update(contact=contact, **form.cleaned_data)
        except ValidationError as error:
            form_add_errors(form, error)
            return self._render(contact, form, status=400)
        messages.success(request, _("Contact saved."))
        return redirect(contact.lead)

    def _render(self, contact, form, status=200):
        context = {"lead": contact.lead, "form": form, "title": _("Edit contact"), "contact": contact}
        return render(self.request, "crm/lead_related_form.html", context, status=status)


class FollowUpToggleView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def post(self, request, pk):
        follow_up = get_object_or_404(FollowUp, pk=pk)
        if follow_up.done_at:
            activities.follow_up_reopen(follow_up=follow_up)
        else:
            activities.follow_up_complete(follow_up=follow_up)
        if request.POST.get("next") == "follow_ups":
            return redirect("crm:follow_ups")
        return redirect("crm:lead_detail", pk=follow_up.lead_id)


class FollowUpListView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        include_done = request.GET.get("done") == "1"
        follow_ups = list(selectors.follow_ups_of(user=request.user, include_done=include_done))
        today = timezone.localdate()
        groups = [
            ("overdue", _("Overdue"), [f for f in follow_ups if not f.done_at and f.due_on < today]),
            ("today", _("Due today"), [f for f in follow_ups if not f.done_at and f.due_on == today]),
            ("later", _("Later"), [f for f in follow_ups if not f.done_at and f.due_on > today]),
            ("done", _("Done"), [f for f in follow_ups if f.done_at]),
        ]
        return render(request, "crm/follow_ups.html", {"groups": groups, "include_done": include_done, "today": today})
