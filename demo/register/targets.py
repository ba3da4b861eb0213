"""The published figures the demo register is generated to reproduce (report seed 000, strategy seed 001).

Jobs are the report's values, rounded to tens; the generator aims within ±4 of each, so the unrounded demo
figures round back to the published value. Where the report contradicts itself the generator follows the
detailed rows (see docs/monitor-report.md).
"""

ANCHOR_YEARS = (2009, 2015, 2022, 2023)
FIRST_YEAR, LAST_YEAR = 2009, 2024
SUB_AREAS = ("twente_village", "bs_park", "ut_campus")
BASES = ("stuwend", "verzorgend")
SECTORS = (
    "industrie",
    "bouw",
    "consumentendiensten",
    "logistiek-en-groothandel",
    "zakelijke-diensten",
    "financiele-diensten",
    "overheid",
    "onderwijs",
    "zorg",
    "overig",
)
SIZE_CLASSES = ("zzp", "micro", "small", "medium", "large")


def _by_year(rows: dict[str, tuple]) -> dict[int, dict[str, int]]:
    return {year: {key: values[i] for key, values in rows.items()} for i, year in enumerate(ANCHOR_YEARS)}


# Tabel 4: establishments per sub-area × base.
ROW_COUNTS = _by_year(
    {
        "twente_village|stuwend": (10, 3, 6, 7),
        "twente_village|verzorgend": (13, 12, 17, 19),
        "bs_park|stuwend": (213, 212, 221, 228),
        "bs_park|verzorgend": (60, 56, 58, 64),
        "ut_campus|stuwend": (55, 72, 72, 90),
        "ut_campus|verzorgend": (29, 38, 48, 56),
    }
)
# Tabel 5: jobs per sub-area × base.
ROW_JOBS = _by_year(
    {
        "twente_village|stuwend": (720, 570, 70, 60),
        "twente_village|verzorgend": (390, 420, 320, 360),
        "bs_park|stuwend": (3630, 3890, 5120, 5180),
        "bs_park|verzorgend": (940, 600, 500, 570),
        "ut_campus|stuwend": (130, 220, 330, 400),
        "ut_campus|verzorgend": (3160, 3150, 4070, 4310),
    }
)
# Tabel 2: jobs per sub-area.
SUB_AREA_JOBS = _by_year(
    {
        "twente_village": (1100, 990, 390, 420),
        "bs_park": (4570, 4490, 5610, 5750),
        "ut_campus": (3290, 3380, 4400, 4710),
    }
)
# Tabel 5 totals; the 2015 totals (4,560 / 4,270) contradict the rows and are left out.
BASE_JOBS = {
    2009: {"stuwend": 4480, "verzorgend": 4480},
    2022: {"stuwend": 5520, "verzorgend": 4890},
    2023: {"stuwend": 5640, "verzorgend": 5240},
}
# Tabel 6 and 7: establishments and jobs per sector.
SECTOR_COUNTS = _by_year(
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
        "overig": (0, 1, 0, 0),
    }
)
SECTOR_JOBS = _by_year(
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
        "overig": (0, 0, 0, 0),  # "<10" in 2015
    }
)
# Tabel 10 and 11 (§2.3 size classes).
SIZE_COUNTS = _by_year(
    {
        "zzp": (116, 115, 144, 183),
        "micro": (143, 153, 136, 138),
        "small": (96, 102, 104, 105),
        "medium": (21, 19, 35, 35),
        "large": (4, 4, 3, 3),
    }
)
SIZE_JOBS = _by_year(
    {
        "zzp": (100, 120, 140, 180),
        "micro": (640, 660, 580, 600),
        "small": (2050, 2260, 2030, 2210),
        "medium": (1940, 1800, 3170, 3150),
        "large": (4240, 4020, 4490, 4740),
    }
)
TOTAL_COUNTS = {2009: 380, 2015: 393, 2022: 422, 2023: 464, 2024: 483}
TOTAL_JOBS = {2009: 8960, 2015: 8860, 2022: 10410, 2023: 10880, 2024: 12730}
ZERO_JOB_ESTABLISHMENTS_2009 = 20  # Tabel 10 footnote: 20 establishments "geen WP" counted as zzp

# §2.3 Tabel 10 and 11 (2023): establishments, jobs, jobs at the largest, young (≤ 5 years) establishments and
# their jobs. Advanced Manufacturing includes Robotica (footnote 7); Tabel 13 splits them 83 + 1.
KEY_POSITIONS_2023 = {
    "medtech": {"count": 14, "jobs": 130, "largest": 80, "young": 9, "young_jobs": 30, "added_value": 28},
    "chiptech": {"count": 8, "jobs": 180, "largest": 60, "young": 4, "young_jobs": 24, "added_value": 32},
    "smart-manufacturing": {
        "count": 84,
        "jobs": 1820,
        "largest": 150,
        "young": 22,
        "young_jobs": 64,
        "added_value": 159,
    },
    "ai-smart-it": {"count": 75, "jobs": 1100, "largest": 130, "young": 26, "young_jobs": 130, "added_value": 111},
}
ROBOTICS_2023 = 1  # Tabel 13: Robotica, 1 establishment, no added value known

# Added value, € million at constant 2021 prices: totals (kerncijfers, §3.2), Tabel 12 per sector (2013, 2023),
# the stuwend/verzorgend split of §3.3 and the B&S-park share of §3.2.
ADDED_VALUE_TOTALS = {2013: 643, 2014: 616, 2015: 629, 2022: 966, 2023: 973}
# The years between are not published: a smooth path chosen for the demo.
ADDED_VALUE_PATH = {2016: 655, 2017: 690, 2018: 728, 2019: 770, 2020: 812, 2021: 880, 2024: 1105}
ADDED_VALUE_SECTORS = {
    2013: {
        "industrie": 54,
        "bouw": 4,
        "consumentendiensten": 17,
        "logistiek-en-groothandel": 47,
        "zakelijke-diensten": 278,
        "financiele-diensten": 7,
        "overheid": 7,
        "onderwijs": 217,
        "zorg": 10,
        "overig": 0,
    },
    2023: {
        "industrie": 115,
        "bouw": 2,
        "consumentendiensten": 14,
        "logistiek-en-groothandel": 37,
        "zakelijke-diensten": 526,
        "financiele-diensten": 13,
        "overheid": 2,
        "onderwijs": 259,
        "zorg": 7,
        "overig": 0,
    },
}
ADDED_VALUE_VERZORGEND = {2013: 287, 2023: 321}  # stuwend is the rest: 356 (2013, "+83%") and 652 (2023)
ADDED_VALUE_BS_PARK_SHARE = {2013: 0.58, 2023: 0.66}

# Seed 001: 483 establishments and 12,730 jobs in 2024 (with the university, 4,177 employees at 31-12-2024);
# 180 of them knowledge-intensive (37%).
UNIVERSITY_JOBS_2024 = 4177
KNOWLEDGE_INTENSIVE_2024 = 180

# Bijlage 4, Tabel 1 and 2: establishments and jobs per BCI cluster and sub-area (the report's "Universiteit" is
# UT Campus; an empty Twente Village row is 0).
BCI_CLUSTERS = ("rd", "high_tech_production", "technical_services", "ict", "research_education", "other")
BCI_COUNTS = {
    "twente_village": _by_year(
        {
            "rd": (0, 0, 0, 0),
            "high_tech_production": (0, 0, 0, 0),
            "technical_services": (0, 0, 0, 0),
            "ict": (0, 0, 1, 1),
            "research_education": (0, 1, 1, 1),
            "other": (23, 14, 21, 24),
        }
    ),
    "bs_park": _by_year(
        {
            "rd": (7, 11, 14, 14),
            "high_tech_production": (9, 11, 12, 15),
            "technical_services": (44, 41, 37, 38),
            "ict": (38, 44, 43, 45),
            "research_education": (9, 4, 8, 7),
            "other": (166, 157, 165, 173),
        }
    ),
    "ut_campus": _by_year(
        {
            "rd": (3, 5, 7, 8),
            "high_tech_production": (4, 3, 5, 6),
            "technical_services": (8, 12, 9, 16),
            "ict": (14, 28, 22, 24),
            "research_education": (5, 7, 9, 8),
            "other": (50, 55, 68, 84),
        }
    ),
}
BCI_JOBS = {
    "twente_village": _by_year(
        {
            "rd": (0, 0, 0, 0),
            "high_tech_production": (0, 0, 0, 0),
            "technical_services": (0, 0, 0, 0),
            "ict": (0, 0, 0, 0),
            "research_education": (0, 30, 40, 50),
            "other": (1100, 970, 350, 370),
        }
    ),
    "bs_park": _by_year(
        {
            "rd": (110, 110, 410, 410),
            "high_tech_production": (210, 350, 440, 480),
            "technical_services": (680, 710, 840, 870),
            "ict": (390, 670, 930, 890),
            "research_education": (70, 40, 60, 70),
            "other": (3120, 2610, 2930, 3030),
        }
    ),
    "ut_campus": _by_year(
        {
            "rd": (20, 40, 20, 20),
            "high_tech_production": (10, 10, 70, 80),
            "technical_services": (30, 60, 40, 60),
            "ict": (20, 60, 50, 60),
            "research_education": (3000, 2970, 3890, 4130),
            "other": (220, 240, 330, 370),
        }
    ),
}
# Bijlage 4's totals per cluster (the counts are the sums of the sub-areas; the jobs are rounded on their own).
BCI_TOTAL_JOBS = _by_year(
    {
        "rd": (130, 150, 430, 430),
        "high_tech_production": (220, 360, 520, 570),
        "technical_services": (710, 770, 880, 930),
        "ict": (410, 720, 990, 950),
        "research_education": (3070, 3030, 3990, 4240),
        "other": (4440, 3820, 3610, 3770),
    }
)
