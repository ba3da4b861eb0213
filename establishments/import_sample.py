"""A small register file in the import's own format, for editors to start from."""

from decimal import Decimal

from django.http import HttpResponse

from kennispark.tabular import table_download

SAMPLE_COLUMNS = (
    "jaar", "kvk_nummer", "vestigingsnummer", "handelsnaam", "adres", "postcode", "plaats", "deelgebied",
    "sbi_code", "werkzame_personen", "toegevoegde_waarde_keur", "datum_vestiging", "datum_oprichting", "kernposities",
)  # fmt: skip
SAMPLE_ROWS = (
    (2024, "12345678", "000012345678", "Voorbeeld Sensoren B.V.", "Hengelosestraat 500", "7521 AN", "Enschede",
     "B&S-park", "26110", 18, Decimal("1450.5"), "2019-05-01", "2018-11-12", "ChipTech|Smart/Advanced Manufacturing"),
    (2024, "87654321", "000087654321", "Voorbeeld Lab Diensten", "De Zul 10", "7522 NJ", "Enschede",
     "UT Campus", "72110", 4, "", "01-09-2023", "01-09-2023", "MedTech"),
    (2024, "11223344", "000011223344", "Voorbeeld Software", "Capitool 15", "7521 PL", "Enschede",
     "Twente Village", "62010", 9, Decimal("610"), "2015-01-01", "2012-06-01", ""),
)  # fmt: skip


def import_sample_response(file_format: str) -> HttpResponse:
    """Return the sample register file as CSV (Dutch Excel) or XLSX."""
    return table_download(
        header=list(SAMPLE_COLUMNS),
        rows=[list(row) for row in SAMPLE_ROWS],
        file_format=file_format,
        filename="kennispark-register-voorbeeld",
        title="register",
    )
