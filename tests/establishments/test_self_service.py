import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from establishments.models import KeyPositionProposal, ProposalStatus
from establishments.self_service import key_position_proposal_decide
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory, YearlyObservationFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def png_bytes(size=(64, 64), image_format="PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 86, 107)).save(buffer, format=image_format)
    return buffer.getvalue()


def profile_data(**overrides) -> dict:
    data = {
        "description_nl": "Wij bouwen sensoren.",
        "description_en": "We build sensors.",
        "website": "https://sensorwerk.example",
        "contact_name": "Fleur de Vries",
        "contact_email": "info@sensorwerk.example",
        "contact_phone": "053 123 4567",
        "proposed_key_positions": [],
    }
    data.update(overrides)
    return data


@pytest.fixture
def represented(company_user):
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    return establishment


def test_an_editor_invites_and_a_new_representative_creates_an_account(
    client, editor, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    establishment = EstablishmentFactory()
    client.force_login(editor)

    # when: the editor invites
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("establishments:invite", args=[establishment.slug]), {"email": "Fleur@Example.org"}
        )

    # then
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+/uitnodiging/(\S+)/", mailoutbox[0].body)
    assert link, mailoutbox[0].body
    assert "fleur@example.org" not in link.group(0).lower()  # the link holds an opaque token only

    # when: the invitee accepts, not logged in
    client.logout()
    accept_url = reverse("establishments:accept_invitation", args=[link.group(1)])
    weak = client.post(
        accept_url, {"first_name": "Fleur", "last_name": "de Vries", "password1": "123", "password2": "123"}
    )
    accepted = client.post(
        accept_url,
        {
            "first_name": "Fleur",
            "last_name": "de Vries",
            "password1": "Zeer-geheim-42!",
            "password2": "Zeer-geheim-42!",
        },
    )

    # then
    assert weak.status_code == 400
    assert accepted.status_code == 302
    user = User.objects.get(username="fleur@example.org")
    assert user.groups.filter(name="company").exists()
    assert establishment.representatives.filter(pk=user.pk).exists()
    assert client.get(accept_url).status_code == 404  # a used link is closed


def test_an_existing_user_accepts_an_invitation_for_a_second_establishment(
    client, editor, represented, company_user, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    second = EstablishmentFactory()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("establishments:invite", args=[second.slug]), {"email": company_user.email})
    token = re.search(r"/uitnodiging/(\S+)/", mailoutbox[0].body).group(1)
    client.force_login(company_user)

    # when
    response = client.post(reverse("establishments:accept_invitation", args=[token]))

    # then
    assert response.status_code == 302
    assert set(company_user.represented_establishments.all()) == {represented, second}


def test_a_representative_edits_the_profile_and_sees_own_figures(client, company_user, represented):
    # given
    YearlyObservationFactory(establishment=represented, year=2024, jobs=17)
    client.force_login(company_user)
    url = reverse("establishments:edit", args=[represented.pk])

    # when
    response = client.post(url, profile_data(description_nl="<script>alert(1)</script>Wij <b>bouwen</b> sensoren."))

    # then
    assert response.status_code == 302
    represented.refresh_from_db()
    assert represented.description_nl == "Wij bouwen sensoren."
    assert represented.website == "https://sensorwerk.example"
    record = represented.history.first()
    assert record.history_user == company_user
    page = client.get(reverse("establishments:my_establishments")).content.decode()
    assert '<th scope="row">2024</th><td class="num">17</td>' in page


def test_sensitive_fields_cannot_be_changed_by_a_representative(client, company_user, represented):
    # given
    client.force_login(company_user)
    sensitive = ("kvk_number", "sub_area", "sbi_code", "trade_name")
    before = [getattr(represented, name) for name in sensitive]

    # when
    response = client.post(
        reverse("establishments:edit", args=[represented.pk]),
        profile_data(kvk_number="99999999", sub_area="ut_campus", sbi_code="62010", trade_name="Other"),
    )

    # then: the profile fields are saved, the register fields are not
    assert response.status_code == 302
    represented.refresh_from_db()
    assert [getattr(represented, name) for name in sensitive] == before
    assert represented.website == "https://sensorwerk.example"


def test_another_establishments_edit_page_answers_404(client, company_user, represented):
    # given
    other = EstablishmentFactory()
    client.force_login(company_user)

    # when
    get = client.get(reverse("establishments:edit", args=[other.pk]))
    post = client.post(reverse("establishments:edit", args=[other.pk]), profile_data())

    # then
    assert get.status_code == 404
    assert post.status_code == 404
    other.refresh_from_db()
    assert other.website == ""


def test_a_logo_upload_is_stored(client, company_user, represented):
    # given
    client.force_login(company_user)
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")

    # when
    response = client.post(reverse("establishments:edit", args=[represented.pk]), profile_data(logo=logo))

    # then
    assert response.status_code == 302
    represented.refresh_from_db()
    assert represented.logo.name.endswith(".png")


@pytest.mark.parametrize(
    ("name", "content", "max_bytes"),
    [
        ("logo.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", None),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 200, None),
        ("logo.png", None, 1000),
        ("logo.bmp", "BMP", None),
        ("logo.png", "HUGE", None),
    ],
    ids=["svg-disguised-as-png", "broken-png", "too-large", "bmp-format", "too-many-pixels"],
)
def test_an_invalid_logo_is_refused_and_the_typed_text_kept(
    client, company_user, represented, settings, name, content, max_bytes
):
    # given
    if max_bytes:
        settings.MAX_IMAGE_UPLOAD_BYTES = max_bytes
        content = png_bytes((600, 600))
        content += b"\0" * max(0, max_bytes + 1 - len(content))
    elif content == "BMP":
        content = png_bytes(image_format="BMP")
    elif content == "HUGE":
        content = png_bytes((5000, 20))
    client.force_login(company_user)

    # when
    response = client.post(
        reverse("establishments:edit", args=[represented.pk]),
        profile_data(logo=SimpleUploadedFile(name, content, content_type="image/png"), description_nl="Mijn tekst"),
    )

    # then
    assert response.status_code == 400
    assert "Mijn tekst" in response.content.decode()
    represented.refresh_from_db()
    assert not represented.logo
    assert represented.description_nl == ""


def test_a_key_position_proposal_waits_for_an_editor(client, company_user, represented, editor):
    # given
    medtech = KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech")
    client.force_login(company_user)

    # when
    client.post(
        reverse("establishments:edit", args=[represented.pk]), profile_data(proposed_key_positions=[medtech.pk])
    )

    # then
    proposal = KeyPositionProposal.objects.get(establishment=represented)
    assert proposal.status == ProposalStatus.PENDING
    assert not represented.key_positions.exists()

    # when
    key_position_proposal_decide(proposal=proposal, accept=True, user=editor)

    # then
    assert list(represented.key_positions.all()) == [medtech]
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED


def test_editors_read_and_revert_the_history(client, company_user, represented):
    # given
    admin_user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(company_user)
    client.post(reverse("establishments:edit", args=[represented.pk]), profile_data(website="https://first.example"))
    client.post(reverse("establishments:edit", args=[represented.pk]), profile_data(website="https://second.example"))
    client.force_login(admin_user)

    # when: the portal's change list
    history_page = client.get(reverse("establishments:history", args=[represented.slug])).content.decode()

    # then
    assert "https://first.example" in history_page
    assert "https://second.example" in history_page

    # when: the admin reverts to the first edit
    first_edit = represented.history.filter(website="https://first.example").get()
    revert_url = reverse(
        "admin:establishments_establishment_simple_history", args=[represented.pk, first_edit.history_id]
    )
    form = client.get(revert_url)
    assert form.status_code == 200
    data = {
        key: value
        for key, value in form.context["adminform"].form.initial.items()
        if value is not None and key not in ("logo", "key_positions", "representatives")
    }
    data.update({"sbi_division": represented.sbi_division_id, "representatives": [company_user.pk]})
    data.update({"observations-TOTAL_FORMS": 0, "observations-INITIAL_FORMS": 0})
    response = client.post(revert_url, data)

    # then
    assert response.status_code == 302, response.content.decode()[:2000]
    represented.refresh_from_db()
    assert represented.website == "https://first.example"


def test_the_history_page_is_for_editors_only(client, company_user, represented):
    # given
    client.force_login(company_user)

    # when
    response = client.get(reverse("establishments:history", args=[represented.slug]))

    # then
    assert response.status_code == 403


def test_an_expired_invitation_link_answers_404(
    client, editor, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    from datetime import timedelta

    from django.utils import timezone

    from establishments.models import RepresentativeInvitation

    establishment = EstablishmentFactory()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("establishments:invite", args=[establishment.slug]), {"email": "laat@example.org"})
    token = re.search(r"/uitnodiging/(\S+)/", mailoutbox[0].body).group(1)
    RepresentativeInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    client.logout()

    # when
    response = client.get(reverse("establishments:accept_invitation", args=[token]))

    # then
    assert response.status_code == 404
    assert not User.objects.filter(username="laat@example.org").exists()


def test_an_invitee_with_an_account_is_asked_to_log_in_first(
    client, editor, mailoutbox, eager_celery, django_capture_on_commit_callbacks
):
    # given
    existing = UserFactory(email="bestaand@example.org")
    establishment = EstablishmentFactory()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("establishments:invite", args=[establishment.slug]), {"email": existing.email})
    token = re.search(r"/uitnodiging/(\S+)/", mailoutbox[0].body).group(1)
    client.logout()
    url = reverse("establishments:accept_invitation", args=[token])

    # when
    page = client.get(url)
    takeover = client.post(
        url, {"first_name": "X", "last_name": "Y", "password1": "Zeer-geheim-42!", "password2": "Zeer-geheim-42!"}
    )

    # then
    assert reverse("login") in page.content.decode()
    assert takeover.status_code == 200
    assert not establishment.representatives.exists()
