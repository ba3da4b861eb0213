import pytest

pytestmark = pytest.mark.django_db


def test_home_page_is_dutch_by_default(client):
    # given / when
    response = client.get("/")

    # then
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    body = response.content.decode()
    assert '<html lang="nl">' in body
    assert "Drie deelgebieden, één park" in body
    for sub_area in ("UT Campus", "B&amp;S-park", "Twente Village"):
        assert sub_area in body


def test_home_page_in_english_under_en_prefix(client):
    # given / when
    response = client.get("/en/")

    # then
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    body = response.content.decode()
    assert "Three sub-areas, one park" in body
    assert 'href="/" hreflang="nl" lang="nl" title="Nederlands"' in body


def test_language_switch_links_point_to_the_same_page_in_the_other_language(client):
    # given / when
    body = client.get("/accounts/login/").content.decode()

    # then
    assert 'href="/en/accounts/login/" hreflang="en"' in body


def test_home_page_has_landmarks_and_skip_link(client):
    body = client.get("/").content.decode()

    assert '<main id="main"' in body
    assert 'class="skip-link" href="#main"' in body
    assert "<header" in body and "<footer" in body and "<nav" in body
