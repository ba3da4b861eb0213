"""Settings of the fortunes baseline: the portal's own database settings, nothing else of the portal.

Like TechEmpower's Django entry it has no middleware, no sessions and no translations; the database settings
(including CONN_MAX_AGE) are the portal's production ones, so both sides of the ratio reach PostgreSQL alike.
"""

from pathlib import Path

from kennispark.settings.production import ALLOWED_HOSTS, DATABASES, SECRET_KEY  # noqa: F401

DEBUG = False
INSTALLED_APPS = ["bench.fortunes"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "bench.fortunes.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "templates"],
    }
]
USE_I18N = False
USE_TZ = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
