import csv
import datetime
import io

import factory
from django.utils.text import slugify

from establishments.models import (
    EconomicBase,
    Establishment,
    ImportJob,
    KeyPosition,
    SbiDivision,
    SbiSection,
    Sector,
    SubArea,
    YearlyObservation,
)


class SectorFactory(factory.django.DjangoModelFactory[Sector]):
    slug = factory.Sequence(lambda n: f"sector-{n}")
    name_nl = factory.Sequence(lambda n: f"Sector {n}")
    name_en = factory.Sequence(lambda n: f"Sector {n}")

    class Meta:
        model = Sector
        django_get_or_create = ("slug",)


class SbiSectionFactory(factory.django.DjangoModelFactory[SbiSection]):
    code = "M"
    name_nl = "Advisering, onderzoek en overige specialistische zakelijke dienstverlening"
    name_en = "Professional, scientific and technical activities"

    class Meta:
        model = SbiSection
        django_get_or_create = ("code",)


class SbiDivisionFactory(factory.django.DjangoModelFactory[SbiDivision]):
    code = "72"
    section = factory.SubFactory(SbiSectionFactory)
    name_nl = "Speur- en ontwikkelingswerk"
    name_en = "Scientific research and development"
    sector = factory.SubFactory(SectorFactory, slug="zakelijke-diensten", name_nl="Zakelijke diensten")
    base = EconomicBase.BASIC

    class Meta:
        model = SbiDivision
        django_get_or_create = ("code",)


class KeyPositionFactory(factory.django.DjangoModelFactory[KeyPosition]):
    slug = factory.Sequence(lambda n: f"key-position-{n}")
    name_nl = factory.Sequence(lambda n: f"Kernpositie {n}")
    name_en = factory.Sequence(lambda n: f"Key position {n}")

    class Meta:
        model = KeyPosition
        django_get_or_create = ("slug",)


class EstablishmentFactory(factory.django.DjangoModelFactory[Establishment]):
    kvk_number = factory.Sequence(lambda n: f"{10000000 + n:08d}")
    branch_number = factory.Sequence(lambda n: f"{100000000000 + n:012d}")
    trade_name = factory.Sequence(lambda n: f"Voorbeeld Techniek {n} B.V.")
    slug = factory.LazyAttribute(lambda e: slugify(f"{e.trade_name}-{e.branch_number[-4:]}"))
    street_address = "Hengelosestraat 500"
    postcode = "7521AN"
    sub_area = SubArea.BS_PARK
    sbi_code = "72190"
    sbi_division = factory.SubFactory(SbiDivisionFactory)
    settled_on = datetime.date(2015, 3, 1)
    founded_on = datetime.date(2012, 6, 1)

    class Meta:
        model = Establishment
        skip_postgeneration_save = True


class YearlyObservationFactory(factory.django.DjangoModelFactory[YearlyObservation]):
    establishment = factory.SubFactory(EstablishmentFactory)
    year = 2023
    jobs = 12
    added_value_keur = None

    class Meta:
        model = YearlyObservation


class ImportJobFactory(factory.django.DjangoModelFactory[ImportJob]):
    file = factory.django.FileField(filename="register.csv", data=b"jaar,kvk_nummer\n")
    original_name = "register.csv"
    uploaded_by = factory.SubFactory("tests.factories.users.UserFactory")

    class Meta:
        model = ImportJob


def register_csv(rows: list[dict], *, delimiter: str = ",", columns: list[str] | None = None) -> str:
    """Return the text of a register file with these rows (missing cells are empty)."""
    columns = columns or list(REGISTER_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([[row.get(column, "") for column in columns] for row in rows])
    return buffer.getvalue()


REGISTER_COLUMNS = (
    "jaar",
    "kvk_nummer",
    "vestigingsnummer",
    "handelsnaam",
    "adres",
    "postcode",
    "plaats",
    "deelgebied",
    "sbi_code",
    "werkzame_personen",
    "toegevoegde_waarde_keur",
    "datum_vestiging",
    "datum_oprichting",
    "kernposities",
)


def register_row(**overrides) -> dict:
    """Return a valid register row; override any column."""
    row = {
        "jaar": 2023,
        "kvk_nummer": "12345678",
        "vestigingsnummer": "000012345678",
        "handelsnaam": "Sensorwerk Twente B.V.",
        "adres": "Hengelosestraat 500",
        "postcode": "7521 AN",
        "plaats": "Enschede",
        "deelgebied": "B&S-park",
        "sbi_code": "72190",
        "werkzame_personen": 12,
        "toegevoegde_waarde_keur": "",
        "datum_vestiging": "01-03-2015",
        "datum_oprichting": "2012-06-01",
        "kernposities": "MedTech",
    }
    row.update(overrides)
    return row
