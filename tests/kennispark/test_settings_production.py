"""Production keeps database connections and shares a Redis cache; `make run` needs neither."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {"DJANGO_SECRET_KEY": "x" * 50, "SITE_URL": "https://portal.kennispark.example"}
READ_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
from django.core.cache import cache
cache.set("settings-test", "stored", 5)
database = settings.DATABASES["default"]
print(json.dumps({
    "conn_max_age": database["CONN_MAX_AGE"],
    "conn_health_checks": database["CONN_HEALTH_CHECKS"],
    "cache": settings.CACHES["default"],
    "cached": cache.get("settings-test"),
}))
"""


def _settings(settings_module: str, **env: str) -> dict:
    unset = {"CACHE_URL", "DATABASE_CONN_MAX_AGE", "DJANGO_SETTINGS_MODULE"}
    environment = {key: value for key, value in os.environ.items() if key not in unset}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_keeps_checked_connections_and_caches_in_redis():
    # when
    production = _settings("kennispark.settings.production", **PRODUCTION_ENV)

    # then
    assert production["conn_max_age"] == 60
    assert production["conn_health_checks"] is True
    assert production["cache"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }
    assert production["cached"] == "stored"


def test_production_connection_age_and_cache_follow_the_environment():
    # when
    production = _settings(
        "kennispark.settings.production",
        **PRODUCTION_ENV,
        DATABASE_CONN_MAX_AGE="5",
        CACHE_URL="locmemcache://configured",
    )

    # then
    assert production["conn_max_age"] == 5
    assert production["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_the_embedded_default_caches_in_memory_without_redis():
    # when
    development = _settings("kennispark.settings.base")

    # then
    assert development["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert development["cached"] == "stored"
    assert development["conn_max_age"] == 0
    assert development["conn_health_checks"] is True
