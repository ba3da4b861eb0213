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
