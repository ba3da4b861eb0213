import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.talent.selectors import home_latest_vacancies
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory
from tests.factories.talent import FieldOfWorkFactory, TalentPageFactory, VacancyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    """Return vacancies that differ in one filter dimension each."""
    medtech = KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech")
    med_company = EstablishmentFactory(trade_name="Zorgsensor B.V.")
    med_company.key_positions.add(medtech)
    ict = FieldOfWorkFactory(slug="ict", name_nl="ICT en software", name_en="ICT and software")
    return {
        "job": VacancyFactory(title_nl="Firmware engineer", kind="job", language="nl"),
        "internship": VacancyFactory(title_nl="Stage marketing", kind="internship", for_hbo=False, for_mbo=True),
        "graduation": VacancyFactory(title_nl="Afstuderen AI", kind="graduation_project", field=ict, language="en"),
        "both": VacancyFactory(title_nl="Tweetalige developer", kind="job", language="both", for_wo=True),
        "medtech": VacancyFactory(title_nl="Klinisch specialist", establishment=med_company, kind="job"),
    }


def _titles(response) -> set[str]:
    return {vacancy.title for vacancy in response.context["vacancies"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "internship"}, {"Stage marketing"}),
        ({"level": "mbo"}, {"Stage marketing"}),
        ({"level": "wo"}, {"Tweetalige developer"}),
        ({"field": "ict"}, {"Afstuderen AI"}),
        ({"key_position": "medtech"}, {"Klinisch specialist"}),
        ({"language": "en"}, {"Afstuderen AI", "Tweetalige developer"}),
        ({"q": "zorgsensor"}, {"Klinisch specialist"}),
        ({"q": "firmware engineer"}, {"Firmware engineer"}),
        ({"kind": "job", "language": "both"}, {"Tweetalige developer"}),
    ],
)
def test_vacancy_list_filters(client, catalogue, query, expected):
    # when
    response = client.get(reverse("talent:vacancy_list"), query)

    # then
    assert _titles(response) == expected


def test_invalid_filter_is_reported_not_a_500(client, catalogue):
    response = client.get(reverse("talent:vacancy_list"), {"kind": "astronaut"})
    assert response.status_code == 200
    assert list(response.context["filterset"].errors) == ["kind"]


def test_vacancy_list_costs_the_same_queries_with_few_and_many_vacancies(
    client, django_assert_num_queries, page_cache_off
):
    # given
    key_position = KeyPositionFactory(slug="chiptech")
    for vacancy in VacancyFactory.create_batch(2):
        vacancy.establishment.key_positions.add(key_position)
    url = reverse("talent:vacancy_list")
    query = {"key_position": "chiptech", "field": "engineering", "level": "hbo"}
    client.get(url, query)
    with CaptureQueriesContext(connection) as few:
        client.get(url, query)

    # when
    for establishment in [VacancyFactory().establishment for _ in range(25)]:
        establishment.key_positions.add(key_position)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url, query)

    # then
    assert len(response.context["vacancies"]) == 20


def test_vacancy_detail_carries_job_posting_json_ld(client):
    # given
    establishment = EstablishmentFactory(trade_name="Photonix & Co B.V.", website="https://photonix.example")
    vacancy = VacancyFactory(
        establishment=establishment,
        title_nl="Chip designer </script><script>alert(1)</script>",
        closing_date=datetime.date.today() + datetime.timedelta(days=10),
        hours_min=24,
        hours_max=40,
    )

    # when
    content = client.get(vacancy.get_absolute_url()).content.decode()

    # then
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "JobPosting"
    assert data["title"] == vacancy.title_nl
    assert data["datePosted"] == vacancy.posted_at.date().isoformat()
    assert data["validThrough"].startswith(vacancy.closing_date.isoformat())
    assert data["employmentType"] == ["FULL_TIME", "PART_TIME"]
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Photonix & Co B.V.",
        "sameAs": "https://photonix.example",
    }
    assert data["jobLocation"]["address"]["streetAddress"] == "Hengelosestraat 500"
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    assert "Kennispark Twente" in data["jobLocation"]["name"]
    assert "<script>alert(1)" not in content


def test_vacancy_description_is_sanitised():
    # given / when
    vacancy = VacancyFactory(
        description_nl=(
            '<p onclick="steal()">Hallo <a href="javascript:alert(1)">klik</a></p><script>x()</script><b>vet</b>'
        )
    )

    # then
    assert "onclick" not in vacancy.description
    assert "javascript:" not in vacancy.description
    assert "<script>" not in vacancy.description
    assert "<b>vet</b>" in vacancy.description


def test_rss_feed_honours_the_filters(client, catalogue):
    # when
    response = client.get(reverse("talent:vacancy_feed"), {"kind": "internship"})

    # then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert len(titles) == 1
    assert titles[0].startswith("Stage marketing")
    assert channel.findall("item")[0].findtext("link").endswith(catalogue["internship"].get_absolute_url())


def test_establishment_vacancies_tag_shows_only_its_open_vacancies(django_assert_max_num_queries):
    # given
    establishment = EstablishmentFactory()
    VacancyFactory(establishment=establishment, title_nl="Open bij ons")
    VacancyFactory(establishment=establishment, title_nl="Ingetrokken", status="withdrawn")
    VacancyFactory(title_nl="Bij een ander")
    template = Template("{% load talent_tags %}{% establishment_vacancies establishment %}")

    # when
    with django_assert_max_num_queries(1):
        html = template.render(Context({"establishment": establishment}))

    # then
    assert "Open bij ons" in html
    assert "Ingetrokken" not in html
    assert "Bij een ander" not in html


def test_talent_index_and_pages_in_both_languages(client):
    # given
    TalentPageFactory(slug="talent-cafe", title_nl="Talent Café NL", title_en="Talent Café EN", body_en="<p>Meet</p>")
    VacancyFactory(title_nl="Nieuwste vacature")

    # when
    index_nl = client.get(reverse("talent:index")).content.decode()
    page_en = client.get("/en/talent/talent-cafe/").content.decode()

    # then
    assert "Talent Café NL" in index_nl
    assert "Nieuwste vacature" in index_nl
    assert "Talent Café EN" in page_en
    assert "<p>Meet</p>" in page_en


def test_unpublished_talent_page_is_404(client):
    page = TalentPageFactory(is_published=False)
    assert client.get(page.get_absolute_url()).status_code == 404


def test_home_latest_vacancies_are_newest_first_and_open_only():
    # given
    old = VacancyFactory(posted_at=timezone.now() - datetime.timedelta(days=5))
    new = VacancyFactory()
    VacancyFactory(status="withdrawn")

    # when / then
    assert home_latest_vacancies() == [new, old]


def test_company_days_page_lists_upcoming_company_days_from_the_calendar(client):
    # given
    from tests.factories.events import EventFactory

    TalentPageFactory(slug="bedrijvendagen", event_category="company_day")
    EventFactory(title_nl="Business Days Twente", category="company_day")
    EventFactory(
        title_nl="Talent Tour (voorbij)",
        category="company_day",
        starts_at=timezone.now() - datetime.timedelta(days=9),
        ends_at=timezone.now() - datetime.timedelta(days=8),
    )
    EventFactory(title_nl="Netwerkborrel", category="network_drinks")

    # when
    content = client.get("/talent/bedrijvendagen/").content.decode()

    # then
    assert "Business Days Twente" in content
    assert "Talent Tour (voorbij)" not in content
    assert "Netwerkborrel" not in content


def test_english_vacancy_pages_show_the_english_text_or_mark_the_dutch_one(client):
    # given: one vacancy written in both languages, one in Dutch only
    both = VacancyFactory(
        title_nl="Stage werkvoorbereiding",
        title_en="Work preparation internship",
        description_nl="<p>Je plant de productie.</p>",
        description_en="<p>You plan production.</p>",
    )
    dutch_only = VacancyFactory(title_nl="Servicemonteur", description_nl="<p>Je onderhoudt machines.</p>")

    both_url, dutch_only_url = both.get_absolute_url(), dutch_only.get_absolute_url()

    # when
    english = client.get(f"/en{both_url}").content.decode()
    marked = client.get(f"/en{dutch_only_url}").content.decode()
    listing = client.get("/en/talent/vacatures/").content.decode()
    dutch = client.get(both_url).content.decode()

    # then
    assert "<h1>Work preparation internship</h1>" in english and "You plan production." in english
    assert "Je plant de productie." not in english and "only in Dutch" not in english
    assert '"title": "Work preparation internship"' in english  # JobPosting in the page's language
    assert '<h1 lang="nl">Servicemonteur</h1>' in marked
    assert '<div class="rich-text" lang="nl"><p>Je onderhoudt machines.</p></div>' in marked
    assert "only in Dutch" in marked
    assert 'lang="nl">Servicemonteur</a>' in listing and "Work preparation internship</a>" in listing
    assert "<h1>Stage werkvoorbereiding</h1>" in dutch and "Je plant de productie." in dutch
