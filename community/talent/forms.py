"""Forms of the talent pages: validation at the edge; the services assume clean input."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from establishments.models import Establishment

from .models import EducationLevel, Vacancy, VacancyKind, VacancyLanguage

MAX_OPEN_DAYS = 366


def validate_closing_date(value: datetime.date) -> None:
    """Require a closing date from today up to a year ahead."""
    today = timezone.localdate()
    if value < today:
        raise forms.ValidationError(_("The closing date cannot be in the past."))
    if value > today + datetime.timedelta(days=MAX_OPEN_DAYS):
        raise forms.ValidationError(_("The closing date can be at most a year ahead."))


class VacancyForm(forms.ModelForm):
    education_levels = forms.MultipleChoiceField(
        label=_("Education level"),
        choices=EducationLevel.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose every level the vacancy is open to."),
    )
    closing_date = forms.DateField(
        label=_("Closing date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[validate_closing_date],
        help_text=_("The vacancy goes offline automatically after this day."),
    )

    apply_url = forms.URLField(
        label=_("Apply via web page"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Fill in a web page, an e-mail address or both."),
    )

    class Meta:
        model = Vacancy
        fields = [
            "establishment",
            "title_nl",
            "title_en",
            "kind",
            "education_levels",
            "field",
            "hours_min",
            "hours_max",
            "language",
            "closing_date",
            "description_nl",
            "description_en",
            "apply_url",
            "apply_email",
        ]
        widgets = {
            "description_nl": forms.Textarea(attrs={"rows": 12, "lang": "nl"}),
            "description_en": forms.Textarea(attrs={"rows": 12, "lang": "en"}),
            "title_nl": forms.TextInput(attrs={"lang": "nl"}),
            "title_en": forms.TextInput(attrs={"lang": "en"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        establishments = Establishment.objects.represented_by(user).active()
        self.fields["establishment"].queryset = establishments
        self.fields["establishment"].empty_label = None
        self.fields["field"].empty_label = _("Choose…")
        self.fields["kind"].choices = [("", _("Choose…")), *VacancyKind.choices]
        self.fields["language"].choices = [("", _("Choose…")), *VacancyLanguage.choices]
        if self.instance.pk:
            # A vacancy stays with its company; editing never moves it to another one.
            del self.fields["establishment"]
            self.initial["education_levels"] = self.instance.education_levels

    def clean(self):
        cleaned = super().clean()
        hours_min, hours_max = cleaned.get("hours_min"), cleaned.get("hours_max")
        if hours_min and hours_max and hours_min > hours_max:
            self.add_error("hours_max", _("The maximum cannot be lower than the minimum."))
        if not cleaned.get("apply_url") and not cleaned.get("apply_email") and "apply_url" not in self.errors:
            self.add_error("apply_url", _("Tell candidates how to apply: a web page, an e-mail address or both."))
        return cleaned

    def _post_clean(self):
        # The model's full_clean must see the levels as its three flags.
        self.instance.education_levels = self.cleaned_data.get("education_levels") or []
        super()._post_clean()

    def service_data(self) -> dict:
        """Return the cleaned values as keyword arguments for vacancy_create / vacancy_update."""
        data = dict(self.cleaned_data)
        data.pop("establishment", None)
        return data


class VacancyRepostForm(forms.Form):
    closing_date = forms.DateField(
        label=_("New closing date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[validate_closing_date],
    )


class VacancyAlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We first send you an e-mail to confirm. You can unsubscribe with one click in every e-mail."),
    )
    # A field that people leave empty and simple bots fill in.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""
