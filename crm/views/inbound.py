"""The public “Settle on Kennispark?” form: the only CRM page without login."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View

from kennispark import content_versions
from kennispark.errors import form_add_errors
from kennispark.response_cache import cache_public
from kennispark.throttle import inbound_attempt_allowed

from ..forms import InboundForm
from ..services.leads import inbound_lead_create

# The lead and contact fields the service validates, under their names on the form.
INBOUND_ERROR_ALIASES = {
    "name": "organisation",
    "type": "lead_type",
    "email": "contact_email",
    "phone": "contact_phone",
}


@method_decorator(cache_public(content_versions.ESTABLISHMENTS), name="get")
class InboundView(View):
    def get(self, request):
        return render(request, "crm/inbound.html", {"form": InboundForm()})

    def post(self, request):
        if not inbound_attempt_allowed(request):
            return render(request, "crm/inbound.html", {"form": InboundForm(request.POST), "limited": True}, status=429)
        form = InboundForm(request.POST)
        if form.is_spam:
            # Bots get the same thank-you page as people, so they learn nothing from the answer.
            return redirect("crm:inbound_thanks")
        if not form.is_valid():
            return render(request, "crm/inbound.html", {"form": form}, status=400)
        data = form.cleaned_data
        try:
            inbound_lead_create(
                organisation=data["organisation"],
                website=data["website"],
                lead_type=data["lead_type"],
                expected_jobs=data["expected_jobs"],
                message=data["message"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                space_kind=data["space_kind"],
                floor_area_m2=data["floor_area_m2"],
                desired_on=data["desired_on"],
                key_positions=list(data["key_positions"]),
            )
        except ValidationError as error:
            form_add_errors(form, error, aliases=INBOUND_ERROR_ALIASES)
            return render(request, "crm/inbound.html", {"form": form}, status=400)
        return redirect("crm:inbound_thanks")


class InboundThanksView(View):
    def get(self, request):
        return render(request, "crm/inbound_thanks.html")
