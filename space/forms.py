"""Forms of the space and facility pages; they validate at the edge and hand clean data to the services."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from crm.models import LeadType
from establishments.logos import validate_logo
from establishments.models import KeyPosition, SubArea

from .facility_services import FACILITY_FIELDS
from .models import (
    AccessRequest,
    Amenity,
    Building,
    Facility,
    FacilityKind,
    HousingQuestion,
    MatchStatus,
    OfferStatus,
    QuestionStatus,
    Space,
    SpaceKind,
)
from .services import BUILDING_FIELDS, QUESTION_FIELDS, SPACE_FIELDS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_M2 = 1_000_000


class HoneypotMixin(forms.Form):
    # Hidden from people by CSS; bots that fill every field give themselves away (as on the CRM's inbound form).
    fax_number = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fax_number"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("fax_number"))


class BuildingForm(forms.ModelForm):
    amenities = forms.MultipleChoiceField(
        label=_("Facilities"), choices=Amenity.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Building
        fields = BUILDING_FIELDS
        widgets = {
            "description_nl": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
        }


class PhotoForm(forms.Form):
    image = forms.FileField(label=_("Photo"), help_text=_("A PNG, JPEG, WebP or GIF image."))
    alt_text_nl = forms.CharField(
        label=_("What the photo shows (Dutch)"), max_length=200, help_text=_("Read aloud to people who cannot see it.")
    )
    alt_text_en = forms.CharField(label=_("What the photo shows (English)"), max_length=200, required=False)

    def clean_image(self):
        image = self.cleaned_data["image"]
        validate_logo(image)
        return image


class SpaceForm(forms.ModelForm):
    class Meta:
        model = Space
        fields = SPACE_FIELDS
        widgets = {
            "available_from": DATE,
            "description_nl": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("floor_area_m2", "min_unit_m2"):
            # No min_value here: the service says in words why 0 or a negative area cannot be.
            self.fields[name].widget.attrs.update({"inputmode": "numeric"})
            self.fields[name].max_value = MAX_M2
        self.fields["rent_min"].help_text = _("Leave both rent fields empty for “on request”.")


class SpaceStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=OfferStatus.choices)


class ReviewForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("Approve")), ("0", _("Send back to the owner"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the owner"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class SpaceSearchForm(forms.Form):
    kind = forms.MultipleChoiceField(
        label=_("Kind of space"), choices=SpaceKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    min_m2 = forms.IntegerField(label=_("At least (m²)"), min_value=1, max_value=MAX_M2, required=False)
    max_m2 = forms.IntegerField(label=_("At most (m²)"), min_value=1, max_value=MAX_M2, required=False)
    sub_area = forms.MultipleChoiceField(
        label=_("Sub-area"), choices=SubArea.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    available_by = forms.DateField(label=_("Available by"), required=False, widget=DATE)
    amenities = forms.MultipleChoiceField(
        label=_("Facilities in the building"),
        choices=Amenity.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class EnquiryForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"))
    lead_type = forms.ChoiceField(label=_("What kind of organisation are you?"), choices=LeadType.choices)
    floor_area_m2 = forms.IntegerField(
        label=_("Floor area you need (m²)"), min_value=1, max_value=MAX_M2, required=False
    )
    message = forms.CharField(label=_("What do you need?"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}))
    consent = forms.BooleanField(
        label=_("The owner and Kennispark Twente may keep these details to answer my question."),
        error_messages={"required": _("We can only answer you with your consent.")},
    )


class QuestionForm(forms.ModelForm):
    class Meta:
        model = HousingQuestion
        fields = ("establishment", *QUESTION_FIELDS)
        widgets = {"needed_by": DATE, "remarks": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, establishments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = establishments
        self.fields["establishment"].empty_label = None
        for name in ("min_m2", "max_m2"):
            self.fields[name].max_value = MAX_M2

    def clean(self):
        data = super().clean()
        if data.get("min_m2") and data.get("max_m2") and data["min_m2"] > data["max_m2"]:
            self.add_error("max_m2", _("The largest area cannot be smaller than the smallest."))
        return data


class QuestionCloseForm(forms.Form):
    status = forms.ChoiceField(
        label=_("How was the question closed?"),
        choices=[(value, label) for value, label in QuestionStatus.choices if value != QuestionStatus.OPEN],
        widget=forms.RadioSelect,
    )


class MatchDecisionForm(forms.Form):
    status = forms.ChoiceField(label=_("What happened?"), choices=MatchStatus.choices)
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if data.get("status") == MatchStatus.NOT_SUITABLE and not data.get("reason", "").strip():
            self.add_error("reason", _("Say why the space is not suitable."))
        return data


class FacilityForm(forms.ModelForm):
    key_positions = forms.ModelMultipleChoiceField(
        label=_("Key positions"),
        queryset=KeyPosition.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Facility
        fields = FACILITY_FIELDS
        widgets = {
            "access_nl": forms.Textarea(attrs={"rows": 3}),
            "access_en": forms.Textarea(attrs={"rows": 3}),
            "description_nl": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, establishments=None, is_editor=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = establishments
        if not is_editor:
            self.fields["establishment"].required = True
            self.fields["establishment"].empty_label = None
            del self.fields["organisation_name"]


class _RawCheckbox(forms.CheckboxInput):
    def value_from_datadict(self, data, files, name):
        # CheckboxInput turns any value into a yes; the field decides, so a wrong value is an error.
        return data.get(name, "") if name in data else False


class YesNoCheckboxField(forms.BooleanField):
    """A checkbox that the API may also send as true/false; any other value is an error, not a yes."""

    widget = _RawCheckbox
    ACCEPTED = {"on": True, "true": True, "1": True, "false": False, "0": False, "": False}

    def to_python(self, value):
        if isinstance(value, str):
            if value.lower() not in self.ACCEPTED:
                raise ValidationError(_("Choose yes or no."), code="invalid")
            return self.ACCEPTED[value.lower()]
        return super().to_python(value)


class FacilitySearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    kind = forms.MultipleChoiceField(
        label=_("Kind"), choices=FacilityKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    key_position = forms.ModelChoiceField(
        label=_("Key position"),
        queryset=KeyPosition.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All key positions"),
    )
    sub_area = forms.ChoiceField(
        label=_("Sub-area"), choices=[("", _("All sub-areas")), *SubArea.choices], required=False
    )
    no_induction = YesNoCheckboxField(label=_("No induction needed"), required=False)


class AccessRequestForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("The facility's owner may keep these details to answer my request."),
        error_messages={"required": _("We can only pass on your request with your consent.")},
    )

    class Meta:
        model = AccessRequest
        fields = ("name", "organisation", "email", "wanted_from", "message")
        widgets = {"wanted_from": DATE, "message": forms.Textarea(attrs={"rows": 4})}


class AccessAnswerForm(forms.Form):
    agree = forms.TypedChoiceField(
        label=_("Answer"),
        choices=[("1", _("Agree")), ("0", _("Decline"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(label=_("Reason for declining"), max_length=500, required=False)
