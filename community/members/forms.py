"""Forms of the community members: validation at the edge; the services assume clean input."""

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from community.events.models import Category
from community.talent.models import FieldOfWork
from establishments.models import Establishment, KeyPosition
from kennispark.account_forms import new_password_check, new_password_fields

from .models import Member, MemberBackground

PROFILE_FORM_FIELDS = [
    "background", "establishment", "institution", "interest_categories", "key_positions", "fields_of_work",
    "bio", "photo", "visibility", "digest_frequency",
]  # fmt: skip


class ProfileFieldsMixin(forms.ModelForm):
    """Background and interests, as both the sign-up and the profile page ask them."""

    interest_categories = forms.MultipleChoiceField(
        label=_("Kinds of events I am interested in"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Member
        fields = PROFILE_FORM_FIELDS
        widgets = {
            "background": forms.RadioSelect,
            "key_positions": forms.CheckboxSelectMultiple,
            "fields_of_work": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
            "visibility": forms.RadioSelect,
            "digest_frequency": forms.RadioSelect,
        }
        help_texts = {
            "establishment": _("Only if you work at an establishment on the park."),
            "institution": _("Only if you are a student."),
            "photo": _("Optional. JPEG, PNG or WebP."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["establishment"].queryset = Establishment.objects.filter(is_active=True).order_by("trade_name")
        self.fields["key_positions"].queryset = KeyPosition.objects.all()
        self.fields["fields_of_work"].queryset = FieldOfWork.objects.all()
        self.fields["background"].choices = MemberBackground.choices

    def clean(self):
        cleaned = super().clean()
        background = cleaned.get("background")
        if background == MemberBackground.EMPLOYEE and not cleaned.get("establishment"):
            self.add_error("establishment", _("Choose the establishment where you work."))
        if background == MemberBackground.STUDENT and not cleaned.get("institution"):
            self.add_error("institution", _("Choose your institution."))
        return cleaned

    def profile_data(self) -> dict:
        """Return the member fields for the service (the many-to-many ones separately)."""
        return {k: v for k, v in self.cleaned_data.items() if k in PROFILE_FORM_FIELDS}


class SignupForm(ProfileFieldsMixin):
    """A new member: name, e-mail, password, background and optional interests."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    password1, password2 = new_password_fields()
    consent = forms.BooleanField(
        label=_("I agree that the portal keeps my details to run my membership; I can delete my account at any time.")
    )
    field_order = ["first_name", "last_name", "email", "password1", "password2"]

    class Meta(ProfileFieldsMixin.Meta):
        fields = [f for f in PROFILE_FORM_FIELDS if f not in ("photo", "bio", "visibility")]

    def clean(self):
        cleaned = super().clean()
        new_password_check(self, cleaned, email=cleaned.get("email", ""))
        return cleaned


class ProfileForm(ProfileFieldsMixin):
    """A member's own profile, privacy and digest choices."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    field_order = ["first_name", "last_name"]

    class Meta(ProfileFieldsMixin.Meta):
        fields = [*PROFILE_FORM_FIELDS, "language"]
        widgets = {**ProfileFieldsMixin.Meta.widgets, "language": forms.RadioSelect}


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password, so a forgotten open session cannot do it."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("The password is not correct."))
        return password


class ColleagueInvitationForm(forms.Form):
    """A representative's invitation of a colleague by e-mail."""

    email = forms.EmailField(label=_("E-mail address of your colleague"), max_length=254)
