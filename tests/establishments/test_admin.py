import pytest
from django.apps import apps
from django.urls import reverse

from establishments.models import Establishment
from establishments.seeds import editors_grant
from tests.factories.establishments import EstablishmentFactory, YearlyObservationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_with_rights(editor):
    """The editor role with the permissions the data migration grants (re-applied: browser tests flush the DB)."""
    editors_grant(apps)
    return editor


def test_editors_manage_the_register_in_the_admin(client, editor_with_rights, company_user):
    # given
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    YearlyObservationFactory(establishment=establishment)
    client.force_login(editor_with_rights)

    # when
    pages = [
        reverse("admin:establishments_establishment_changelist") + "?q=Voorbeeld&is_active__exact=1",
        reverse("admin:establishments_establishment_change", args=[establishment.pk]),
        reverse("admin:establishments_establishment_history", args=[establishment.pk]),
        reverse("admin:establishments_yearlyobservation_changelist"),
        reverse("admin:establishments_sbidivision_changelist"),
        reverse("admin:establishments_keyposition_changelist"),
        reverse("admin:establishments_importjob_changelist"),
        reverse("admin:establishments_representativeinvitation_changelist"),
        reverse("admin:establishments_keypositionproposal_changelist"),
    ]

    # then
    for url in pages:
        assert client.get(url).status_code == 200, url
    found = client.get(pages[0]).content.decode()
    assert reverse("admin:establishments_establishment_change", args=[establishment.pk]) in found
    change_form = client.get(pages[1]).content.decode()
    assert f'value="{establishment.kvk_number}"' in change_form
    add_import = client.get(reverse("admin:establishments_importjob_add"))
    assert add_import["Location"] == reverse("establishments:import_upload")


def test_a_company_user_has_no_admin_rights(client, company_user):
    # given
    client.force_login(company_user)

    # when
    response = client.get(reverse("admin:establishments_establishment_changelist"))

    # then
    assert response.status_code == 302
    assert Establishment.objects.count() == 0
