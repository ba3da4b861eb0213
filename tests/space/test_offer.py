"""The offer: bad input is refused with a clear error, review after changes, stale offers, public search."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from space.models import BuildingPhoto, ReviewStatus, Space
from space.services import space_update, stale_offers_flag
from tests.factories.space import BuildingFactory, SpaceFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def _space_form(**overrides) -> dict:
    data = {
        "name": "Lab 2.14",
        "kind": "lab",
        "lab_safety_class": "ml2",
        "iso_class": "",
        "floor_area_m2": "240",
        "min_unit_m2": "",
        "available_from": (TODAY + datetime.timedelta(days=14)).isoformat(),
        "rent_min": "180",
        "rent_max": "210",
        "minimum_term_months": "12",
        "description_nl": "Lab met zuurkasten.",
        "description_en": "",
    }
    return data | overrides


@pytest.fixture
def building():
    return BuildingFactory()


def test_an_owner_offers_a_space_that_waits_for_review(client, building):
    # given
    client.force_login(building.owner)

    # when
    response = client.post(reverse("space:space_create", args=[building.pk]), _space_form())

    # then
    assert response.status_code == 302
    space = Space.objects.get()
    assert (space.kind, space.floor_area_m2, space.review_status) == ("lab", 240, ReviewStatus.PENDING)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"floor_area_m2": "0"}, "floor_area_m2", "more than 0 m²"),
        ({"floor_area_m2": "-20"}, "floor_area_m2", "more than 0 m²"),
        ({"min_unit_m2": "300"}, "min_unit_m2", "cannot be larger than the space"),
        ({"available_from": (TODAY - datetime.timedelta(days=1)).isoformat()}, "available_from", "in the past"),
        ({"rent_min": "250"}, "rent_max", "cannot be lower"),
        ({"kind": "office"}, "lab_safety_class", "Only a laboratory"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(client, building, overrides, field, message):
    # given
    client.force_login(building.owner)

    # when
    response = client.post("/en" + reverse("space:space_create", args=[building.pk]), _space_form(**overrides))

    # then
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors.get(field, []))
    assert not Space.objects.exists()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_photo_that_is_not_an_image_is_refused_and_stores_nothing(client, building, settings, tmp_path):
    # given
    client.force_login(building.owner)
    fake = SimpleUploadedFile("gebouw.png", b"%PDF-1.4 not an image", content_type="image/png")

    # when
    response = client.post(
        "/en" + reverse("space:photo_add", args=[building.pk]), {"image": fake, "alt_text_nl": "Voorgevel"}
    )

    # then
    assert response.status_code == 400
    assert "not a valid image" in " ".join(response.context["form"].errors["image"])
    assert not BuildingPhoto.objects.exists()
    assert not any(path.is_file() for path in (tmp_path / "media").rglob("*"))


def test_a_real_photo_is_kept_with_its_alt_text(client, building):
    # given
    client.force_login(building.owner)
    photo = SimpleUploadedFile("gebouw.png", _png(), content_type="image/png")

    # when
    response = client.post(
        reverse("space:photo_add", args=[building.pk]), {"image": photo, "alt_text_nl": "Voorgevel aan de straat"}
    )

    # then
    assert response.status_code == 302
    assert BuildingPhoto.objects.get().alt_text_nl == "Voorgevel aan de straat"


def test_a_change_of_area_kind_or_rent_sends_a_public_space_back_to_review():
    # given
    space = SpaceFactory(floor_area_m2=200)
    other = SpaceFactory(floor_area_m2=200)

    # when
    space_update(space=space, data={"floor_area_m2": 220})
    space_update(space=other, data={"description_nl": "Nieuwe tekst"})

    # then
    assert space.review_status == ReviewStatus.PENDING
    assert other.review_status == ReviewStatus.APPROVED
    assert not Space.objects.public().filter(pk=space.pk).exists()


def test_an_unconfirmed_offer_is_flagged_once_after_90_days_and_hidden_after_120(
    eager_celery, mailoutbox, editor, django_capture_on_commit_callbacks
):
    # given
    now = timezone.now()
    fresh = SpaceFactory(confirmed_at=now - datetime.timedelta(days=89))
    stale = SpaceFactory(confirmed_at=now - datetime.timedelta(days=91), name="Oude unit")
    hidden = SpaceFactory(confirmed_at=now - datetime.timedelta(days=121))

    # when
    with django_capture_on_commit_callbacks(execute=True):
        first = stale_offers_flag(now=now)
    with django_capture_on_commit_callbacks(execute=True):
        second = stale_offers_flag(now=now)

    # then
    assert (first, second) == (2, 0)
    stale.refresh_from_db()
    assert stale.stale_flagged_at is not None
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients == sorted([stale.building.owner.email, hidden.building.owner.email, editor.email])
    public = set(Space.objects.public(now=now))
    assert fresh in public and stale in public and hidden not in public


def test_confirming_keeps_the_offer_public(client):
    # given
    space = SpaceFactory(confirmed_at=timezone.now() - datetime.timedelta(days=125))
    client.force_login(space.building.owner)

    # when
    client.post(reverse("space:space_confirm", args=[space.pk]))

    # then
    assert Space.objects.public().filter(pk=space.pk).exists()


def test_the_public_search_filters_on_kind_area_sub_area_date_and_facilities(client):
    # given
    campus = BuildingFactory(sub_area="ut_campus", amenities=["cleanroom", "loading_dock"])
    village = BuildingFactory(sub_area="twente_village")
    SpaceFactory(name="Campus lab", building=campus, kind="lab", floor_area_m2=150)
    SpaceFactory(name="Village lab", building=village, kind="lab", floor_area_m2=150)
    SpaceFactory(name="Campus office", building=campus, kind="office", floor_area_m2=150)
    SpaceFactory(name="Late lab", building=campus, kind="lab", available_from=TODAY + datetime.timedelta(days=400))
    SpaceFactory(name="Withdrawn lab", building=campus, kind="lab", status="withdrawn")
    by = (TODAY + datetime.timedelta(days=60)).isoformat()

    # when
    response = client.get(
        reverse("space:list"),
        {"kind": "lab", "min_m2": "100", "max_m2": "200", "sub_area": "ut_campus", "available_by": by,
         "amenities": "cleanroom"},
    )  # fmt: skip

    # then
    assert [space.name for space in response.context["spaces"]] == ["Campus lab"]


def test_invalid_filters_are_reported_not_a_500(client):
    # when
    response = client.get(reverse("space:list"), {"min_m2": "-1", "kind": "castle", "available_by": "soon"})

    # then
    assert response.status_code == 400


def test_the_space_page_carries_accommodation_json_ld(client):
    # given
    space = SpaceFactory(floor_area_m2=321)

    # when
    html = client.get(reverse("space:space_detail", args=[space.pk])).content.decode()

    # then
    assert '"@type": "Accommodation"' in html and '"value": 321' in html


def test_an_editor_approves_a_space(client, editor):
    # given
    space = SpaceFactory(review_status=ReviewStatus.PENDING)
    client.force_login(editor)

    # when
    queue = client.get(reverse("work"))
    response = client.post(reverse("space:space_review", args=[space.pk]), {"approve": "1", "note": ""})

    # then
    assert str(space) in queue.content.decode()
    assert response.status_code == 302
    space.refresh_from_db()
    assert space.review_status == ReviewStatus.APPROVED and space.first_approved_at is not None


def test_a_property_owner_starts_on_their_buildings(client):
    # given
    owner = UserFactory(roles=["property_owner"])
    client.force_login(owner)

    # when
    response = client.get(reverse("start"))

    # then
    assert response["Location"] == reverse("space:my_buildings")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_cached_public_list_shows_a_newly_approved_space_at_once(
    client, django_capture_on_commit_callbacks, prefix
):
    # given
    from space.services import space_review

    space = SpaceFactory(name="Nieuw lab", review_status=ReviewStatus.PENDING)
    url = prefix + reverse("space:list")
    before = client.get(url)
    assert "Nieuw lab" not in before.content.decode()
    assert "Nieuw lab" not in client.get(url).content.decode()  # served from the cache

    # when
    with django_capture_on_commit_callbacks(execute=True):
        space_review(space=space, approve=True)

    # then
    assert "Nieuw lab" in client.get(url).content.decode()
