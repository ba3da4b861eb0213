"""Every number the monitor report (seed 000) and the area strategy (seed 001) publish, as data.

Each figure names the table it comes from, the year, the monitor's dimension and category, the measure and the
rounding the publication applied:

- ``exact``: counts of establishments, and the jobs of §2.3 that the report prints unrounded;
- ``tens``: jobs rounded to tens, halves up (the BIRO rule);
- ``million``: added value in whole € million;
- ``below``: the computed value is below the printed bound ("<10");
- ``pct0`` / ``pct1``: a percentage with 0 or 1 decimal.

Categories joined with ``+`` are summed (largest: the maximum): the report merges Robotica into Advanced
Manufacturing (Tabel 10 and 11 of §2.3, footnote 7), the portal keeps them apart.
Measures ending in ``_share`` are a category's percentage of the park's total in the same dimension and year;
dimension ``share`` holds the park's share of Enschede or Twente (snapshot.shares).
Where the report contradicts itself, the detailed rows are kept and the printed total is left out; every such
case is listed in docs/monitor-report.md and in CONTRADICTIONS below.
"""

from dataclasses import dataclass

YEARS = (2009, 2015, 2022, 2023)
AM = "smart-manufacturing+robotics"


@dataclass(frozen=True)
class PublishedFigure:
    table: str
    year: int
    dimension: str
    category: str
    measure: str
    value: float
    rounding: str

    def __str__(self):
        return (
            f"{self.table} {self.year} {self.dimension}={self.category} {self.measure}={self.value} ({self.rounding})"
        )


def _series(table, dimension, measure, rounding, rows, years=YEARS) -> list[PublishedFigure]:
    """Expand {category: (value per year, ...)} into figures; None means not published."""
    return [
        PublishedFigure(table, year, dimension, category, measure, value, rounding)
        for category, values in rows.items()
        for year, value in zip(years, values, strict=True)
        if value is not None
    ]


SUB_AREAS = ("Twente Village", "B&S-park", "UT Campus")

FIGURES: list[PublishedFigure] = [
    # Kerncijfers (key figures page) and Tabel 1/2 totals.
    *_series("Kerncijfers", "total", "establishments", "exact", {"Kennispark": (380, 393, 422, 464)}),
    *_series("Kerncijfers", "total", "jobs", "tens", {"Kennispark": (8960, 8860, 10410, 10880)}),
    *_series("Kerncijfers", "total", "added_value_meur", "million", {"Kennispark": (None, 629, 966, 973)}),
    *_series("Kerncijfers", "total", "added_value_meur", "million", {"Kennispark": (643, 616)}, years=(2013, 2014)),
    # Tabel 1: establishments per sub-area (the printed 2015 total, 382, contradicts its rows: left out).
    *_series(
        "Tabel 1",
        "sub_area",
        "establishments",
        "exact",
        {"Twente Village": (23, 15, 23, 26), "B&S-park": (273, 268, 279, 292), "UT Campus": (84, 110, 120, 146)},
    ),
    # Tabel 2: jobs per sub-area.
    *_series(
        "Tabel 2",
        "sub_area",
        "jobs",
        "tens",
        {
            "Twente Village": (1100, 990, 390, 420),
            "B&S-park": (4570, 4490, 5610, 5750),
            "UT Campus": (3290, 3380, 4400, 4710),
        },
    ),
    # Tabel 3 and the key figures: share of the park in Enschede and Twente.
    *_series(
        "Tabel 3",
        "share",
        "establishments_pct",
        "pct1",
        {"enschede": (3.5, 3.3, 2.9, 2.9), "twente": (0.8, 0.8, 0.7, 0.7)},
    ),
    *_series(
        "Tabel 3", "share", "jobs_pct", "pct1", {"enschede": (10.8, 10.6, 11.2, 11.4), "twente": (2.9, 2.9, 3.1, 3.1)}
    ),
    *_series(
        "Kerncijfers",
        "share",
        "added_value_pct",
        "pct1",
        {"enschede": (None, 10.9, 13.8, 13.7), "twente": (None, 3.1, 3.9, 3.9)},
    ),
    # Tabel 4 and 5: sub-area × stuwend/verzorgend (2015 base totals of Tabel 5 contradict the rows: left out).
    *_series(
        "Tabel 4",
        "sub_area_base",
        "establishments",
        "exact",
        {
            "Twente Village|stuwend": (10, 3, 6, 7),
            "Twente Village|verzorgend": (13, 12, 17, 19),
            "B&S-park|stuwend": (213, 212, 221, 228),
            "B&S-park|verzorgend": (60, 56, 58, 64),
            "UT Campus|stuwend": (55, 72, 72, 90),
            "UT Campus|verzorgend": (29, 38, 48, 56),
        },
    ),
    *_series(
        "Tabel 4",
        "base",
        "establishments",
        "exact",
        {"stuwend": (278, 287, 299, 325), "verzorgend": (102, 106, 123, 139)},
    ),
    *_series(
        "Tabel 5",
        "sub_area_base",
        "jobs",
        "tens",
        {
            "Twente Village|stuwend": (720, 570, 70, 60),
            "Twente Village|verzorgend": (390, 420, 320, 360),
            "B&S-park|stuwend": (3630, 3890, 5120, 5180),
            "B&S-park|verzorgend": (940, 600, 500, 570),
            "UT Campus|stuwend": (130, 220, 330, 400),
            "UT Campus|verzorgend": (3160, 3150, 4070, 4310),
        },
    ),
    *_series(
        "Tabel 5", "base", "jobs", "tens", {"stuwend": (4480, None, 5520, 5640), "verzorgend": (4480, None, 4890, 5240)}
    ),
    # §2.2 text: 70% of establishments and 52% of jobs are stuwend (2023).
    PublishedFigure("§2.2", 2023, "base", "stuwend", "establishments_share", 70, "pct0"),
    PublishedFigure("§2.2", 2023, "base", "stuwend", "jobs_share", 52, "pct0"),
    # Tabel 6 and 7: sectors.
    *_series(
        "Tabel 6",
        "sector",
        "establishments",
        "exact",
        {
            "industrie": (27, 32, 31, 34),
            "bouw": (3, 6, 3, 5),
            "consumentendiensten": (25, 28, 45, 52),
            "logistiek-en-groothandel": (33, 34, 23, 32),
            "zakelijke-diensten": (239, 240, 259, 277),
            "financiele-diensten": (11, 10, 9, 10),
            "overheid": (2, 3, 4, 5),
            "onderwijs": (15, 13, 18, 17),
            "zorg": (25, 26, 30, 32),
        },
    ),
    PublishedFigure("Tabel 6", 2015, "sector", "overig", "establishments", 1, "exact"),
    *_series(
        "Tabel 7",
        "sector",
        "jobs",
        "tens",
        {
            "industrie": (310, 810, 710, 780),
            "bouw": (10, 60, 10, 20),
            "consumentendiensten": (490, 530, 430, 490),
            "logistiek-en-groothandel": (310, 430, 260, 280),
            "zakelijke-diensten": (4220, 3600, 4750, 4800),
            "financiele-diensten": (190, 60, 60, 60),
            "overheid": (80, 60, 20, 20),
            "onderwijs": (3070, 3030, 3990, 4240),
            "zorg": (280, 280, 180, 200),
        },
    ),
    PublishedFigure("Tabel 7", 2015, "sector", "overig", "jobs", 10, "below"),
    # §2.2 text (2023): business services 60% of establishments, 44% of jobs; education 39% of jobs;
    # non-commercial (government, education, care) 12% / 41%; commercial services 80% / 52%.
    PublishedFigure("§2.2", 2023, "sector", "zakelijke-diensten", "establishments_share", 60, "pct0"),
    PublishedFigure("§2.2", 2023, "sector", "zakelijke-diensten", "jobs_share", 44, "pct0"),
    PublishedFigure("§2.2", 2023, "sector", "onderwijs", "jobs_share", 39, "pct0"),
    PublishedFigure("§2.2", 2023, "sector", "overheid+onderwijs+zorg", "establishments_share", 12, "pct0"),
    PublishedFigure("§2.2", 2023, "sector", "overheid+onderwijs+zorg", "jobs_share", 41, "pct0"),
    PublishedFigure(
        "§2.2",
        2023,
        "sector",
        "consumentendiensten+logistiek-en-groothandel+zakelijke-diensten+financiele-diensten",
        "establishments_share",
        80,
        "pct0",
    ),
    PublishedFigure(
        "§2.2",
        2023,
        "sector",
        "consumentendiensten+logistiek-en-groothandel+zakelijke-diensten+financiele-diensten",
        "jobs_share",
        52,
        "pct0",
    ),
    # Tabel 10 and 11 of §2.3 (size classes; the captions say "naar sector" by mistake).
    *_series(
        "Tabel 10 (grootteklasse)",
        "size_class",
        "establishments",
        "exact",
        {
            "zzp": (116, 115, 144, 183),
            "micro": (143, 153, 136, 138),
            "small": (96, 102, 104, 105),
            "medium": (21, 19, 35, 35),
            "large": (4, 4, 3, 3),
        },
    ),
    *_series(
        "Tabel 11 (grootteklasse)",
        "size_class",
        "jobs",
        "tens",
        {
            "zzp": (100, 120, 140, 180),
            "micro": (640, 660, 580, 600),
            "small": (2050, 2260, 2030, 2210),
            "medium": (1940, 1800, 3170, 3150),
            "large": (4240, 4020, 4490, 4740),
        },
    ),
    # §2.3 text: zzp 39% of establishments and 2% of jobs; large 1% of establishments and 44% of jobs (2023).
    PublishedFigure("§2.3", 2023, "size_class", "zzp", "establishments_share", 39, "pct0"),
    PublishedFigure("§2.3", 2023, "size_class", "zzp", "jobs_share", 2, "pct0"),
    PublishedFigure("§2.3", 2023, "size_class", "large", "establishments_share", 1, "pct0"),
    PublishedFigure("§2.3", 2023, "size_class", "large", "jobs_share", 44, "pct0"),
    # Tabel 10 and 11 of §2.3 Kernposities (2023).
    *_series(
        "Tabel 10 (kernposities)",
        "key_position",
        "establishments",
        "exact",
        {"medtech": (14,), "chiptech": (8,), AM: (84,), "ai-smart-it": (75,)},
        years=(2023,),
    ),
    *_series(
        "Tabel 10 (kernposities)",
        "key_position",
        "jobs",
        "tens",
        {"medtech": (130,), "chiptech": (180,), AM: (1820,), "ai-smart-it": (1100,)},
        years=(2023,),
    ),
    *_series(
        "Tabel 10 (kernposities)",
        "key_position",
        "largest_establishment_jobs",
        "exact",
        {"medtech": (80,), "chiptech": (60,), AM: (150,), "ai-smart-it": (130,)},
        years=(2023,),
    ),
    *_series(
        "Tabel 11 (kernposities)",
        "key_position_young",
        "establishments",
        "exact",
        {"medtech": (9,), "chiptech": (4,), AM: (22,), "ai-smart-it": (26,)},
        years=(2023,),
    ),
    *_series(
        "Tabel 11 (kernposities)",
        "key_position_young",
        "jobs",
        "exact",
        {"medtech": (30,), "chiptech": (24,), AM: (64,), "ai-smart-it": (130,)},
        years=(2023,),
    ),
    # §3.2: the B&S-park's share of the added value, 58% (2013) and 66% (2023).
    PublishedFigure("§3.2", 2013, "sub_area", "B&S-park", "added_value_meur_share", 58, "pct0"),
    PublishedFigure("§3.2", 2023, "sub_area", "B&S-park", "added_value_meur_share", 66, "pct0"),
    # §3.3: verzorgend €287 → €321 million, stuwend €652 million (2023) and 55% → 67% of the total.
    PublishedFigure("§3.3", 2013, "base", "verzorgend", "added_value_meur", 287, "million"),
    PublishedFigure("§3.3", 2023, "base", "verzorgend", "added_value_meur", 321, "million"),
    PublishedFigure("§3.3", 2023, "base", "stuwend", "added_value_meur", 652, "million"),
    PublishedFigure("§3.3", 2013, "base", "stuwend", "added_value_meur_share", 55, "pct0"),
    PublishedFigure("§3.3", 2023, "base", "stuwend", "added_value_meur_share", 67, "pct0"),
    # Tabel 12: added value per sector (2013, 2023).
    *_series(
        "Tabel 12",
        "sector",
        "added_value_meur",
        "million",
        {
            "industrie": (54, 115),
            "bouw": (4, 2),
            "consumentendiensten": (17, 14),
            "logistiek-en-groothandel": (47, 37),
            "zakelijke-diensten": (278, 526),
            "financiele-diensten": (7, 13),
            "overheid": (7, 2),
            "onderwijs": (217, 259),
            "zorg": (10, 7),
        },
        years=(2013, 2023),
    ),
    # Tabel 13: added value per key position (2023); Robotica has no known added value.
    *_series(
        "Tabel 13",
        "key_position",
        "added_value_meur",
        "million",
        {"medtech": (28,), "chiptech": (32,), "smart-manufacturing": (159,), "ai-smart-it": (111,)},
        years=(2023,),
    ),
    *_series(
        "Tabel 13",
        "key_position",
        "establishments",
        "exact",
        {"medtech": (14,), "chiptech": (8,), "robotics": (1,), "smart-manufacturing": (83,), "ai-smart-it": (75,)},
        years=(2023,),
    ),
    # Seed 001, the area strategy: 483 establishments and 12,730 jobs in 2024 (with the university).
    PublishedFigure("Gebiedsstrategie", 2024, "total", "Kennispark", "establishments", 483, "exact"),
    PublishedFigure("Gebiedsstrategie", 2024, "total", "Kennispark", "jobs", 12730, "tens"),
    PublishedFigure("Gebiedsstrategie", 2024, "share", "enschede", "jobs_pct", 12, "pct0"),
]

# Printed numbers that contradict the report's own rows; the test checks that the rows win.
CONTRADICTIONS = [
    PublishedFigure("Tabel 1", 2015, "total", "Kennispark", "establishments", 382, "exact"),
    PublishedFigure("Tabel 5", 2015, "base", "stuwend", "jobs", 4560, "tens"),
    PublishedFigure("Tabel 5", 2015, "base", "verzorgend", "jobs", 4270, "tens"),
]

# Growth the report prints in its text, in whole percent: (source, dimension, category, measure, from, to, %).
# Area "enschede"/"twente" means the reference totals of that area rather than the park.
GROWTH = [
    ("Kerncijfers", "total", "Kennispark", "jobs", 2009, 2023, 21),
    ("Kerncijfers", "total", "Kennispark", "added_value_meur", 2014, 2023, 58),
    ("§3.2", "total", "Kennispark", "added_value_meur", 2013, 2023, 51),
    ("§2.1", "sub_area", "UT Campus", "establishments", 2009, 2023, 74),
    ("§2.1", "total", "Kennispark", "establishments", 2009, 2023, 22),
    ("§2.1", "sub_area", "UT Campus", "jobs", 2009, 2023, 43),
    ("§3.3", "base", "verzorgend", "added_value_meur", 2013, 2023, 12),
    ("§3.3", "base", "stuwend", "added_value_meur", 2013, 2023, 83),
    ("§3.3", "sector", "zakelijke-diensten", "added_value_meur", 2013, 2023, 89),
    ("Kerncijfers", "reference", "enschede", "jobs", 2009, 2023, 15),
    ("Kerncijfers", "reference", "twente", "jobs", 2009, 2023, 13),
    ("Kerncijfers", "reference", "enschede", "added_value_meur", 2014, 2023, 24),
    ("Kerncijfers", "reference", "twente", "added_value_meur", 2014, 2023, 25),
]
