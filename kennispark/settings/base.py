"""Settings for the Kennispark portal, all read from the environment (12-factor).

Every environment variable the portal reads is listed in README.md with its default.
The defaults make a development machine work with nothing installed but Python:
SQLite for the database and a SQLite-backed Celery broker.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _
from kombu import Exchange, Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)
(VAR_DIR / "staticfiles").mkdir(exist_ok=True)

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# The origin of every absolute link (e-mails, feeds, JSON-LD, API); in development it follows `PORT=8311 make run`.
SITE_URL = env.str("SITE_URL", default=f"http://127.0.0.1:{env.str('PORT', default='8000')}")

INSTALLED_APPS = [
    # First, so its ready() sets portal-wide admin defaults before the admin discovers the ModelAdmins.
    "kennispark",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_celery_beat",
    "django_celery_results",
    "simple_history",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "establishments",
    "crm",
    "monitoring",
    "community.events",
    "community.talent",
    "community.members",
    "programme",
    "space",
    "impact",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kennispark.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, authentication and the rest: a stored public page is answered without them.
    "kennispark.response_cache.ResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kennispark.middleware.PrivatePagesMiddleware",
    "kennispark.middleware.AdminChangesMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kennispark.mfa.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Axes must come last: it reads the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kennispark.urls"
WSGI_APPLICATION = "kennispark.wsgi.application"
ASGI_APPLICATION = "kennispark.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "kennispark.context_processors.portal",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'kennispark.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
# A kept connection is pinged before a request reuses it, so a restarted database costs no failed request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so a Celery worker process started by a test sees the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://kennispark")}
# Public pages are stored whole for anonymous visitors; a content change shows at once, the expiry only
# bounds what depends on the clock (an event that has just ended). 0 switches the page cache off.
RESPONSE_CACHE_SECONDS = env.int("RESPONSE_CACHE_SECONDS", default=300)
# How long the page chrome (header, menus, footer) is kept per address, language and kind of user; its key
# holds everything it shows, so the time only bounds the cache's size.
CHROME_CACHE_SECONDS = env.int("CHROME_CACHE_SECONDS", default=300)
# How long browsers and proxies may reuse a public page without asking again.
RESPONSE_CACHE_MAX_AGE = env.int("RESPONSE_CACHE_MAX_AGE", default=60)
# After a change, the parameterless public pages are rendered again at once (as SITE_URL's host), so the first
# visitor after it gets a stored page too.
RESPONSE_CACHE_WARM = env.bool("RESPONSE_CACHE_WARM", default=True)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "home"

# Internationalisation: Dutch first, English one click away under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
MAX_IMAGE_UPLOAD_BYTES = env.int("MAX_IMAGE_UPLOAD_BYTES", default=2 * 1024 * 1024)
EVENTS_PERSONAL_DATA_RETENTION_DAYS = env.int("EVENTS_PERSONAL_DATA_RETENTION_DAYS", default=30)
MAX_IMPORT_UPLOAD_BYTES = env.int("MAX_IMPORT_UPLOAD_BYTES", default=20 * 1024 * 1024)
# Checked before an XLSX file is parsed, so that a small file that unpacks to a huge sheet cannot hold a worker.
MAX_IMPORT_UNCOMPRESSED_BYTES = env.int("MAX_IMPORT_UNCOMPRESSED_BYTES", default=60 * 1024 * 1024)
MAX_IMPORT_COMPRESSION_RATIO = env.int("MAX_IMPORT_COMPRESSION_RATIO", default=100)
MAX_IMPORT_ROWS = env.int("MAX_IMPORT_ROWS", default=100_000)
MAX_IMPORT_CELLS = env.int("MAX_IMPORT_CELLS", default=3_000_000)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kennispark Twente <noreply@kennispark.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ACQUISITION_TEAM_EMAIL = env.str("ACQUISITION_TEAM_EMAIL", default="acquisitie@kennispark.nl")
EDITORS_EMAIL = env.str("EDITORS_EMAIL", default="redactie@kennispark.nl")

# Security: deny by default; production.py tightens the transport-level settings.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Browser features the portal never uses, switched off for it and for anything it embeds.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # Inline style attributes are needed by the admin and by SVG charts; scripts stay strict.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Behind N reverse proxies (load balancer, ingress) the client's address is the N-th X-Forwarded-For entry from
# the right; 0 trusts no header and uses the connecting address. Used by lock-outs and every rate limit.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

AXES_HANDLER = "kennispark.logins.LoginLockoutHandler"
AXES_CLIENT_IP_CALLABLE = "kennispark.client_ip.client_ip"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
# The handler reads the first as a username at one address and the second as an address across usernames.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
LOGIN_FAILURE_LIMIT_PER_ADDRESS = env.int("LOGIN_FAILURE_LIMIT_PER_ADDRESS", default=20)
LOGIN_RECORDS_RETENTION_DAYS = env.int("LOGIN_RECORDS_RETENTION_DAYS", default=30)

# Second factor (TOTP app + recovery codes). When on, staff accounts (staff roles, is_staff) must enrol before
# they reach any page; production.py turns it on.
MFA_REQUIRED_FOR_STAFF = env.bool("MFA_REQUIRED_FOR_STAFF", default=False)
OTP_TOTP_ISSUER = "Kennispark Twente"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Axes stores no usernames in its logs so failed logins leave no personal data there.
AXES_VERBOSE = False

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "kennispark.errors.api_exception_handler",
    # JSON only: the schema then describes every body the API reads.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kennispark Twente API",
    "DESCRIPTION": "Register, monitor, events, talent and CRM of Kennispark Twente.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for a choice set that several serializers use (events' category, members' interests).
    "ENUM_NAME_OVERRIDES": {"CategoryEnum": "community.events.models.Category"},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "kennispark.openapi.error_responses_add",
    ],
}

# Celery: the default broker is a SQLite file so `make run` needs no server.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=f"sqla+sqlite:///{VAR_DIR / 'celery-broker.sqlite3'}")
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="kennispark")
# Imports and the monitor computation run for minutes; on their own queue (and worker) e-mails never wait behind them.
CELERY_IMPORTS_QUEUE = env.str("CELERY_IMPORTS_QUEUE", default="kennispark-imports")
CELERY_TASK_QUEUES = [
    Queue(name, Exchange(name), routing_key=name) for name in (CELERY_TASK_DEFAULT_QUEUE, CELERY_IMPORTS_QUEUE)
]
CELERY_TASK_ROUTES = {
    name: {"queue": CELERY_IMPORTS_QUEUE}
    for name in ("establishments.tasks.import_job_run_task", "monitoring.tasks.compute_monitor_snapshot")
}
# A task is acknowledged when it has finished, so a worker that dies hands it back to the broker.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
# A request never waits on a broker that is down: publishing gives up within a second and the task stays in the
# outbox (kennispark/outbox.py) until the relay sends it.
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=1.0)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
    # Redis gives an unacknowledged task to another worker after this long; it must exceed the longest task time
    # limit (the vacancy digests' 30 minutes) or a slow task would run twice. A worker that died is cleaned up
    # sooner by the stale-jobs reaper.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=35 * 60),
}
if CELERY_BROKER_URL.startswith("sqla+"):
    # kombu's SQLAlchemy transport (the embedded default of `make run`) hands its transport options to
    # SQLAlchemy's create_engine, which refuses every one of the keys above.
    CELERY_BROKER_TRANSPORT_OPTIONS = {}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE: dict = {}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Request logs would carry e-mail addresses in query strings; keep them at warning level.
        "django.server": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
