import io

import pytest
from pypdf import PdfReader

from kennispark.pdf import BASE_URL, _static_path, pdf_bytes, pdf_download


def test_a_template_renders_to_a_pdf_whose_text_and_page_size_read_back():
    # given
    title = "Voortgang sleutelprojecten – Q3 2025 (€, ë)"

    # when
    content = pdf_bytes(template_name="pdf/base.html", context={"title": title})

    # then: the text is there, and the static stylesheet (read from disk) numbered the page
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert title in text
    assert "1 / 1" in text


def test_the_download_is_an_attachment_named_after_the_document():
    # when
    response = pdf_download(template_name="pdf/base.html", context={"title": "X"}, filename="voortgang-2025")

    # then
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="voortgang-2025.pdf"'
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/css/pdf.css",
        f"{BASE_URL}media/logo.png",
        f"{BASE_URL}static/../kennispark/settings/base.py",
        f"{BASE_URL}static/css/missing.css",
    ],
)
def test_only_existing_static_files_of_the_portal_are_fetched(url):
    # then
    assert _static_path(url) is None


def test_a_static_file_resolves_to_its_file_on_disk():
    # then
    assert _static_path(f"{BASE_URL}static/css/pdf.css").endswith("static/css/pdf.css")
