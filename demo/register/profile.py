"""The fixed attributes of the demo establishments: key positions, SBI division and code, founding year, flags."""

import random

from . import targets
from .population import DemoEstablishment

ROLE_DIVISIONS = {
    "university": "85",
    "contact_centre": "82",
    "engineering_large": "71",
    "head_office_large": "70",
    "largest_smart-manufacturing": "28",
    "largest_ai-smart-it": "62",
    "largest_medtech": "32",
    "largest_chiptech": "26",
    "robotics": "72",
    "rd_branch_2024": "72",
}
# Divisions per (key position, sector) and per (base, sector) for everyone else, with weights.
KEY_POSITION_DIVISIONS = {
    ("medtech", "industrie"): {"32": 3, "26": 1},
    ("medtech", "zakelijke-diensten"): {"72": 3, "62": 1},
    ("chiptech", "industrie"): {"26": 1},
    ("chiptech", "zakelijke-diensten"): {"72": 2, "71": 1},
    ("smart-manufacturing", "industrie"): {"28": 3, "25": 2, "27": 1, "33": 1, "22": 1},
    ("smart-manufacturing", "zakelijke-diensten"): {"71": 4, "72": 2, "74": 1},
    ("ai-smart-it", "industrie"): {"26": 1},
    ("ai-smart-it", "zakelijke-diensten"): {"62": 6, "63": 2, "58": 1},
}
DIVISIONS = {
    ("stuwend", "industrie"): {"28": 3, "26": 2, "25": 2, "22": 1, "20": 1, "10": 1, "27": 1, "33": 1, "35": 1},
    ("stuwend", "consumentendiensten"): {"55": 1},
    ("stuwend", "logistiek-en-groothandel"): {"46": 8, "49": 1, "52": 1},
    ("stuwend", "zakelijke-diensten"): {"62": 6, "70": 4, "71": 5, "72": 2, "73": 3, "74": 2, "63": 1, "58": 1},
    ("stuwend", "financiele-diensten"): {"64": 3, "65": 1},
    ("verzorgend", "industrie"): {"39": 1},
    ("verzorgend", "bouw"): {"41": 1, "43": 2},
    ("verzorgend", "logistiek-en-groothandel"): {"53": 1},
    ("verzorgend", "zakelijke-diensten"): {"68": 4, "69": 3, "78": 2, "81": 2, "77": 1, "80": 1},
    ("verzorgend", "financiele-diensten"): {"66": 1},
    ("verzorgend", "overheid"): {"84": 1, "94": 2},
    ("verzorgend", "onderwijs"): {"85": 1},
    ("verzorgend", "zorg"): {"86": 4, "88": 2, "87": 1},
    ("verzorgend", "overig"): {"00": 1},
}
CONSUMER_SERVICES = {
    "twente_village": {"93": 5, "56": 3, "92": 1, "96": 1},
    "bs_park": {"56": 3, "47": 2, "45": 1, "96": 1, "93": 1},
    "ut_campus": {"56": 3, "47": 2, "93": 2, "91": 1, "90": 1, "95": 1},
}
SBI_CODES = {
    "00": "00",
    "10": "1089",
    "20": "2059",
    "22": "2229",
    "25": "2562",
    "26": "2651",
    "27": "2790",
    "28": "2899",
    "32": "3250",
    "33": "3312",
    "35": "3511",
    "39": "3900",
    "41": "4120",
    "43": "4321",
    "45": "4520",
    "46": "4669",
    "47": "4719",
    "49": "4941",
    "52": "5229",
    "53": "5320",
    "55": "5510",
    "56": "5610",
    "58": "5821",
    "62": "6201",
    "63": "6311",
    "64": "6420",
    "65": "6512",
    "66": "6622",
    "68": "6820",
    "69": "6920",
    "70": "7022",
    "71": "7112",
    "72": "7219",
    "73": "7311",
    "74": "7410",
    "77": "7711",
    "78": "7820",
    "80": "8010",
    "81": "8121",
    "82": "8220",
    "84": "8411",
    "85": "8530",
    "86": "8621",
    "87": "8710",
    "88": "8899",
    "90": "9002",
    "91": "9102",
    "92": "9200",
    "93": "9311",
    "94": "9412",
    "95": "9511",
    "96": "9604",
}
# Young (founded 2019 or later) and older members per key position in 2023 besides the largest establishment.
YOUNG_TARGET_SECTOR = {"medtech": "industrie", "chiptech": "industrie", "smart-manufacturing": "industrie"}


def assign_key_positions(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Tag establishments with key positions so that the 2023 counts of §2.3 Tabel 10 and 11 hold."""
    for person in people:
        if person.role.startswith("largest_"):
            person.key_positions = [person.role.removeprefix("largest_")]
        elif person.role == "robotics":
            person.key_positions = ["robotics"]

    def candidates(young: bool) -> list[DemoEstablishment]:
        return [
            p
            for p in people
            if p.active_in(2023)
            and not p.role
            and p.base == "stuwend"
            and p.sector in ("industrie", "zakelijke-diensten")
            and (p.first_year >= 2019) == young
        ]

    for young in (True, False):
        pool = candidates(young)
        rng.shuffle(pool)
        for slug, figures in targets.KEY_POSITIONS_2023.items():
            wanted = figures["young"] if young else figures["count"] - figures["young"] - 1
            if slug == "smart-manufacturing" and not young:
                wanted -= targets.ROBOTICS_2023
            preferred = YOUNG_TARGET_SECTOR.get(slug, "zakelijke-diensten")
            pool.sort(key=lambda p: p.sector != preferred)
            for person in pool[:wanted]:
                person.key_positions = [slug]
                person.young = young
            del pool[:wanted]
    tagged = [p for p in people if set(p.key_positions) & {"smart-manufacturing", "chiptech"}]
    for person in rng.sample(tagged, 11):
        person.key_positions.append("materials")


def assign_divisions(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Give every establishment an SBI division consistent with its sector, base and key positions."""
    for person in people:
        if person.role in ROLE_DIVISIONS:
            person.division = ROLE_DIVISIONS[person.role]
            continue
        if person.key_positions:
            weights = KEY_POSITION_DIVISIONS[(person.key_positions[0], person.sector)]
        elif person.sector == "consumentendiensten" and person.base == "verzorgend":
            weights = CONSUMER_SERVICES[person.sub_area]
        else:
            weights = DIVISIONS[(person.base, person.sector)]
        person.division = rng.choices(list(weights), weights=list(weights.values()))[0]


def sbi_code(division: str) -> str:
    """Return the SBI code the demo uses for a division."""
    return SBI_CODES.get(division, division)


def assign_founding(people: list[DemoEstablishment], rng: random.Random) -> None:
    """Pick founding years: young key-position firms 2019 or later, other key-position firms 2016 or earlier."""
    for person in people:
        if person.role == "university":
            person.founded_year = 1961
        elif person.young:
            person.founded_year = rng.randint(max(2019, person.first_year - 2), person.first_year)
        elif person.first_year == targets.FIRST_YEAR:
            person.founded_year = rng.randint(1975, 2008)
        elif person.key_positions:
            person.founded_year = min(2016, rng.randint(person.first_year - 12, person.first_year))
        elif person.row == "ut_campus|stuwend":  # The Gallery and the High Tech Factory house start-ups
            person.founded_year = person.first_year - rng.randint(0, 1)
        else:
            person.founded_year = rng.randint(person.first_year - 10, person.first_year)
