"""Subject access (JSON export) and erasure of a contact person, and the audit history."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View

from kennispark.roles import ACQUISITION, RoleRequiredMixin

from .. import selectors
from ..models import Contact
from ..services.privacy import contact_erase, contact_export_data


class ContactExportView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        contact = get_object_or_404(Contact.objects.select_related("lead"), pk=pk)
        data = contact_export_data(contact=contact)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        # The file is named after the opaque id, never after the person.
        response["Content-Disposition"] = f'attachment; filename="contact-{contact.pk}.json"'
        response["Cache-Control"] = "no-store"
        return response


class ContactEraseView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request, pk):
        contact = get_object_or_404(Contact.objects.select_related("lead"), pk=pk)
        return render(request, "crm/contact_erase.html", {"contact": contact, "lead": contact.lead})

    def post(self, request, pk):
        contact = get_object_or_404(Contact.objects.select_related("lead"), pk=pk)
        contact_erase(contact=contact, erased_by=request.user)
        messages.success(request, _("The contact's personal data has been erased."))
        return redirect(contact.lead)


class AuditView(RoleRequiredMixin, View):
    required_roles = (ACQUISITION,)

    def get(self, request):
        model_name = request.GET.get("model", "")
        models = [(m._meta.model_name, m._meta.verbose_name_plural) for m in selectors.AUDITED_MODELS]
        if model_name not in dict(models):
            model_name = ""
        lead_id = request.GET.get("lead", "")
        lead_id = int(lead_id) if lead_id.isdigit() else None
        entries = selectors.audit_entries(model_name=model_name, lead_id=lead_id)
        context = {"entries": entries, "models": models, "model_name": model_name, "lead_id": lead_id}
        return render(request, "crm/audit.html", context)
