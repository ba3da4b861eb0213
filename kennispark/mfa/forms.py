"""The codes a user types: six digits from the authenticator app, or one of the recovery codes."""

from django import forms
from django.utils.translation import gettext_lazy as _


class AppCodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code from your authenticator app"),
        regex=r"^\d{3} ?\d{3}$",
        strip=True,
        error_messages={"invalid": _("Enter the six digits that your app shows.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": r"\d{6}", "maxlength": "6"}
        ),
    )

    def clean_code(self) -> str:
        return str(self.cleaned_data["code"]).replace(" ", "")


class RecoveryCodeForm(forms.Form):
    recovery_code = forms.RegexField(
        label=_("Recovery code"),
        regex=r"^[A-Za-z2-7]{8}$",
        strip=True,
        error_messages={"invalid": _("A recovery code has eight letters and digits.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}),
    )

    def clean_recovery_code(self) -> str:
        return str(self.cleaned_data["recovery_code"]).lower()
