"""The key-figures page in a real browser, on the demo register that reproduces the monitor report."""

import csv
import io
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_snapshot():
    from demo.monitor import monitor_load
    from demo.register.loader import register_load

    register_load()
    monitor_load()


def test_visitor_reads_the_2023_headline_and_downloads_a_table(page, phone_page, demo_snapshot):
    # given: the page opens on the latest year
    page.goto("/kerncijfers/")
    assert page.get_by_role("heading", level=1).inner_text() == "Kerncijfers Kennispark Twente"

    # when: the visitor compares 2009 with 2023
    page.get_by_label("Beginjaar").select_option("2009")
    page.get_by_label("Eindjaar").select_option("2023")
    page.get_by_label("2015", exact=True).check()
    page.get_by_label("2017", exact=True).uncheck()
    page.get_by_role("button", name="Vergelijken").click()
    page.wait_for_url("**/kerncijfers/?*to_year=2023*")

    # then: the headline shows the report's 2023 figures
    assert page.get_by_role("heading", name="Kennispark in 2023").is_visible()
    assert page.locator("[data-figure=establishments] .figure-value").inner_text() == "464"
    assert page.locator("[data-figure=jobs] .figure-value").inner_text() == "10.880"
    assert page.locator("[data-figure=added-value] .figure-value").inner_text().replace("\xa0", " ") == "€ 973 mln"
    table = page.locator("#table-jobs-sub-area table")
    assert "’09–’23" in table.locator("thead").inner_text()
    assert "’22–’23" in table.locator("thead").inner_text()

    # when: the visitor downloads the jobs table as CSV
    with page.expect_download() as download_info:
        page.locator("#table-jobs-sub-area").get_by_role("link", name="CSV downloaden", exact=True).click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8-sig")

    # then: the file has the same choice of years and the report's totals
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert rows[0][:5] == ["Categorie", "2009", "2015", "2022", "2023"]
    total = next(row for row in rows if row and row[0] == "Kennispark totaal")
    assert total[1] == "8960" and total[4] == "10880" and total[5] == "1920" and total[6] == "470"

    # and the permalink gives the same page on a phone, without horizontal scrolling
    phone_page.goto(page.url)
    assert phone_page.locator("[data-figure=jobs] .figure-value").inner_text() == "10.880"
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
