"""Test overrides: fast hashing, captured e-mail; the database and broker stay real."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A worker process a test starts may write its e-mails as files the test reads; otherwise they are captured.
EMAIL_FILE_PATH = env.str("TEST_EMAIL_DIR", default="")
EMAIL_BACKEND = f"django.core.mail.backends.{'filebased' if EMAIL_FILE_PATH else 'locmem'}.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
# Tests render the pages they read; the warm-up after a change is tested on its own.
RESPONSE_CACHE_WARM = False
