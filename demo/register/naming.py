"""Clearly fictitious names, addresses and identifiers for the demo establishments."""

import random

from .population import DemoEstablishment

STEMS_START = (
    "Zel",
    "Vor",
    "Qua",
    "Lum",
    "Tix",
    "Bra",
    "Fen",
    "Kor",
    "Nim",
    "Ost",
    "Pyx",
    "Rov",
    "Sal",
    "Tub",
    "Ulv",
    "Wex",
    "Yar",
    "Dri",
    "Hel",
    "Mav",
    "Gro",
    "Ext",
    "Jur",
    "Cal",
)
STEMS_END = ("ora", "ix", "ium", "ana", "eon", "ulo", "axa", "ent", "ivo", "ylon", "etta", "oma", "ara", "is")
WORDS = {
    "10": "Foods",
    "20": "Chemistry",
    "22": "Polymers",
    "25": "Precision Parts",
    "26": "Photonics",
    "27": "Power Systems",
    "28": "Machines",
    "32": "Medical Devices",
    "33": "Service Engineering",
    "35": "Energy",
    "39": "Bodemsanering",
    "41": "Bouw",
    "43": "Installatietechniek",
    "45": "Autoservice",
    "46": "Trading",
    "47": "Campuswinkel",
    "49": "Transport",
    "52": "Logistics",
    "53": "Koeriers",
    "55": "Hotel",
    "56": "Eetcafé",
    "58": "Publishing",
    "62": "Software",
    "63": "Data",
    "64": "Capital",
    "65": "Verzekeringen",
    "66": "Financieel Advies",
    "68": "Vastgoed",
    "69": "Accountants",
    "70": "Holding",
    "71": "Engineering",
    "72": "Research",
    "73": "Marketing",
    "74": "Design Studio",
    "77": "Verhuur",
    "78": "Uitzendgroep",
    "80": "Beveiliging",
    "81": "Facilitair",
    "82": "Klantcontact",
    "84": "Regiobureau",
    "85": "Academie",
    "86": "Fysiotherapie",
    "87": "Zorghuis",
    "88": "Welzijn",
    "90": "Theaterwerkplaats",
    "91": "Collectie",
    "92": "Speelhal",
    "93": "Sportcentrum",
    "94": "Vereniging",
    "95": "Reparatie",
    "96": "Wellness",
    "00": "Projecten",
}
PREFIXED = {"45", "47", "55", "56", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "95", "96"}
NON_PROFIT = {"84", "85", "87", "88", "91", "94"}
STREETS = {
    "ut_campus": (
        ("Drienerlolaan", "7522 NB", 1, 12),
        ("De Zul", "7522 NJ", 1, 14),
        ("Hallenweg", "7522 NH", 1, 20),
        ("Zuidhorst", "7522 NB", 1, 4),
        ("Horstlindelaan", "7522 LW", 1, 10),
        ("Boerderijweg", "7522 NL", 1, 9),
    ),
    "bs_park": (
        ("Hengelosestraat", "7521 AG", 500, 705),
        ("Capitool", "7521 PL", 1, 60),
        ("Institutenweg", "7521 PH", 1, 50),
        ("Auke Vleerstraat", "7521 PE", 1, 30),
        ("Galileïlaan", "7521 PR", 1, 20),
        ("Colosseum", "7521 PV", 1, 40),
    ),
    "twente_village": (("Hengelosestraat", "7521 AM", 740, 790), ("Drienerbeeklaan", "7522 NG", 1, 40)),
}
UNIVERSITY = {"trade_name": "Universiteit Twente", "street_address": "Drienerlolaan 5", "postcode": "7522 NB"}
FALLBACK_WORD = "Services"


def trade_name(person: DemoEstablishment, rng: random.Random, taken: set[str]) -> str:
    """Return a made-up trade name that fits the establishment's activity and is not used yet."""
    if person.role == "university":
        return UNIVERSITY["trade_name"]
    word = WORDS.get(person.division, FALLBACK_WORD)
    for _ in range(100):
        stem = rng.choice(STEMS_START) + rng.choice(STEMS_END)
        if person.division in PREFIXED:
            name = f"{word} {stem}"
        else:
            name = f"{stem} {word}" + ("" if person.division in NON_PROFIT else " B.V.")
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("Ran out of demo names.")


def address(person: DemoEstablishment, rng: random.Random) -> tuple[str, str]:
    """Return a street address and postcode in the establishment's sub-area."""
    if person.role == "university":
        return UNIVERSITY["street_address"], UNIVERSITY["postcode"]
    street, postcode, low, high = rng.choice(STREETS[person.sub_area])
    return f"{street} {rng.randint(low, high)}", postcode


def kvk_numbers(person: DemoEstablishment) -> tuple[str, str]:
    """Return a KvK number (8 digits) and branch number (12 digits) of the demo range, stable per establishment."""
    return f"{90_000_000 + person.number * 7:08d}", f"{person.number * 1_009 + 1_000_000:012d}"
