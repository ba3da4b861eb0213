"""The new-account fields every sign-up form shares: a password typed twice, checked by the validators."""

from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import password_validators_help_text_html, validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def new_password_fields() -> tuple[forms.CharField, forms.CharField]:
    """Return the password and its repetition, for a form class's `password1, password2`."""
    return (
        forms.CharField(
            label=_("Password"),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
            help_text=password_validators_help_text_html(),
        ),
        forms.CharField(
            label=_("Password (again)"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
        ),
    )


def new_password_check(form: forms.BaseForm, cleaned: dict[str, Any], *, email: str) -> None:
    """Add an error to the form where the two passwords differ or the validators refuse the password."""
    password1, password2 = cleaned.get("password1"), cleaned.get("password2")
    if password1 and password2 and password1 != password2:
        form.add_error("password2", _("The two passwords differ."))
    elif password1:
        user = User(
            username=email,
            email=email,
            first_name=cleaned.get("first_name", ""),
            last_name=cleaned.get("last_name", ""),
        )
        try:
            validate_password(password1, user)
        except ValidationError as error:
            form.add_error("password1", error)
