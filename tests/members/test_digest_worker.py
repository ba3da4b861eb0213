"""The digest task on a real worker: one digest per member with only matching new items, idempotent, isolated."""

import datetime
import email
import re
from email.header import decode_header, make_header

import pytest
from django.test import Client
from django.utils import timezone

from community.members import services
from community.members.models import FollowKind, Member
from community.members.tasks import send_digests
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory
from tests.factories.members import MemberFactory
from tests.factories.talent import VacancyFactory
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

WAIT_SECONDS = 90


def _mails(mail_dir) -> list[email.message.Message]:
    found = []
    for path in sorted(mail_dir.glob("*.log")):
        # The file backend writes several messages into one file, separated by a line of dashes.
        for chunk in re.split(rb"\n-{79}\n", path.read_bytes()):
            if chunk.strip():
                found.append(email.message_from_bytes(chunk.strip() + b"\n"))
    return found


def _body(message: email.message.Message) -> str:
    part = message.get_payload(0) if message.is_multipart() else message
    return part.get_payload(decode=True).decode()


def _member(frequency: str, email_address: str | None = None, **follows) -> Member:
    user = UserFactory(**({"email": email_address} if email_address else {}))
    member = MemberFactory(user=user, digest_frequency=frequency,
                           digest_since=timezone.now() - datetime.timedelta(hours=1))  # fmt: skip
    for kind, target in follows.items():
        services.follow_add(member=member, kind=kind, target=target)
    return member


def test_each_member_gets_one_digest_of_what_is_new_for_them_and_a_second_run_sends_nothing(mail_worker):
    # given
    company = EstablishmentFactory()
    EventFactory(category="lecture", title_nl="Oud college", published_at=timezone.now() - datetime.timedelta(days=2))
    EventFactory(category="lecture", title_nl="Nieuw college")
    EventFactory(category="sports", title_nl="Kennispark Run")
    VacancyFactory(establishment=company, title_nl="Stage fotonica")
    lecture_fan = _member("daily", **{FollowKind.CATEGORY: "lecture"})
    company_fan = _member("daily", **{FollowKind.ESTABLISHMENT: company.slug})
    nothing_new = _member("daily", **{FollowKind.CATEGORY: "company_visit"})
    never = _member("never", **{FollowKind.CATEGORY: "lecture"})
    weekly = _member("weekly", **{FollowKind.CATEGORY: "lecture"})
    broken = _member("daily", **{FollowKind.CATEGORY: "lecture"})
    # An address that breaks at sending time (set past the model's validation, as an old import might have).
    type(broken.user).objects.filter(pk=broken.user_id).update(email="kapot\n@example.org")

    # when
    first = send_digests.delay("daily").get(timeout=WAIT_SECONDS)
    second = send_digests.delay("daily").get(timeout=WAIT_SECONDS)

    # then: two digests went, the broken address did not stop the other one, and the second run sent nothing
    assert (first, second) == (2, 0)
    mails = _mails(mail_worker)
    by_address = {mail["To"]: mail for mail in mails}
    assert len(mails) == 2 and set(by_address) == {lecture_fan.user.email, company_fan.user.email}
    lecture_body = _body(by_address[lecture_fan.user.email])
    assert "Nieuw college" in lecture_body
    assert "Oud college" not in lecture_body and "Kennispark Run" not in lecture_body
    assert "Stage fotonica" in _body(by_address[company_fan.user.email])
    assert "Nieuw college" not in _body(by_address[company_fan.user.email])
    for mail in mails:
        assert mail["List-Unsubscribe"].strip().startswith("<http")
        assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert str(make_header(decode_header(mail["Subject"])))
    for member in (nothing_new, never, weekly):
        assert Member.objects.get(pk=member.pk).digest_sent_at is None
    assert Member.objects.get(pk=broken.pk).digest_sent_at is None  # tried again next time

    # when: the recipient unsubscribes from the link, without logging in (the mail client posts without a token)
    link = re.search(r"<(https?://[^>]+)>", by_address[lecture_fan.user.email]["List-Unsubscribe"]).group(1)
    path = re.sub(r"^https?://[^/]+", "", link)
    anonymous = Client(enforce_csrf_checks=True)
    asked = anonymous.get(path)
    done = anonymous.post(path)

    # then
    assert asked.status_code == 200 and done.status_code == 200
    assert Member.objects.get(pk=lecture_fan.pk).digest_frequency == "never"
