"""Forms of the role invitations: the editor's invitation and the invitee's new account."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .account_forms import new_password_check, new_password_fields


class RoleInvitationForm(forms.Form):
    """An editor's invitation of one person by e-mail."""

    email = forms.EmailField(label=_("E-mail address"), max_length=254)


class InvitationAccountForm(forms.Form):
    """An invitee's account details; the e-mail address of the invitation is the user name."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1, password2 = new_password_fields()

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        new_password_check(self, cleaned, email=self.email)
        return cleaned
