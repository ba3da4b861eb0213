import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_public_page_carries_security_headers(client):
    # given / when
    response = client.get("/")

    # then
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'self'" in script_src
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_pages_contain_no_inline_scripts(client):
    body = client.get("/").content.decode()

    # every <script> loads a file or carries JSON data; none runs inline code
    for chunk in body.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert "src=" in tag or 'type="application/ld+json"' in tag


def test_session_and_csrf_cookies_are_httponly_and_samesite(client, editor):
    # given
    from tests.factories.users import DEFAULT_PASSWORD

    client.get("/accounts/login/")

    # when
    response = client.post("/accounts/login/", {"username": editor.username, "password": DEFAULT_PASSWORD})

    # then
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"
    csrf_cookie = response.cookies["csrftoken"]
    assert csrf_cookie["httponly"]
    assert csrf_cookie["samesite"] == "Lax"


@override_settings(AXES_FAILURE_LIMIT=3)
def test_login_locks_out_after_repeated_failures(client, editor):
    # given: three wrong passwords
    for _ in range(3):
        client.post("/accounts/login/", {"username": editor.username, "password": "wrong-password"})

    # when: the right password is tried next
    from tests.factories.users import DEFAULT_PASSWORD

    response = client.post("/accounts/login/", {"username": editor.username, "password": DEFAULT_PASSWORD})

    # then
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_weak_password_is_refused_with_a_dutch_message(client, editor):
    # given
    client.force_login(editor)
    from tests.factories.users import DEFAULT_PASSWORD

    # when
    response = client.post(
        "/accounts/password-change/",
        {"old_password": DEFAULT_PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )

    # then: the form comes back with Django's validator messages in Dutch
    assert response.status_code == 200
    body = response.content.decode()
    assert "Dit wachtwoord is te algemeen" in body
    assert "Dit wachtwoord bevat alleen cijfers" in body


def test_uploaded_files_are_served_with_safe_headers(client, settings, tmp_path):
    # given: a file that a browser might try to run as a page
    media = tmp_path / "media"
    (media / "logos").mkdir(parents=True)
    (media / "logos" / "evil.html").write_text("<script>alert(1)</script>")
    settings.MEDIA_ROOT = media

    # when
    response = client.get("/media/logos/evil.html")

    # then
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_head_request_to_the_home_page_answers_200(client):
    # when
    response = client.head("/")

    # then
    assert response.status_code == 200
    assert response.content == b""


def test_every_response_carries_a_permissions_policy(client):
    # when
    page = client.get("/")
    api = client.get("/api/schema/")
    missing = client.get("/bestaat-niet/")

    # then
    for response in (page, api, missing):
        policy = response["Permissions-Policy"]
        assert "camera=()" in policy
        assert "geolocation=()" in policy
        assert "microphone=()" in policy
