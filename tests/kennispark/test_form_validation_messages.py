"""Every form leaves validation to the portal, so people read its messages in the page's language."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
FORM_TAG = re.compile(r"<form\b[^>]*>", re.S)


def _templates() -> list[Path]:
    return [path for path in ROOT.glob("**/templates/**/*.html") if ".venv" not in path.parts]


def test_every_form_tag_switches_off_the_browsers_own_validation():
    # when: a form without novalidate lets the browser show its own bubble, in the browser's language
    without = [
        f"{path.relative_to(ROOT)}: {tag[:60]}"
        for path in _templates()
        for tag in FORM_TAG.findall(path.read_text())
        if "novalidate" not in tag
    ]

    # then
    assert without == []


@pytest.mark.django_db
def test_an_empty_crm_activity_gets_the_portals_dutch_message(client, acquisition_user):
    # given
    from tests.factories.crm import LeadFactory

    lead = LeadFactory()
    client.force_login(acquisition_user)

    # when
    response = client.post(reverse("crm:activity_create", args=[lead.pk]), {})

    # then
    assert response.status_code == 400
    assert '<ul class="errorlist" id="id_kind_error"><li>Dit veld is vereist.</li></ul>' in response.content.decode()
