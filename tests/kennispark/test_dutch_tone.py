"""The Dutch portal speaks with one voice: formal "u", and no English left on CRM stages and report columns."""

import inspect
import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext

from crm import exports
from crm.models import LeadStage

BASE_DIR = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(path for path in BASE_DIR.glob("**/locale/nl/LC_MESSAGES/django.po") if ".venv" not in path.parts)
CRM_TEMPLATES = BASE_DIR / "crm" / "templates" / "crm"
CRM_CATALOGUE = BASE_DIR / "crm" / "locale" / "nl" / "LC_MESSAGES" / "django.po"
REPORT_TEMPLATES = [CRM_TEMPLATES / name for name in ("reports.html", "_conversion_table.html")]
INFORMAL = re.compile(r"\b(je|jij|jouw|jou|jullie)\b", re.IGNORECASE)
HEEFT_U = re.compile(r"\b(u heeft|heeft u)\b", re.IGNORECASE)
# CRM jargon that Dutch users say in English too.
LOANWORDS = {"Lead", "Leads", "lead", "leads"}
HEADER_TAG = re.compile(r'{% translate "([^"]+)"(?: context "([^"]+)")? %}')
GETTEXT_CALL = re.compile(r'\b(?:_|pgettext)\((?:"([^"]+)", )?"([^"]+)"\)')


def _msgstrs(entry):
    return [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())


def _crm_translation(msgid, context=None):
    entry = polib.pofile(str(CRM_CATALOGUE)).find(msgid, msgctxt=context)
    return entry.msgstr if entry else None


def _report_column_labels():
    for template in REPORT_TEMPLATES:
        for thead in re.findall(r"<thead>(.*?)</thead>", template.read_text(), re.DOTALL):
            yield from HEADER_TAG.findall(thead)
    for context, msgid in GETTEXT_CALL.findall(inspect.getsource(exports._report_rows)):
        yield msgid, context


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parents[3].name or "portal")
def test_dutch_catalogue_addresses_people_formally(catalogue):
    # given
    po = polib.pofile(str(catalogue))

    # when
    informal = [text for entry in po.translated_entries() for text in _msgstrs(entry) if INFORMAL.search(text)]
    heeft_u = [text for entry in po.translated_entries() for text in _msgstrs(entry) if HEEFT_U.search(text)]

    # then: "u", and "u hebt" as in the rest of the portal
    assert informal == []
    assert heeft_u == []


@pytest.mark.parametrize("stage", LeadStage, ids=lambda stage: stage.value)
def test_lead_stage_label_is_dutch(stage):
    # given
    with translation.override("en"):
        english = str(stage.label)

    # when
    with translation.override("nl"):
        dutch = str(stage.label)

    # then: translated, and by the CRM's own catalogue (not shadowed by another app's)
    assert dutch != english
    assert dutch == _crm_translation(english)


@pytest.mark.parametrize("msgid, context", sorted(set(_report_column_labels())), ids=lambda value: value or "-")
def test_report_column_label_is_dutch(msgid, context):
    # when
    with translation.override("nl"):
        dutch = pgettext(context, msgid) if context else gettext(msgid)

    # then: translated, and by the CRM's own catalogue (Django's admin says "Wijzigen" for the verb "Change")
    assert msgid in LOANWORDS or dutch != msgid
    assert dutch == _crm_translation(msgid, context or None)


# Labels whose English word means something else in another app: a context keeps the first catalogue from winning.
WORDS_WITH_CONTEXT = [
    ("year-on-year difference", "Change", "Verschil"),  # Django's admin: "Wijzigen"
    ("won or lost leads", "closed", "afgesloten"),  # establishments: "opgeheven"
    ("vacancy", "closed", "gesloten"),
    ("field of work", "Field", "Vakgebied"),  # establishments: "Veld"
    ("call off an event", "Cancel", "Afgelasten"),  # establishments and CRM: "Annuleren"
    ("back to the default years", "Reset", "Standaardjaren"),  # establishments: "Wissen"
]


@pytest.mark.parametrize("context, msgid, expected", WORDS_WITH_CONTEXT, ids=lambda value: value)
def test_word_in_context_keeps_its_own_dutch(context, msgid, expected):
    # when
    with translation.override("nl"):
        dutch = pgettext(context, msgid)

    # then
    assert dutch == expected


def test_no_catalogue_shadows_another_with_a_different_dutch_text():
    # given: Django merges every catalogue into one; for a msgid in two catalogues the first one wins everywhere
    translations: dict[tuple[str | None, str], dict[str, str]] = {}
    for catalogue in CATALOGUES:
        for entry in polib.pofile(str(catalogue)).translated_entries():
            if not entry.msgid_plural:
                name = catalogue.parents[3].relative_to(BASE_DIR).as_posix()
                translations.setdefault((entry.msgctxt, entry.msgid), {})[name] = entry.msgstr

    # when
    conflicts = {key: texts for key, texts in translations.items() if len(set(texts.values())) > 1}

    # then: one English word, one Dutch word (give a msgid a context where the meanings differ)
    assert conflicts == {}
