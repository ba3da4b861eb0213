"""The register in a real browser: an editor imports a file, a representative edits the profile and logo."""

import pytest
from django.urls import reverse
from PIL import Image
from playwright.sync_api import expect

from establishments.models import Establishment, ImportJob
from tests.factories.establishments import (
    EstablishmentFactory,
    KeyPositionFactory,
    SbiDivisionFactory,
    register_csv,
    register_row,
)
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_editor_imports_and_representative_edits_the_profile(page, celery_worker, settings, tmp_path):
    # given: uploads go where the session's worker process looks for them
    from kennispark.settings import test as test_settings

    settings.MEDIA_ROOT = test_settings.MEDIA_ROOT
    SbiDivisionFactory(code="72")
    KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech")
    editor = UserFactory(roles=["editor"], is_staff=True)
    register = tmp_path / "register.csv"
    register.write_bytes(
        register_csv(
            [
                register_row(handelsnaam="Sensorwerk Twente B.V.", werkzame_personen=12),
                register_row(kvk_nummer="87654321", vestigingsnummer="000087654321", handelsnaam="Campus Code"),
            ],
            delimiter=";",
        ).encode("cp1252")
    )

    # when: the editor imports the file through the upload form
    log_in(page, editor.username, DEFAULT_PASSWORD)
    page.goto(reverse("establishments:import_upload"))
    page.get_by_label("Registerbestand").set_input_files(str(register))
    page.get_by_role("button", name="Import starten").click()

    # then: the progress page ends in the result
    page.locator("#import-status[data-status=done]").wait_for(timeout=60_000)
    assert "Import voltooid" in page.locator("#import-status").inner_text()
    assert Establishment.objects.count() == 2
    job = ImportJob.objects.get()

    # given: the editor's import made a company that a representative holds
    sensor = Establishment.objects.get(trade_name="Sensorwerk Twente B.V.")
    other = Establishment.objects.get(trade_name="Campus Code")
    representative = UserFactory(roles=["company"])
    sensor.representatives.add(representative)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 120), (194, 65, 12)).save(logo)

    # when: the representative logs in and edits the profile
    page.context.clear_cookies()
    log_in(page, representative.username, DEFAULT_PASSWORD)
    page.goto(reverse("establishments:my_establishments"))
    page.get_by_role("link", name="Profiel bewerken").click()
    page.get_by_label("Beschrijving (Nederlands)").fill("Wij maken slimme sensoren voor de zorg.")
    page.get_by_label("Website").fill("https://sensorwerk.example")
    page.get_by_label("Logo").set_input_files(str(logo))
    page.get_by_role("button", name="Profiel opslaan").click()
    page.get_by_text("is opgeslagen").wait_for()

    # then: the directory shows the change
    page.goto(reverse("establishments:directory") + "?q=sensoren")
    card = page.locator(".company-card", has_text="Sensorwerk Twente B.V.")
    card.get_by_text("slimme sensoren").wait_for()
    assert card.locator("img").count() == 1
    assert page.locator(".company-card").count() == 1

    # then: another company's edit page answers 404
    response = page.goto(reverse("establishments:edit", args=[other.pk]))
    assert response.status == 404

    sensor.refresh_from_db()
    sensor.logo.delete(save=False)
    job.file.delete(save=False)


def test_the_directory_on_a_phone(phone_page):
    # given
    for n in range(3):
        EstablishmentFactory(trade_name=f"Telefoonbedrijf {n}", description_nl="Een bedrijf op het park.")

    # when
    phone_page.goto(reverse("establishments:directory"))

    # then: nothing overflows the 390 px screen
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    phone_page.get_by_text("Zoeken en filteren").click()  # folded on phones
    phone_page.get_by_role("searchbox", name="Zoeken").fill("Telefoonbedrijf 1")
    phone_page.get_by_role("button", name="Bedrijven tonen").click()
    expect(phone_page.locator(".company-card")).to_have_count(1)
    expect(phone_page.locator(".company-card")).to_contain_text("Telefoonbedrijf 1")
