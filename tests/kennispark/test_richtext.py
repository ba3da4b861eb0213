"""One allow-list of rich text for every app: events, vacancies, talent pages; and plain text for feeds."""

import json

import pytest

from kennispark.richtext import plain_text, rich_text_clean


def test_scripts_event_handlers_and_unsafe_links_are_stripped():
    # given
    dirty = (
        '<h2 onclick="steal()">Over ons</h2><script>alert(1)</script><p style="color:red">Wij <b>bouwen</b> '
        '<a href="javascript:alert(1)">hier</a> <a href="https://example.org" target="_blank">daar</a></p><img src=x>'
    )

    # when
    clean = rich_text_clean(dirty)

    # then
    assert clean == (
        '<h2>Over ons</h2><p>Wij <b>bouwen</b> <a rel="noopener noreferrer nofollow">hier</a> '
        '<a href="https://example.org" rel="noopener noreferrer nofollow">daar</a></p>'
    )


def test_plain_text_keeps_its_paragraphs_and_line_breaks():
    assert rich_text_clean("Eerste alinea\nregel twee\n\nTweede & laatste") == (
        "<p>Eerste alinea<br>regel twee</p>\n\n<p>Tweede &amp; laatste</p>"
    )


@pytest.mark.parametrize("text", ["", None, "   "])
def test_empty_text_stays_empty(text):
    assert rich_text_clean(text) == ""
    assert plain_text(text) == ""


@pytest.mark.parametrize(
    "text", ["Gewoon tekst", "<p>Al <em>html</em></p>", "<ul><li>een</li><li>twee</li></ul>", "a < b & c"]
)
def test_cleaning_twice_changes_nothing(text):
    # models clean on every save: a second pass must not wrap or escape again
    once = rich_text_clean(text)
    assert rich_text_clean(once) == once


def test_plain_text_decodes_entities_and_puts_blocks_on_their_own_lines():
    # given
    html = (
        "<h3>Programma</h3><p>Tom &amp; Jerry</p><ul><li>koffie</li><li>lezing</li></ul>regel<br>twee<script>x</script>"
    )

    # when / then
    assert plain_text(html) == "Programma\nTom & Jerry\nkoffie\nlezing\nregel\ntwee"


def test_event_vacancy_and_page_texts_share_the_allow_list(db):
    # given
    from tests.factories.events import EventFactory
    from tests.factories.talent import TalentPageFactory, VacancyFactory

    dirty = '<h2>Kop</h2><p onclick="x()">Tekst</p><script>alert(1)</script>'

    # when
    event = EventFactory(description_nl=dirty)
    vacancy = VacancyFactory(description_nl=dirty)
    page = TalentPageFactory(body_nl=dirty)

    # then
    assert event.description_nl == vacancy.description == page.body_nl == "<h2>Kop</h2><p>Tekst</p>"


def test_event_json_ld_describes_the_event_in_plain_text(db, client):
    # given
    from tests.factories.events import EventFactory

    event = EventFactory(description_nl="<p>Tom &amp; Jerry</p><ul><li>koffie</li><li>lezing</li></ul>")

    # when
    html = client.get(event.get_absolute_url()).content.decode()

    # then: no escaped entities, one line per list item
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block)["description"] == "Tom & Jerry\nkoffie\nlezing"
