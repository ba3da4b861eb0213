"""Every number the monitor report (seed 000) and the area strategy (seed 001) publish, as data.

Each figure names the table it comes from, the year, the monitor's dimension and category, the measure and the
rounding the publication applied:

- ``exact``: counts of establishments, and the jobs of §2.3 that the report prints unrounded;
- ``tens``: jobs rounded to tens, halves up (the BIRO rule);
- ``million``: added value in whole € million;
- ``below``: the computed value is below the printed bound ("<10");
- ``pct0`` / ``pct1``: a percentage with 0 or 1 decimal;
- ``fraction_pct0``: a fraction that, as a percentage, rounds to the whole percent printed.

Categories joined with ``+`` are summed (largest: the maximum): the report merges Robotica into Advanced
Manufacturing (Tabel 10 and 11 of §2.3, footnote 7), the portal keeps them apart.
Measures ending in ``_share`` are a category's percentage of the park's total in the same dimension and year;
dimension ``share`` holds the park's share of Enschede or Twente (snapshot.shares). Measures ``*_share_enschede`` and
``*_share_twente`` are a figure row's own share of the reference total (a fraction, compared as a whole percent:
rounding ``fraction_pct0``).
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


def _regional(table, dimension, measure, rows) -> list[PublishedFigure]:
    """Expand {category: (Enschede 2009, Enschede 2023, Twente 2009, Twente 2023)} in whole percents."""
    columns = (("enschede", 2009), ("enschede", 2023), ("twente", 2009), ("twente", 2023))
    return [
        PublishedFigure(table, year, dimension, category, f"{measure}_share_{area}", value, "fraction_pct0")
        for category, values in rows.items()
        for (area, year), value in zip(columns, values, strict=True)
    ]


# Tabel 8 and 9 (§2.2 and §2.3): the park's share of Enschede's and Twente's establishments and jobs per sector and
# per size class. "Overig" (0%) is left out: the park has no establishment there in 2009 and 2023, so no row.
FIGURES += [
    *_regional(
        "Tabel 8 (sector)",
        "sector",
        "establishments",
        {
            "industrie": (5, 5, 1, 1),
            "bouw": (0, 0, 0, 0),
            "consumentendiensten": (1, 1, 0, 0),
            "logistiek-en-groothandel": (3, 3, 1, 1),
            "zakelijke-diensten": (8, 6, 2, 2),
            "financiele-diensten": (6, 7, 2, 2),
            "overheid": (3, 9, 1, 3),
            "onderwijs": (3, 2, 1, 1),
            "zorg": (2, 2, 1, 0),
        },
    ),
    *_regional(
        "Tabel 9 (sector)",
        "sector",
        "jobs",
        {
            "industrie": (3, 9, 1, 2),
            "bouw": (0, 0, 0, 0),
            "consumentendiensten": (3, 3, 1, 1),
            "logistiek-en-groothandel": (4, 3, 1, 1),
            "zakelijke-diensten": (31, 24, 11, 9),
            "financiele-diensten": (11, 4, 4, 2),
            "overheid": (2, 0, 1, 0),
            "onderwijs": (34, 38, 14, 17),
            "zorg": (2, 1, 1, 0),
        },
    ),
    *_regional("Tabel 8 (sector)", "total", "establishments", {"Kennispark": (4, 3, 1, 1)}),
    *_regional("Tabel 9 (sector)", "total", "jobs", {"Kennispark": (11, 11, 3, 3)}),
    *_regional(
        "Tabel 8 (grootteklasse)",
        "size_class",
        "establishments",
        {
            "zzp": (2, 2, 0, 0),
            "micro": (4, 4, 1, 1),
            "small": (11, 10, 3, 2),
            "medium": (11, 14, 3, 4),
            "large": (10, 8, 3, 2),
        },
    ),
    *_regional(
        "Tabel 9 (grootteklasse)",
        "size_class",
        "jobs",
        {
            "zzp": (2, 2, 0, 0),
            "micro": (5, 5, 1, 1),
            "small": (12, 11, 3, 3),
            "medium": (10, 13, 2, 3),
            "large": (16, 17, 6, 7),
        },
    ),
    # §2.2: the park holds 16% of Enschede's stuwend and 9% of its verzorgend jobs in 2023; in Twente 4% and 3%.
    PublishedFigure("§2.2", 2023, "base", "stuwend", "jobs_share_enschede", 16, "fraction_pct0"),
    PublishedFigure("§2.2", 2023, "base", "verzorgend", "jobs_share_enschede", 9, "fraction_pct0"),
    PublishedFigure("§2.2", 2023, "base", "stuwend", "jobs_share_twente", 4, "fraction_pct0"),
    PublishedFigure("§2.2", 2023, "base", "verzorgend", "jobs_share_twente", 3, "fraction_pct0"),
]

# Bijlage 4, Tabel 1 and 2: establishments and jobs per BCI cluster, in total and per sub-area ("Universiteit" is
# UT Campus). A cell without establishments has no row in the monitor, so its 0 (or empty) is left out.
BIJLAGE_4 = {
    "rd": {
        "establishments": {"Twente Village": (0, 0, 0, 0), "B&S-park": (7, 11, 14, 14), "UT Campus": (3, 5, 7, 8)},
        "jobs": {"Twente Village": (0, 0, 0, 0), "B&S-park": (110, 110, 410, 410), "UT Campus": (20, 40, 20, 20)},
        "total": ((10, 16, 21, 22), (130, 150, 430, 430)),
    },
    "high_tech_production": {
        "establishments": {"Twente Village": (0, 0, 0, 0), "B&S-park": (9, 11, 12, 15), "UT Campus": (4, 3, 5, 6)},
        "jobs": {"Twente Village": (0, 0, 0, 0), "B&S-park": (210, 350, 440, 480), "UT Campus": (10, 10, 70, 80)},
        "total": ((13, 14, 17, 21), (220, 360, 520, 570)),
    },
    "technical_services": {
        "establishments": {"Twente Village": (0, 0, 0, 0), "B&S-park": (44, 41, 37, 38), "UT Campus": (8, 12, 9, 16)},
        "jobs": {"Twente Village": (0, 0, 0, 0), "B&S-park": (680, 710, 840, 870), "UT Campus": (30, 60, 40, 60)},
        "total": ((52, 53, 46, 54), (710, 770, 880, 930)),
    },
    "ict": {
        "establishments": {"Twente Village": (0, 0, 1, 1), "B&S-park": (38, 44, 43, 45), "UT Campus": (14, 28, 22, 24)},
        "jobs": {"Twente Village": (0, 0, 0, 0), "B&S-park": (390, 670, 930, 890), "UT Campus": (20, 60, 50, 60)},
        "total": ((52, 72, 66, 70), (410, 720, 990, 950)),
    },
    "research_education": {
        "establishments": {"Twente Village": (0, 1, 1, 1), "B&S-park": (9, 4, 8, 7), "UT Campus": (5, 7, 9, 8)},
        "jobs": {
            "Twente Village": (0, 30, 40, 50),
            "B&S-park": (70, 40, 60, 70),
            "UT Campus": (3000, 2970, 3890, 4130),
        },
        "total": ((14, 12, 18, 16), (3070, 3030, 3990, 4240)),
    },
    "other": {
        "establishments": {
            "Twente Village": (23, 14, 21, 24),
            "B&S-park": (166, 157, 165, 173),
            "UT Campus": (50, 55, 68, 84),
        },
        "jobs": {
            "Twente Village": (1100, 970, 350, 370),
            "B&S-park": (3120, 2610, 2930, 3030),
            "UT Campus": (220, 240, 330, 370),
        },
        "total": ((239, 226, 254, 281), (4440, 3820, 3610, 3770)),
    },
}


def _bijlage_4() -> list[PublishedFigure]:
    figures = []
    for cluster, table in BIJLAGE_4.items():
        counts, jobs = table["total"]
        figures += _series("Bijlage 4 Tabel 1", "bci_cluster", "establishments", "exact", {cluster: counts})
        figures += _series("Bijlage 4 Tabel 2", "bci_cluster", "jobs", "tens", {cluster: jobs})
        for area, area_counts in table["establishments"].items():
            present = [count > 0 for count in area_counts]
            category = f"{area}|{cluster}"
            figures += _series(
                "Bijlage 4 Tabel 1",
                "sub_area_bci_cluster",
                "establishments",
                "exact",
                {category: tuple(count if count else None for count in area_counts)},
            )
            area_jobs = table["jobs"][area]
            figures += _series(
                "Bijlage 4 Tabel 2",
                "sub_area_bci_cluster",
                "jobs",
                "tens",
                {category: tuple(value if found else None for value, found in zip(area_jobs, present, strict=True))},
            )
    return figures


FIGURES += _bijlage_4()

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
