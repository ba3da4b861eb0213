"""A second factor at login: a TOTP app with one-time recovery codes (django-otp), required of staff by a setting."""
