"""Production overrides: HTTPS only, hashed static files, no debug."""

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES, env

DEBUG = False
# No default: production refuses to start without its own key.
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
# No default either: a link in an e-mail or feed must never point at a development address.
SITE_URL = env.str("SITE_URL")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
# Each worker keeps its database connection between requests instead of opening one per request.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
# One cache shared by every worker and server, so a content change reaches them all at once.
CACHES = {"default": env.cache_url("CACHE_URL", default="redis://127.0.0.1:6379/1")}
# Sessions are read from the shared cache and written through to the database: a logged-in page saves a query,
# and a flushed cache costs one database read, never a login.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
MFA_REQUIRED_FOR_STAFF = env.bool("MFA_REQUIRED_FOR_STAFF", default=True)
