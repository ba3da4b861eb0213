"""Acquisition staff keep the stage probabilities and the lost reasons themselves."""

from crm.models import LeadStage, LostReason
from crm.services.pipeline import stage_probabilities


def _post_data(probabilities: dict, reasons=()) -> dict:
    data = {f"stage-{code}": str(value) for code, value in probabilities.items()}
    data.update({"reasons-TOTAL_FORMS": str(len(reasons) + 1), "reasons-INITIAL_FORMS": "0"})
    for index, (name_nl, name_en) in enumerate(reasons):
        data.update({f"reasons-{index}-name_nl": name_nl, f"reasons-{index}-name_en": name_en,
                     f"reasons-{index}-position": "9", f"reasons-{index}-is_active": "on"})  # fmt: skip
    return data


def test_settings_change_probabilities_and_add_a_lost_reason(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    LostReason.objects.all().delete()
    probabilities = {**stage_probabilities(), LeadStage.PROPOSAL: 80}

    # when
    response = client.post("/crm/settings/", _post_data(probabilities, [("Te klein", "Too small")]))

    # then
    assert response.status_code == 302, response.context["formset"].errors
    assert stage_probabilities()[LeadStage.PROPOSAL] == 80
    assert LostReason.objects.get().name_en == "Too small"


def test_settings_reject_a_probability_above_100_and_keep_the_input(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    before = stage_probabilities()
    probabilities = {**before, LeadStage.PROPOSAL: 80, LeadStage.NEW: 150}

    # when
    response = client.post("/en/crm/settings/", _post_data(probabilities))

    # then
    assert response.status_code == 400
    assert b'value="150"' in response.content
    assert b"Enter a whole percentage from 0 to 100." in response.content
    assert stage_probabilities() == before  # nothing saved, not even the valid change to Proposal
