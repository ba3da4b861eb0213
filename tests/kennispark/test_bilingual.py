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
