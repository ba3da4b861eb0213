"""The second factor: enrolment, verification with an app code or a recovery code, and the staff requirement."""

import re
import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from kennispark.mfa import services
from tests.factories.users import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def app_code(key: bytes, *, steps_ahead: int = 0) -> str:
    """Return the code an authenticator app shows for the key, now or a number of 30-second steps later."""
    totp = TOTP(key)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def enrolled(user) -> list[str]:
    """Give the user a confirmed app device; return its recovery codes."""
    device = services.totp_enrolment_start(user=user)
    _device, codes = services.totp_enrolment_confirm(user=user, token=app_code(device.bin_key))
    return codes


def log_in(client, user):
    return client.post("/accounts/login/", {"username": user.username, "password": DEFAULT_PASSWORD})


def test_editor_turns_on_two_step_verification_and_sees_the_recovery_codes_once(client, editor):
    # given
    client.force_login(editor)
    page = client.get("/accounts/two-step/").content.decode()
    secret = re.search(r'id="mfa-secret"[^>]*>([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    assert "<svg" in page and 'autocomplete="one-time-code"' in page and 'inputmode="numeric"' in page

    # when
    response = client.post("/accounts/two-step/", {"code": app_code(b32decode(secret))})
    codes_page = client.get(response["Location"])
    reloaded = client.get("/accounts/two-step/recovery-codes/")

    # then
    assert response.status_code == 302
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page.content.decode())
    assert len(codes) == 10
    assert reloaded.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/accounts/two-step/").context["codes_left"] == 10


def test_wrong_code_at_enrolment_keeps_it_off_with_a_clear_message(client, editor):
    # given
    client.force_login(editor)
    client.get("/accounts/two-step/")

    # when
    response = client.post("/en/accounts/two-step/", {"code": "000000"})

    # then
    assert response.status_code == 200
    assert "This code is not right." in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_password_alone_does_not_reach_pages_admin_or_api_once_enrolled(client, editor):
    # given
    enrolled(editor)

    # when
    login = log_in(client, editor)
    home = client.get("/")
    admin = client.get("/admin/")
    api = client.get("/api/schema/", HTTP_ACCEPT_LANGUAGE="en")

    # then
    assert login.status_code == 302
    assert home.status_code == 302 and home["Location"] == "/accounts/two-step/verify/?next=%2F"
    assert admin.status_code == 302 and "next=%2Fadmin%2F" in admin["Location"]
    assert api.status_code == 403
    assert api.json() == {"detail": "Rond eerst de verificatie in twee stappen af."}


def test_app_code_after_the_password_opens_the_admin(client, editor):
    # given
    enrolled(editor)
    device = TOTPDevice.objects.get(user=editor)
    log_in(client, editor)

    # when: the code of the next time step (the enrolment used the current one)
    response = client.post(
        "/accounts/two-step/verify/", {"code": app_code(device.bin_key, steps_ahead=1), "next": "/admin/"}
    )

    # then
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, editor):
    # given
    codes = enrolled(editor)
    log_in(client, editor)

    # when
    first = client.post("/accounts/two-step/verify/", {"recovery_code": codes[0].upper()})
    client.post("/accounts/logout/")
    log_in(client, editor)
    again = client.post("/en/accounts/two-step/verify/", {"recovery_code": codes[0]})

    # then
    assert first.status_code == 302
    assert again.status_code == 200
    assert "This code is not right or was used before." in again.content.decode()
    assert client.get("/").status_code == 302


def test_wrong_app_codes_are_throttled(client, editor):
    # given
    enrolled(editor)
    device = TOTPDevice.objects.get(user=editor)
    log_in(client, editor)
    client.post("/accounts/two-step/verify/", {"code": "000000"})

    # when: the right code straight after a wrong one
    response = client.post("/accounts/two-step/verify/", {"code": app_code(device.bin_key, steps_ahead=1)})

    # then
    assert response.status_code == 200
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("role", ["editor", "acquisition", "project_lead", "partner", "property_owner"])
def test_required_setting_sends_unenrolled_staff_to_enrolment_first(client, settings, role):
    # given
    settings.MFA_REQUIRED_FOR_STAFF = True
    user = UserFactory(roles=[role])
    log_in(client, user)

    # when
    home = client.get("/")
    admin = client.get("/admin/")
    setup = client.get("/accounts/two-step/")

    # then
    assert home.status_code == 302 and home["Location"].startswith("/accounts/two-step/?next=")
    assert admin.status_code == 302 and admin["Location"].startswith("/accounts/two-step/?next=")
    assert setup.status_code == 200
    assert "Turn off" not in setup.content.decode()


def test_required_setting_leaves_company_representatives_alone(client, settings, company_user):
    # given
    settings.MFA_REQUIRED_FOR_STAFF = True

    # when
    log_in(client, company_user)

    # then
    assert client.get("/").status_code == 200


def test_second_factor_cannot_be_turned_off_when_required(client, settings, editor):
    # given
    enrolled(editor)
    device = TOTPDevice.objects.get(user=editor)
    log_in(client, editor)
    client.post("/accounts/two-step/verify/", {"code": app_code(device.bin_key, steps_ahead=1)})
    settings.MFA_REQUIRED_FOR_STAFF = True

    # when
    response = client.post("/en/accounts/two-step/remove/", follow=True)

    # then
    assert "it cannot be turned off" in response.content.decode()
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_turning_it_off_returns_to_password_only(client, editor):
    # given
    enrolled(editor)
    device = TOTPDevice.objects.get(user=editor)
    log_in(client, editor)
    client.post("/accounts/two-step/verify/", {"code": app_code(device.bin_key, steps_ahead=1)})

    # when
    client.post("/accounts/two-step/remove/")
    client.post("/accounts/logout/")
    log_in(client, editor)

    # then
    assert client.get("/").status_code == 200


def test_staff_log_in_with_a_password_only_while_the_setting_is_off(client, editor):
    # when
    log_in(client, editor)

    # then
    assert client.get("/admin/").status_code == 200
