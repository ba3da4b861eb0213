# ruff: noqa: E501 - the division table keeps one division per line
"""The SBI 2008 reference shipped with the portal: sectors (Bijlage 1 of the monitor report),
sections, divisions with their default economic base, and the park's key positions.

Sectors follow Bijlage 1 of *Economische betekenis Kennispark* (Kennispunt Twente) exactly: a sector per
section, with the division overrides the annex lists for G (45, 47 consumer services; 46 logistics and
wholesale), H (all logistics), I (consumer services), R (consumer services), S (94 government; 95, 96 consumer
services), O (84 government), A, T and U (other) and the pseudo-division 00 "(Nog) onbekend" (other).

SBI has no section for division 00, but every division needs one here, so 00 sits in the pseudo-section "X"
("(Nog) onbekend / geen bedrijfsactiviteiten").

The economic base per division (Bijlage 2 of the report is an image that did not survive) is a documented
default, editable by editors in the admin. It follows the report's definition (§2.2: *stuwend* sells most of
its products or services outside the region, *verzorgend* serves the firms and population of the region) and
the usual Dutch regional-economics convention:

- stuwend: agriculture, forestry, fishing (A); mining (B); manufacturing (C); energy (D 35); waste recycling
  (38); wholesale (46); freight transport, shipping, aviation, storage (49–52); accommodation (55, visitors
  from outside bring income); information and communication (J 58–63); banks, insurers (64, 65); head offices,
  consultancy, engineering, R&D, marketing, other professional services (70–74); office support and call
  centres (82, they serve national clients); extraterritorial organisations (99).
- verzorgend: water and sewage, remediation (36, 37, 39); construction (F); car trade and repair (45); retail
  (47); post and couriers (53); restaurants and bars (56); financial intermediaries (66); real estate (68);
  legal and accounting (69) and vets (75), which serve local clients; rental, employment agencies, travel
  agencies, security, facility services (77–81); public administration (84); ALL of education (85, including
  the university: the report says so explicitly in §2.2); health and social care (86–88); culture, sport and
  recreation (90–93); membership organisations and personal services (94–96); households (97, 98); unknown (00).

This default is consistent with the report's Tabel 4/5: education (the university) makes the UT Campus
mostly verzorgend in jobs, Twente Village (sport, recreation, hospitality) mostly verzorgend in establishments,
and the B&S-park (ICT, engineering, R&D, consultancy) mostly stuwend.
"""

STUWEND = "stuwend"
VERZORGEND = "verzorgend"

SECTORS: list[dict] = [
    {"slug": "industrie", "name_nl": "Industrie", "name_en": "Industry"},
    {"slug": "bouw", "name_nl": "Bouw", "name_en": "Construction"},
    {"slug": "consumentendiensten", "name_nl": "Consumentendiensten", "name_en": "Consumer services"},
    {"slug": "logistiek-en-groothandel", "name_nl": "Logistiek en groothandel", "name_en": "Logistics and wholesale"},
    {"slug": "zakelijke-diensten", "name_nl": "Zakelijke diensten", "name_en": "Business services"},
    {"slug": "financiele-diensten", "name_nl": "Financiële diensten", "name_en": "Financial services"},
    {"slug": "overheid", "name_nl": "Overheid", "name_en": "Government"},
    {"slug": "onderwijs", "name_nl": "Onderwijs", "name_en": "Education"},
    {"slug": "zorg", "name_nl": "Zorg", "name_en": "Health care"},
    {"slug": "overig", "name_nl": "Overig", "name_en": "Other"},
]

SECTIONS: list[dict] = [
    {"code": "A", "name_nl": "Landbouw, bosbouw en visserij", "name_en": "Agriculture, forestry and fishing"},
    {"code": "B", "name_nl": "Delfstoffenwinning", "name_en": "Mining and quarrying"},
    {"code": "C", "name_nl": "Industrie", "name_en": "Manufacturing"},
    {
        "code": "D",
        "name_nl": "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht",
        "name_en": "Electricity, gas, steam and air conditioning supply",
    },
    {
        "code": "E",
        "name_nl": "Winning en distributie van water; afval- en afvalwaterbeheer en sanering",
        "name_en": "Water supply; sewerage, waste management and remediation activities",
    },
    {"code": "F", "name_nl": "Bouwnijverheid", "name_en": "Construction"},
    {
        "code": "G",
        "name_nl": "Groot- en detailhandel; reparatie van auto's",
        "name_en": "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    },
    {"code": "H", "name_nl": "Vervoer en opslag", "name_en": "Transportation and storage"},
    {
        "code": "I",
        "name_nl": "Logies-, maaltijd- en drankverstrekking",
        "name_en": "Accommodation and food service activities",
    },
    {"code": "J", "name_nl": "Informatie en communicatie", "name_en": "Information and communication"},
    {"code": "K", "name_nl": "Financiële instellingen", "name_en": "Financial and insurance activities"},
    {"code": "L", "name_nl": "Verhuur van en handel in onroerend goed", "name_en": "Real estate activities"},
    {
        "code": "M",
        "name_nl": "Advisering, onderzoek en overige specialistische zakelijke dienstverlening",
        "name_en": "Professional, scientific and technical activities",
    },
    {
        "code": "N",
        "name_nl": "Verhuur van roerende goederen en overige zakelijke dienstverlening",
        "name_en": "Administrative and support service activities",
    },
    {
        "code": "O",
        "name_nl": "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen",
        "name_en": "Public administration and defence; compulsory social security",
    },
    {"code": "P", "name_nl": "Onderwijs", "name_en": "Education"},
    {"code": "Q", "name_nl": "Gezondheids- en welzijnszorg", "name_en": "Human health and social work activities"},
    {"code": "R", "name_nl": "Cultuur, sport en recreatie", "name_en": "Arts, entertainment and recreation"},
    {"code": "S", "name_nl": "Overige dienstverlening", "name_en": "Other service activities"},
    {
        "code": "T",
        "name_nl": "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door "
        "huishoudens voor eigen gebruik",
        "name_en": "Activities of households as employers; undifferentiated goods- and services-producing "
        "activities of households for own use",
    },
    {
        "code": "U",
        "name_nl": "Extraterritoriale organisaties en lichamen",
        "name_en": "Activities of extraterritorial organisations and bodies",
    },
    # Not an SBI section: holds division 00, which Bijlage 1 lists but SBI 2008 puts under no section.
    {
        "code": "X",
        "name_nl": "(Nog) onbekend / geen bedrijfsactiviteiten",
        "name_en": "(Still) unknown / no business activities",
    },
]

# Section -> sector, per Bijlage 1; DIVISION_SECTOR_OVERRIDES holds the divisions the annex lists one by one.
SECTION_SECTOR = {
    "A": "overig",
    "B": "industrie",
    "C": "industrie",
    "D": "industrie",
    "E": "industrie",
    "F": "bouw",
    "G": "consumentendiensten",
    "H": "logistiek-en-groothandel",
    "I": "consumentendiensten",
    "J": "zakelijke-diensten",
    "K": "financiele-diensten",
    "L": "zakelijke-diensten",
    "M": "zakelijke-diensten",
    "N": "zakelijke-diensten",
    "O": "overheid",
    "P": "onderwijs",
    "Q": "zorg",
    "R": "consumentendiensten",
    "S": "consumentendiensten",
    "T": "overig",
    "U": "overig",
    "X": "overig",
}
DIVISION_SECTOR_OVERRIDES = {"46": "logistiek-en-groothandel", "94": "overheid"}

# code | section | default base | name (Dutch) | name (English)
_DIVISION_TABLE = """
00 | X | verzorgend | (Nog) onbekend / geen bedrijfsactiviteiten | (Still) unknown / no business activities
01 | A | stuwend    | Landbouw, jacht en dienstverlening voor de landbouw en jacht | Crop and animal production, hunting and related service activities
02 | A | stuwend    | Bosbouw, exploitatie van bossen en dienstverlening voor de bosbouw | Forestry and logging
03 | A | stuwend    | Visserij en kweken van vis en schaaldieren | Fishing and aquaculture
05 | B | stuwend    | Winning van steenkool en bruinkool | Mining of coal and lignite
06 | B | stuwend    | Winning van aardolie en aardgas | Extraction of crude petroleum and natural gas
07 | B | stuwend    | Winning van metaalertsen | Mining of metal ores
08 | B | stuwend    | Winning van delfstoffen (geen olie en gas) | Other mining and quarrying
09 | B | stuwend    | Dienstverlening voor de delfstoffenwinning | Mining support service activities
10 | C | stuwend    | Vervaardiging van voedingsmiddelen | Manufacture of food products
11 | C | stuwend    | Vervaardiging van dranken | Manufacture of beverages
12 | C | stuwend    | Vervaardiging van tabaksproducten | Manufacture of tobacco products
13 | C | stuwend    | Vervaardiging van textiel | Manufacture of textiles
14 | C | stuwend    | Vervaardiging van kleding | Manufacture of wearing apparel
15 | C | stuwend    | Vervaardiging van leer, lederwaren en schoenen | Manufacture of leather and related products
16 | C | stuwend    | Houtindustrie en vervaardiging van artikelen van hout, kurk, riet en vlechtwerk (geen meubels) | Manufacture of wood and of products of wood and cork, except furniture
17 | C | stuwend    | Vervaardiging van papier, karton en papier- en kartonwaren | Manufacture of paper and paper products
18 | C | stuwend    | Drukkerijen, reproductie van opgenomen media | Printing and reproduction of recorded media
19 | C | stuwend    | Vervaardiging van cokesovenproducten en aardolieverwerking | Manufacture of coke and refined petroleum products
20 | C | stuwend    | Vervaardiging van chemische producten | Manufacture of chemicals and chemical products
21 | C | stuwend    | Vervaardiging van farmaceutische grondstoffen en producten | Manufacture of basic pharmaceutical products and pharmaceutical preparations
22 | C | stuwend    | Vervaardiging van producten van rubber en kunststof | Manufacture of rubber and plastic products
23 | C | stuwend    | Vervaardiging van overige niet-metaalhoudende minerale producten | Manufacture of other non-metallic mineral products
24 | C | stuwend    | Vervaardiging van metalen in primaire vorm | Manufacture of basic metals
25 | C | stuwend    | Vervaardiging van producten van metaal (geen machines en apparaten) | Manufacture of fabricated metal products, except machinery and equipment
26 | C | stuwend    | Vervaardiging van computers en van elektronische en optische apparatuur | Manufacture of computer, electronic and optical products
27 | C | stuwend    | Vervaardiging van elektrische apparatuur | Manufacture of electrical equipment
28 | C | stuwend    | Vervaardiging van overige machines en apparaten | Manufacture of machinery and equipment n.e.c.
29 | C | stuwend    | Vervaardiging van auto's, aanhangwagens en opleggers | Manufacture of motor vehicles, trailers and semi-trailers
30 | C | stuwend    | Vervaardiging van overige transportmiddelen | Manufacture of other transport equipment
31 | C | stuwend    | Vervaardiging van meubels | Manufacture of furniture
32 | C | stuwend    | Vervaardiging van overige goederen | Other manufacturing
33 | C | stuwend    | Reparatie en installatie van machines en apparaten | Repair and installation of machinery and equipment
35 | D | stuwend    | Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht | Electricity, gas, steam and air conditioning supply
36 | E | verzorgend | Winning en distributie van water | Water collection, treatment and supply
37 | E | verzorgend | Afvalwaterinzameling en -behandeling | Sewerage
38 | E | stuwend    | Afvalinzameling en -behandeling; voorbereiding tot recycling | Waste collection, treatment and disposal activities; materials recovery
39 | E | verzorgend | Sanering en overig afvalbeheer | Remediation activities and other waste management services
41 | F | verzorgend | Algemene burgerlijke en utiliteitsbouw en projectontwikkeling | Construction of buildings
42 | F | verzorgend | Grond-, water- en wegenbouw (geen grondverzet) | Civil engineering
43 | F | verzorgend | Gespecialiseerde werkzaamheden in de bouw | Specialised construction activities
45 | G | verzorgend | Handel in en reparatie van auto's, motorfietsen en aanhangers | Wholesale and retail trade and repair of motor vehicles and motorcycles
46 | G | stuwend    | Groothandel en handelsbemiddeling (niet in auto's en motorfietsen) | Wholesale trade, except of motor vehicles and motorcycles
47 | G | verzorgend | Detailhandel (niet in auto's) | Retail trade, except of motor vehicles and motorcycles
49 | H | stuwend    | Vervoer over land | Land transport and transport via pipelines
50 | H | stuwend    | Vervoer over water | Water transport
51 | H | stuwend    | Vervoer door de lucht | Air transport
52 | H | stuwend    | Opslag en dienstverlening voor vervoer | Warehousing and support activities for transportation
53 | H | verzorgend | Post en koeriers | Postal and courier activities
55 | I | stuwend    | Logiesverstrekking | Accommodation
56 | I | verzorgend | Eet- en drinkgelegenheden | Food and beverage service activities
58 | J | stuwend    | Uitgeverijen | Publishing activities
59 | J | stuwend    | Productie en distributie van films en televisieprogramma's; maken en uitgeven van geluidsopnamen | Motion picture, video and television programme production, sound recording and music publishing activities
60 | J | stuwend    | Verzorgen en uitzenden van radio- en televisieprogramma's | Programming and broadcasting activities
61 | J | stuwend    | Telecommunicatie | Telecommunications
62 | J | stuwend    | Dienstverlenende activiteiten op het gebied van informatietechnologie | Computer programming, consultancy and related activities
63 | J | stuwend    | Dienstverlenende activiteiten op het gebied van informatie | Information service activities
64 | K | stuwend    | Financiële instellingen (geen verzekeringen en pensioenfondsen) | Financial service activities, except insurance and pension funding
65 | K | stuwend    | Verzekeringen en pensioenfondsen (geen verplichte sociale verzekeringen) | Insurance, reinsurance and pension funding, except compulsory social security
66 | K | verzorgend | Overige financiële dienstverlening | Activities auxiliary to financial services and insurance activities
68 | L | verzorgend | Verhuur van en handel in onroerend goed | Real estate activities
69 | M | verzorgend | Rechtskundige dienstverlening, accountancy, belastingadvisering en administratie | Legal and accounting activities
70 | M | stuwend    | Holdings (geen financiële), concerndiensten binnen eigen concern en managementadvisering | Activities of head offices; management consultancy activities
71 | M | stuwend    | Architecten, ingenieurs en technisch ontwerp en advies; keuring en controle | Architectural and engineering activities; technical testing and analysis
72 | M | stuwend    | Speur- en ontwikkelingswerk | Scientific research and development
73 | M | stuwend    | Reclamewezen en marktonderzoek | Advertising and market research
74 | M | stuwend    | Industrieel ontwerp en vormgeving, fotografie, vertaling en overige consultancy | Other professional, scientific and technical activities
75 | M | verzorgend | Veterinaire dienstverlening | Veterinary activities
77 | N | verzorgend | Verhuur van roerende goederen | Rental and leasing activities
78 | N | verzorgend | Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer | Employment activities
79 | N | verzorgend | Reisbemiddeling, reisorganisatie, toeristische informatie en reserveringsbureaus | Travel agency, tour operator reservation service and related activities
80 | N | verzorgend | Beveiliging en opsporing | Security and investigation activities
81 | N | verzorgend | Facility management, reiniging en landschapsverzorging | Services to buildings and landscape activities
82 | N | stuwend    | Overige zakelijke dienstverlening | Office administrative, office support and other business support activities
84 | O | verzorgend | Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen | Public administration and defence; compulsory social security
85 | P | verzorgend | Onderwijs | Education
86 | Q | verzorgend | Gezondheidszorg | Human health activities
87 | Q | verzorgend | Huisvesting met zorg en overige zorg met verblijf | Residential care activities
88 | Q | verzorgend | Maatschappelijke dienstverlening zonder overnachting | Social work activities without accommodation
90 | R | verzorgend | Kunst | Creative, arts and entertainment activities
91 | R | verzorgend | Culturele uitleencentra, openbare archieven, musea, dieren- en plantentuinen, natuurbehoud | Libraries, archives, museums and other cultural activities
92 | R | verzorgend | Loterijen en kansspelen | Gambling and betting activities
93 | R | verzorgend | Sport en recreatie | Sports activities and amusement and recreation activities
94 | S | verzorgend | Levensbeschouwelijke en politieke organisaties, belangen- en ideële organisaties, hobbyclubs | Activities of membership organisations
95 | S | verzorgend | Reparatie van computers en consumentenartikelen | Repair of computers and personal and household goods
96 | S | verzorgend | Wellness en overige dienstverlening; uitvaartbranche | Other personal service activities
97 | T | verzorgend | Huishoudens als werkgever van huishoudelijk personeel | Activities of households as employers of domestic personnel
98 | T | verzorgend | Niet-gespecificeerde productie van goederen en diensten door particuliere huishoudens voor eigen gebruik | Undifferentiated goods- and services-producing activities of private households for own use
99 | U | stuwend    | Extraterritoriale organisaties en lichamen | Activities of extraterritorial organisations and bodies
"""


def _parse_divisions(table: str) -> list[dict]:
    """Turn the division table into dicts with the sector that Bijlage 1 gives each division."""
    divisions = []
    for line in table.strip().splitlines():
        code, section, base, name_nl, name_en = (field.strip() for field in line.split("|"))
        sector = DIVISION_SECTOR_OVERRIDES.get(code, SECTION_SECTOR[section])
        divisions.append(
            {"code": code, "section": section, "name_nl": name_nl, "name_en": name_en, "sector": sector, "base": base}
        )
    return divisions


DIVISIONS: list[dict] = _parse_divisions(_DIVISION_TABLE)

KEY_POSITIONS: list[dict] = [
    {"slug": "medtech", "name_nl": "MedTech", "name_en": "MedTech", "aliases": ""},
    {"slug": "chiptech", "name_nl": "ChipTech", "name_en": "ChipTech", "aliases": ""},
    {"slug": "materials", "name_nl": "Materialen", "name_en": "Materials", "aliases": ""},
    {"slug": "robotics", "name_nl": "Robotica", "name_en": "Robotics", "aliases": ""},
    {
        "slug": "smart-manufacturing",
        "name_nl": "Smart/Advanced Manufacturing",
        "name_en": "Smart/Advanced Manufacturing",
        "aliases": "Advanced Manufacturing|Smart Manufacturing",
    },
    {"slug": "ai-smart-it", "name_nl": "AI/Smart IT", "name_en": "AI/Smart IT", "aliases": "Smart IT"},
]


def load_reference(apps) -> None:
    """Create or update the reference rows; callable from a data migration with historical models."""
    sector_model = apps.get_model("establishments", "Sector")
    section_model = apps.get_model("establishments", "SbiSection")
    division_model = apps.get_model("establishments", "SbiDivision")
    key_position_model = apps.get_model("establishments", "KeyPosition")
    for position, sector in enumerate(SECTORS):
        sector_model.objects.update_or_create(slug=sector["slug"], defaults={**sector, "position": position})
    for section in SECTIONS:
        section_model.objects.update_or_create(code=section["code"], defaults=section)
    sectors = {sector.slug: sector for sector in sector_model.objects.all()}
    sections = {section.code: section for section in section_model.objects.all()}
    for division in DIVISIONS:
        defaults = {
            "name_nl": division["name_nl"],
            "name_en": division["name_en"],
            "base": division["base"],
            "sector": sectors[division["sector"]],
            "section": sections[division["section"]],
        }
        division_model.objects.update_or_create(code=division["code"], defaults=defaults)
    for position, key_position in enumerate(KEY_POSITIONS):
        key_position_model.objects.update_or_create(
            slug=key_position["slug"], defaults={**key_position, "position": position}
        )
