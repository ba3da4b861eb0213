import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from kennispark import invitations
from kennispark.models import RoleInvitation
from kennispark.roles import PARTNER
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

KIND = "tests.steering_group"
STRONG = "Zeer-geheim-42!"


@pytest.fixture
def eager_celery():
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture
def accepted():
    """Register a kind whose hook records (invitation target, user) pairs."""
    calls: list[tuple[int | None, int]] = []
    invitations.invitation_kind_register(
        invitations.InvitationKind(
            name=KIND,
            role=PARTNER,
            purpose="You have been invited to the steering group of %(target)s.",
            target_label=lambda target_id: f"Board {target_id}",
            on_accept=lambda invitation, user: calls.append((invitation.target_id, user.pk)),
            success_url=lambda invitation: reverse("home"),
        )
    )
    yield calls
    invitations._kinds.pop(KIND)


def invite(editor, email, django_capture_on_commit_callbacks, mailoutbox) -> str:
    with django_capture_on_commit_callbacks(execute=True):
        invitations.invitation_create(kind=KIND, target_id=7, email=email, invited_by=editor, language="nl")
    return re.search(r"/uitnodiging/(\S+)/", mailoutbox[-1].body).group(1)


def test_a_new_invitee_creates_an_account_joins_the_role_and_the_hook_attaches_them(
    client, editor, accepted, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    token = invite(editor, "Fleur@Example.org", django_capture_on_commit_callbacks, mailoutbox)
    url = reverse("invitation_accept", args=[token])

    # when
    page = client.get(url)
    weak = client.post(url, {"first_name": "Fleur", "last_name": "de Vries", "password1": "1", "password2": "1"})
    response = client.post(
        url, {"first_name": "Fleur", "last_name": "de Vries", "password1": STRONG, "password2": STRONG}
    )

    # then
    assert "Board 7" in mailoutbox[0].body and "fleur" not in token.lower()
    assert RoleInvitation.objects.get().token_hash != token  # only the hash is stored
    assert "Board 7" in page.content.decode()
    assert weak.status_code == 400
    assert response.status_code == 302
    user = User.objects.get(username="fleur@example.org")
    assert user.groups.filter(name=PARTNER).exists()
    assert accepted == [(7, user.pk)]
    assert client.get(url).status_code == 404  # single use


def test_a_logged_in_user_accepts_and_an_expired_link_is_refused(
    client, editor, accepted, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    member = UserFactory()
    token = invite(editor, member.email, django_capture_on_commit_callbacks, mailoutbox)
    expired = invite(editor, "late@example.org", django_capture_on_commit_callbacks, mailoutbox)
    RoleInvitation.objects.filter(email="late@example.org").update(expires_at=timezone.now() - timedelta(minutes=1))

    # when: the existing user, not logged in, is asked to log in; logged in, accepts
    anonymous = client.get(reverse("invitation_accept", args=[token]))
    client.force_login(member)
    response = client.post(reverse("invitation_accept", args=[token]))
    refused = client.post(reverse("invitation_accept", args=[expired]))

    # then
    assert reverse("login") in anonymous.content.decode()
    assert response.status_code == 302
    assert member.groups.filter(name=PARTNER).exists()
    assert accepted == [(7, member.pk)]
    assert refused.status_code == 404
    assert [i.email for i in invitations.invitations_sent(kind=KIND, target_id=7)] == ["late@example.org", member.email]
