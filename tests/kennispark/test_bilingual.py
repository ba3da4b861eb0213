from types import SimpleNamespace

from django.utils import translation

from kennispark.bilingual import in_active_language


def test_english_pages_show_the_english_text_when_it_is_filled():
    item = SimpleNamespace(title_nl="Netwerkborrel", title_en="Network drinks")

    with translation.override("en"):
        assert in_active_language(item, "title") == "Network drinks"
    with translation.override("nl"):
        assert in_active_language(item, "title") == "Netwerkborrel"


def test_english_pages_fall_back_to_dutch_when_the_english_text_is_empty():
    item = SimpleNamespace(title_nl="Netwerkborrel", title_en="")

    with translation.override("en"):
        assert in_active_language(item, "title") == "Netwerkborrel"


def test_lists_with_translated_names_show_the_active_language(db):
    # given: one shape (name_nl, name_en) for sectors, SBI levels, key positions, fields of work and lost reasons
    from community.talent.models import FieldOfWork
    from crm.models import LostReason
    from establishments.models import KeyPosition, SbiDivision, SbiSection, Sector

    models = [Sector, SbiSection, SbiDivision, KeyPosition, FieldOfWork, LostReason]
    items = [model.objects.order_by("pk").first() or model(name_nl="Nederlands", name_en="English") for model in models]

    # when
    with translation.override("nl"):
        dutch = [(item.name, str(item)) for item in items]
    with translation.override("en"):
        english = [(item.name, str(item)) for item in items]

    # then
    for item, (name_nl, text_nl), (name_en, text_en) in zip(items, dutch, english, strict=True):
        assert name_nl == item.name_nl and name_nl in text_nl
        assert name_en == (item.name_en or item.name_nl) and name_en in text_en


def test_the_shared_fields_keep_their_tables_unchanged():
    # given
    from establishments.models import KeyPosition, SbiDivision, Sector

    # then: the abstract models declare what the tables already had (no migration)
    assert Sector._meta.ordering == KeyPosition._meta.ordering == ["position", "name_nl"]
    assert SbiDivision._meta.get_field("name_nl").max_length == 200
    assert Sector._meta.get_field("name_en").max_length == 100
    assert Sector._meta.get_field("slug").unique


def _render(source: str, **context) -> str:
    from django.template import Context, Template

    return Template("{% load bilingual %}" + source).render(Context(context))


TEXT_TAGS = (
    '{% in_page_language item "description" as text %}'
    "<div{{ text.lang_attribute }}>{{ text }}</div>{% only_in_language text %}"
)


def test_a_dutch_only_text_on_an_english_page_has_lang_nl_and_the_only_in_dutch_label():
    # given
    item = SimpleNamespace(description_nl="Alleen Nederlands", description_en="")

    # when
    with translation.override("en"):
        html = _render(TEXT_TAGS, item=item)

    # then
    assert '<div lang="nl">Alleen Nederlands</div>' in html
    assert '<span class="badge badge-language">only in Dutch</span>' in html


def test_a_translated_text_shows_no_label_and_no_lang_in_either_language():
    # given
    item = SimpleNamespace(description_nl="Tekst <b>", description_en="Text <b>")

    # when
    with translation.override("en"):
        english = _render(TEXT_TAGS, item=item)
    with translation.override("nl"):
        dutch = _render(TEXT_TAGS, item=item)

    # then: the text is escaped, and neither page carries a label or a lang attribute
    assert english == "<div>Text &lt;b&gt;</div>"
    assert dutch == "<div>Tekst &lt;b&gt;</div>"


def test_a_one_language_note_is_marked_on_english_pages_only():
    # given
    source = (
        "{% one_language_text note as text %}"
        "<span{{ text.lang_attribute }}>{{ text }}</span>{% only_in_language text %}"
    )

    # when
    with translation.override("en"):
        english = _render(source, note="Bron: CBS")
    with translation.override("nl"):
        dutch = _render(source, note="Bron: CBS")
        empty = _render(source, note="")

    # then
    assert english.startswith('<span lang="nl">Bron: CBS</span>') and "only in Dutch" in english
    assert dutch == "<span>Bron: CBS</span>"
    assert empty == "<span></span>"
