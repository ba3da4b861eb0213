"""Deleting an account erases the member's name and e-mail address from every table, history and audit included."""

import subprocess

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.urls import reverse
from psycopg import sql

from community.events.models import Registration
from community.events.selectors import event_availability
from community.members import services
from community.members.erasure import member_delete
from community.members.hooks import COLLEAGUE_INVITATION
from community.members.models import FollowKind, Member
from kennispark.invitations import invitation_create
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.members import MemberFactory
from tests.factories.talent import VacancySubscriptionFactory
from tests.factories.users import UserFactory

NAME = ("Quirinella", "Zwanenburgh")
EMAIL = "quirinella.zwanenburgh@voorbeeld.example"


def _database_dump() -> str:
    settings = connection.settings_dict
    command = ["pg_dump", "--data-only", "--no-owner", "-h", settings.get("HOST") or "127.0.0.1",
               "-U", settings.get("USER") or "postgres", settings["NAME"]]  # fmt: skip
    if settings.get("PORT"):
        command += ["-p", str(settings["PORT"])]
    env = {"PGPASSWORD": settings.get("PASSWORD") or ""}
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


def _text_columns_holding(needle: str) -> list[str]:
    """Query every text-like column of every table for the needle (a second check beside the dump)."""
    found = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND data_type IN ('character varying', 'text', 'jsonb', 'json')"
        )
        for table, column in cursor.fetchall():
            query = sql.SQL("SELECT 1 FROM {} WHERE {}::text ILIKE %s LIMIT 1").format(
                sql.Identifier(table), sql.Identifier(column)
            )
            cursor.execute(query, [f"%{needle}%"])
            if cursor.fetchone():
                found.append(f"{table}.{column}")
    return found


@pytest.mark.django_db(transaction=True)
def test_after_deletion_no_table_holds_the_name_or_address_and_counts_are_unchanged(django_capture_on_commit_callbacks):
    # given: a member who registered, saved, followed, was invited, failed a login, had an alert and was once the
    # contact of a company (so the audit history holds their name and address)
    establishment = EstablishmentFactory(contact_name=" ".join(NAME), contact_email=EMAIL)
    establishment.contact_name, establishment.contact_email = "Receptie", "receptie@voorbeeld.example"
    establishment.save()
    representative = UserFactory(roles=["company"])
    establishment.representatives.add(representative)
    invitation_create(kind=COLLEAGUE_INVITATION, target_id=establishment.pk, email=EMAIL, invited_by=representative,
                      language="nl")  # fmt: skip
    user = UserFactory(username=EMAIL, email=EMAIL, first_name=NAME[0], last_name=NAME[1])
    member = MemberFactory(user=user)
    event = EventFactory(registration_open=True, capacity=5)
    RegistrationFactory(event=event)
    services.member_register(member=member, event=event, language="nl")
    services.event_save_set(member=member, event=event, saved=True)
    services.follow_add(member=member, kind=FollowKind.CATEGORY, target="lecture")
    VacancySubscriptionFactory(email=EMAIL)
    Client().post(reverse("login"), {"username": EMAIL, "password": "wrong-password"})
    LogEntry.objects.log_actions(user_id=UserFactory(is_staff=True).pk, queryset=[user], action_flag=ADDITION,
                                 change_message=f"Added {EMAIL}", single_object=True)  # fmt: skip
    counts_before = event_availability(event=event)
    assert EMAIL in _database_dump()
    assert _text_columns_holding(NAME[1])

    # when
    member_delete(member=Member.objects.get(pk=member.pk))

    # then
    dump = _database_dump().lower()
    for needle in (EMAIL, NAME[1], " ".join(NAME)):
        assert needle.lower() not in dump, needle
        assert _text_columns_holding(needle) == [], needle
    assert event_availability(event=event) == counts_before
    assert Registration.objects.filter(event=event).count() == 2
    assert ContentType.objects.exists()  # the dump was of a real, filled database


@pytest.mark.django_db
def test_deleting_needs_the_password_and_logs_out(client, member):
    # given
    client.force_login(member.user)

    # when
    refused = client.post(reverse("members:account_delete"), {"password": "wrong"})
    deleted = client.post(reverse("members:account_delete"), {"password": "correct-horse-battery"})

    # then
    assert refused.status_code == 400
    assert deleted.status_code == 302
    assert not Member.objects.exists()
    assert client.get(reverse("members:agenda")).status_code == 302
