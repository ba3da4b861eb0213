"""Forms of the CRM pages; they validate at the edge and hand clean data to the services."""

from typing import cast

from django import forms
from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from establishments.models import (
    KeyPosition,
    SubArea,
    branch_number_validator,
    kvk_number_validator,
    sbi_code_validator,
)
from establishments.selectors import establishment_match, sbi_division_list
from kennispark.roles import ACQUISITION

from .models import Activity, Contact, HousingNeed, Lead, LeadStage, LeadType, LostReason, SpaceKind
from .services.duplicates import duplicates_find

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def acquisition_users():
    return User.objects.filter(groups__name=ACQUISITION, is_active=True).order_by("first_name", "username")


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.username


class LeadForm(forms.ModelForm):
    """Create or edit a lead; warns about duplicates until the user confirms."""

    confirm_duplicate = forms.BooleanField(
        label=_("I checked the possible duplicates; save this lead anyway."), required=False
    )
    owner = UserChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Lead
        fields = ["name", "kvk_number", "website", "type", "source", "owner", "expected_jobs", "key_positions"]
        widgets = {"key_positions": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = acquisition_users()
        self.duplicates = []
        if not self.duplicates_possible():
            del self.fields["confirm_duplicate"]

    def duplicates_possible(self) -> bool:
        return self.is_bound and bool(self.data.get("name"))

    def clean(self):
        data = super().clean()
        if "confirm_duplicate" not in self.fields or self.errors:
            return data
        self.duplicates = duplicates_find(
            name=data.get("name", ""),
            kvk_number=data.get("kvk_number", ""),
            website=data.get("website", ""),
            exclude_lead_id=self.instance.pk,
        )
        if self.duplicates and not data.get("confirm_duplicate"):
            links = format_html_join(", ", '<a href="{}">{}</a>', ((m.url, m.name) for m in self.duplicates))
            raise forms.ValidationError(
                format_html("{} {}", _("This organisation may already be known:"), links), code="duplicate"
            )
        return data


class HousingNeedForm(forms.ModelForm):
    class Meta:
        model = HousingNeed
        fields = ["kind", "floor_area_m2", "desired_on", "budget_remarks"]
        widgets = {"desired_on": DATE}


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone", "lawful_basis", "consent_on"]
        widgets = {"consent_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True


class ActivityForm(forms.ModelForm):
    """Log an activity and, optionally, plan the follow-up it calls for."""

    follow_up_due_on = forms.DateField(label=_("Follow-up due on"), required=False, widget=DATE)
    follow_up_text = forms.CharField(label=_("Follow-up: what to do"), max_length=300, required=False)
    follow_up_assignee = UserChoiceField(
        label=_("Follow-up assignee"), queryset=User.objects.none(), required=False, empty_label=_("me")
    )

    class Meta:
        model = Activity
        fields = ["kind", "occurred_on", "text"]
        widgets = {"occurred_on": DATE, "text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["follow_up_assignee"].queryset = acquisition_users()
        self.fields["occurred_on"].initial = timezone.localdate


class FollowUpForm(forms.Form):
    due_on = forms.DateField(label=_("Due on"), widget=DATE)
    text = forms.CharField(label=_("What to do"), max_length=300)
    assignee = UserChoiceField(label=_("Assignee"), queryset=User.objects.none(), required=False, empty_label=_("me"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = acquisition_users()


class StageForm(forms.Form):
    """Move a lead to another stage; Lost needs a reason, Won goes through the win form."""

    stage = forms.ChoiceField(label=_("Stage"), choices=[c for c in LeadStage.choices if c[0] != LeadStage.WON])
    lost_reason = forms.ModelChoiceField(label=_("Lost reason"), queryset=LostReason.objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lost_reason"].queryset = LostReason.objects.filter(is_active=True)


class WinForm(forms.Form):
    """What the register needs when a lead settles."""

    kvk_number = forms.CharField(label=_("KvK number"), validators=[kvk_number_validator])
    branch_number = forms.CharField(
        label=_("Branch number (vestigingsnummer)"),
        required=False,
        validators=[branch_number_validator],
        help_text=_(
            "12 digits. Leave empty if it is not known yet: a provisional number starting with 9 is used and the "
            "lead is flagged until you replace it in the register."
        ),
    )
    settled_on = forms.DateField(label=_("Settled on"), widget=DATE, initial=timezone.localdate)
    sub_area = forms.ChoiceField(
        label=_("Sub-area"),
        choices=[("", "—"), *SubArea.choices],
        required=False,
        help_text=_("Needed when the establishment is not in the register yet."),
    )
    sbi_code = forms.CharField(
        label=_("SBI code"),
        required=False,
        validators=[sbi_code_validator],
        help_text=_("Needed when the establishment is not in the register yet: 2 to 5 digits, e.g. 72190."),
    )
    is_knowledge_intensive = forms.BooleanField(label=_("Knowledge-intensive"), required=False, initial=True)

    def clean(self):
        data = super().clean()
        kvk = data.get("kvk_number")
        known = kvk and establishment_match(kvk_number=kvk, branch_number=data.get("branch_number") or "")
        if known:
            return data
        # A new establishment (or a KvK number still to be corrected): every error is shown in the same answer.
        for field in ("sub_area", "sbi_code"):
            if not data.get(field) and field not in self.errors:
                self.add_error(field, _("Needed for a new establishment in the register."))
        sbi_code = data.get("sbi_code")
        if sbi_code and not sbi_division_list().filter(code=sbi_code[:2]).exists():
            self.add_error("sbi_code", _("No SBI division is known for this SBI code."))
        return data


class MergeForm(forms.Form):
    duplicate = forms.ModelChoiceField(label=_("Duplicate lead to merge into this one"), queryset=Lead.objects.none())

    def __init__(self, *args, lead: Lead, **kwargs):
        super().__init__(*args, **kwargs)
        duplicate = cast(forms.ModelChoiceField, self.fields["duplicate"])
        duplicate.queryset = Lead.objects.exclude(pk=lead.pk).order_by("name")


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > settings.MAX_IMPORT_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        return upload


class ReportForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        coerce=int,
        empty_value=None,
        required=False,
        choices=[("", _("whole year")), (1, "Q1"), (2, "Q2"), (3, "Q3"), (4, "Q4")],
    )
    stale_days = forms.IntegerField(label=_("Stale after (days)"), min_value=1, max_value=3650, initial=60)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [(year, year) for year in range(this_year, this_year - 8, -1)]
        self.fields["year"].initial = this_year


class StageProbabilitiesForm(forms.Form):
    """The win probability of every stage, one percentage field per stage (`stage-<code>`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        message = _("Enter a whole percentage from 0 to 100.")
        for code, label in LeadStage.choices:
            self.fields[f"stage-{code}"] = forms.IntegerField(
                label=label,
                min_value=0,
                max_value=100,
                error_messages=dict.fromkeys(("required", "invalid", "min_value", "max_value"), message),
            )

    def probabilities(self) -> dict[str, int]:
        """Return the cleaned probability per stage code."""
        return {name.removeprefix("stage-"): value for name, value in self.cleaned_data.items()}


class LostReasonForm(forms.ModelForm):
    class Meta:
        model = LostReason
        fields = ["name_nl", "name_en", "position", "is_active"]

    def has_changed(self) -> bool:
        # The empty row only counts once a name is typed; its ticked “active” box alone is no new reason.
        if self.instance.pk:
            return super().has_changed()
        return any((self.data.get(self.add_prefix(name)) or "").strip() for name in ("name_nl", "name_en"))


class InboundForm(forms.Form):
    """The public “Settle on Kennispark?” form."""

    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    lead_type = forms.ChoiceField(label=_("What kind of organisation are you?"), choices=LeadType.choices)
    key_positions = forms.ModelMultipleChoiceField(
        label=_("Fields you work in"),
        queryset=KeyPosition.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expected_jobs = forms.IntegerField(label=_("How many people will work here?"), min_value=0, max_value=100000)
    space_kind = forms.ChoiceField(
        label=_("Main kind of space you need"), choices=[("", "—"), *SpaceKind.choices], required=False
    )
    floor_area_m2 = forms.IntegerField(label=_("Floor area (m²)"), min_value=1, max_value=1_000_000, required=False)
    desired_on = forms.DateField(label=_("From when?"), required=False, widget=DATE)
    message = forms.CharField(
        label=_("Tell us about your plans"), widget=forms.Textarea(attrs={"rows": 4}), max_length=3000, required=False
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    contact_email = forms.EmailField(label=_("Your e-mail address"))
    contact_phone = forms.CharField(label=_("Your phone number"), max_length=30, required=False)
    consent = forms.BooleanField(
        label=_("Kennispark Twente may keep these details to contact me about settling on the park."),
        error_messages={"required": _("We can only contact you with your consent.")},
    )
    # Honeypot: hidden from people by CSS; bots that fill every field give themselves away.
    fax_number = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fax_number"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean(self):
        data = super().clean()
        if data.get("space_kind") and not data.get("floor_area_m2"):
            self.add_error("floor_area_m2", _("How many square metres do you need?"))
        return data

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("fax_number"))
