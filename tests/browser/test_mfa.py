"""Two-step verification in a real browser: enrol, log in with an app code, then once with a recovery code."""

from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LOGIN = "/en/accounts/login/"


def next_app_code(key: bytes, user) -> str:
    """Return the code the app shows in the first time step the portal has not accepted a code for yet."""
    last_step = TOTPDevice.objects.get(user=user, confirmed=True).last_t
    totp = TOTP(key)
    totp.time = max(totp.time, (last_step + 1) * totp.step)
    return f"{totp.token():06d}"


def log_out(page):
    page.get_by_text("My account").click()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()


def test_editor_enrols_and_logs_in_with_an_app_code_and_once_with_a_recovery_code(page):
    # given: an editor logged in with a password only
    editor = UserFactory(roles=["editor"], is_staff=True)
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=LOGIN)

    # when: they turn on two-step verification from their account menu
    page.get_by_text("My account").click()
    page.get_by_role("link", name="Two-step verification").click()
    assert page.get_by_role("img", name="QR code with the key for your authenticator app").is_visible()
    key = b32decode(page.locator("#mfa-secret").inner_text().replace(" ", ""))
    code_input = page.get_by_label("Code from your authenticator app")
    assert code_input.get_attribute("autocomplete") == "one-time-code"
    assert code_input.get_attribute("inputmode") == "numeric"
    code_input.fill(f"{TOTP(key).token():06d}")
    page.get_by_role("button", name="Turn on").click()

    # then: the recovery codes are shown once
    page.get_by_role("heading", name="Your recovery codes").wait_for()
    codes = page.get_by_role("list", name="Recovery codes").locator("code").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="I have saved the codes").click()
    log_out(page)

    # when: they log in again, the password alone does not reach the admin
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=LOGIN)
    page.goto("/en/admin/")
    page.wait_for_url("**/two-step/verify/?next=%2Fen%2Fadmin%2F")
    page.get_by_label("Code from your authenticator app").fill(next_app_code(key, editor))
    page.get_by_role("button", name="Verify").click()

    # then
    page.wait_for_url("**/en/admin/")
    assert page.get_by_role("heading", name="Site administration").is_visible()

    # when: the next login uses a recovery code instead of the app
    page.goto("/en/")
    log_out(page)
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=LOGIN)
    page.get_by_text("No access to your app? Use a recovery code").click()
    page.get_by_label("Recovery code").fill(codes[0])
    page.get_by_role("button", name="Use recovery code").click()

    # then: it works once, says how many are left, and the editor starts on the work page
    page.wait_for_url("**/en/redactie/")
    assert page.get_by_text("You used a recovery code; 9 are left.").is_visible()
    log_out(page)
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=LOGIN)
    page.get_by_text("No access to your app? Use a recovery code").click()
    page.get_by_label("Recovery code").fill(codes[0])
    page.get_by_role("button", name="Use recovery code").click()
    assert page.get_by_text("This code is not right or was used before.").is_visible()
    assert "/two-step/verify/" in page.url


def test_unenrolled_acquisition_user_is_sent_to_enrolment_when_required(page, settings):
    # given
    settings.MFA_REQUIRED_FOR_STAFF = True
    user = UserFactory(roles=["acquisition"])

    # when
    log_in(page, user.username, DEFAULT_PASSWORD, login_path=LOGIN)

    # then: the first page after the login is the enrolment, and the CRM waits behind it
    page.wait_for_url("**/en/accounts/two-step/?next=**")
    assert page.get_by_role("heading", name="Turn on two-step verification").is_visible()
    page.goto("/en/crm/")
    page.wait_for_url("**/en/accounts/two-step/?next=%2Fen%2Fcrm%2F")
    key = b32decode(page.locator("#mfa-secret").inner_text().replace(" ", ""))
    page.get_by_label("Code from your authenticator app").fill(f"{TOTP(key).token():06d}")
    page.get_by_role("button", name="Turn on").click()
    page.get_by_role("link", name="I have saved the codes").click()
    page.wait_for_url("**/en/crm/")
