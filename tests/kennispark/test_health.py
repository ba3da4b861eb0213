import pytest

pytestmark = pytest.mark.django_db


def test_health_reports_database_and_broker_ok(client):
    # given / when
    response = client.get("/health/")

    # then
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_answers_503_when_the_broker_is_unreachable(client, settings):
    # given: a broker on a port where nothing listens
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"

    # when
    response = client.get("/health/")

    # then
    assert response.status_code == 503
    assert response.json()["broker"] == "unreachable"
    assert response.json()["database"] == "ok"
