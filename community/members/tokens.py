"""Single-use links for confirming a member's e-mail address."""

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


class ConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """A token that stops working once the account is confirmed (or the password changes)."""

    key_salt = "community.members.tokens.ConfirmationTokenGenerator"

    def _make_hash_value(self, user, timestamp: int) -> str:
        return f"{user.pk}{user.password}{user.is_active}{timestamp}{user.email}"


confirmation_tokens = ConfirmationTokenGenerator()


def confirmation_path_args(user) -> dict[str, str]:
    """Return the URL arguments of a user's confirmation link."""
    return {"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": confirmation_tokens.make_token(user)}
