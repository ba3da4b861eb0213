"""Every Dutch catalogue is complete and compiled: a Dutch page with English text is a defect."""

from pathlib import Path

import polib
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(path for path in BASE_DIR.glob("**/locale/nl/LC_MESSAGES/django.po") if ".venv" not in path.parts)


def test_every_app_has_a_dutch_catalogue():
    apps_with_catalogue = {path.parents[3].relative_to(BASE_DIR).as_posix() for path in CATALOGUES}
    assert apps_with_catalogue >= {".", "establishments", "crm", "monitoring", "community/events",
                                   "community/talent"}  # fmt: skip


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parents[3].name or "portal")
def test_catalogue_is_fully_translated_and_compiled(catalogue):
    # given
    po = polib.pofile(str(catalogue))

    # then: nothing untranslated or fuzzy, plural forms declared, and the .mo holds the same translations
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert po.metadata["Plural-Forms"].startswith("nplurals=2;")
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.mofile(str(catalogue.with_suffix(".mo")))}
    stale = [
        entry.msgid
        for entry in po.translated_entries()
        if not entry.msgid_plural and compiled.get((entry.msgctxt, entry.msgid)) != entry.msgstr
    ]
    assert stale == [], "the .mo is older than the .po: run `make messages`"
