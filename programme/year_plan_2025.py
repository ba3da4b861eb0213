"""The key projects of the Jaarplan 2025 Kennispark Twente (5 November 2024), as the year plan states them.

Planning in quarters (YYYYQ): "2025" is Q1–Q4 2025, "continu" the whole year, "start bouw 2025, oplevering 2026"
Q1 2025–Q4 2026. The wording of the plan's planning is kept in `planning`.
"""

GEBIEDSORGANISATIE = "Gebiedsorganisatie Kennispark Twente"
GEMEENTE = "Gemeente Enschede"
ONDERNEMERS = "Kennispark Ondernemers"

YEAR_PLAN = {
    "year": 2025,
    "title_nl": "Jaarplan 2025 Kennispark Twente",
    "title_en": "Kennispark Twente year plan 2025",
}

THEMES = [
    (1, "Toevoegen Innovatiedistrict Hengelosestraat", "Adding the Hengelosestraat innovation district"),
    (2, "Transformatie bestaand B&S-terrein", "Transforming the existing Business & Science Park"),
    (3, "Versterken profiel Kennispark", "Strengthening the profile of Kennispark"),
    (4, "Versterken samenwerking", "Strengthening cooperation"),
]

# (slug, Dutch, English, Dutch description, English description): the three lines that start in 2025 (project 16),
# carrying the strategy's economic, physical and social pillars.
LINES = [
    ("gebiedsstrategie-acquisitie", "Gebiedsstrategie & Acquisitie", "Area strategy & Acquisition",
     "De economische pijler: profiel, vestigingsbeleid, acquisitie, clusters en samenwerking.",
     "The economic pillar: profile, settlement policy, acquisition, clusters and cooperation."),
    ("fysieke-gebiedsontwikkeling", "Fysieke Gebiedsontwikkeling", "Physical area development",
     "De fysieke pijler: het Innovatiedistrict, de transformatie van het B&S-park, duurzaamheid en openbare ruimte.",
     "The physical pillar: the innovation district, transforming the park, sustainability and public space."),
    ("talent-ontmoeting", "Talent & Ontmoeting", "Talent & Meeting",
     "De sociale pijler: community, ontmoeting, talent aantrekken en behouden.",
     "The social pillar: community, meeting each other, attracting and keeping talent."),
]  # fmt: skip

ECONOMISCH, FYSIEK, SOCIAAL = (line[0] for line in LINES)


def _project(number, theme, line, lead, name_nl, name_en, start, end, planning, description_nl, description_en,
             milestones=(), targets=(), sub_projects=(), public=True):  # fmt: skip
    return {
        "number": number, "theme": theme, "line": line, "lead": lead, "name_nl": name_nl, "name_en": name_en,
        "start": start, "end": end, "planning": planning, "description_nl": description_nl,
        "description_en": description_en, "milestones": list(milestones), "targets": list(targets),
        "sub_projects": list(sub_projects), "public": public,
    }  # fmt: skip


def _sub(sub_number, lead, name_nl, name_en, start, end, planning, milestones=()):
    return {
        "sub_number": sub_number, "lead": lead, "name_nl": name_nl, "name_en": name_en, "start": start, "end": end,
        "planning": planning, "milestones": list(milestones),
    }  # fmt: skip


# Milestones: (planned quarter, Dutch title, English title).
PROJECTS = [
    _project(1, 1, FYSIEK, "ASR Dutch Science Park Fund", "Next Twente", "Next Twente", 20251, 20264,
             "Start bouw 2025, oplevering 2026",
             "Multi-tenantgebouw met gedeelde voorzieningen voor het hele gebied; de business case wordt opnieuw "
             "beoordeeld en er wordt een oplossing gezocht voor de netcongestie.",
             "A multi-tenant building with shared facilities for the whole area; the business case is being "
             "reassessed and a solution for grid congestion is sought.",
             [(20252, "Business case herijkt", "Business case reassessed"),
              (20254, "Start bouw", "Construction starts"),
              (20264, "Oplevering", "Completion")], ["jobs", "establishments", "knowledge_intensive"]),
    _project(2, 1, FYSIEK, "Domijn / De Veste", "Woongebouw", "Residential building", 20251, 20264,
             "Start bouw 2025, oplevering 2026",
             "187 woningen op het Business & Sciencepark voor (young) professionals, promovendi en medewerkers van "
             "Kennisparkbedrijven; hangt samen met het parkeergebouw.",
             "187 homes on the Business & Science Park for (young) professionals, PhD candidates and employees of "
             "Kennispark companies; linked to the parking garage.",
             [(20252, "Vergunning verleend", "Permit granted"), (20253, "Start bouw", "Construction starts"),
              (20264, "Oplevering", "Completion")], ["jobs"]),
    _project(3, 1, FYSIEK, GEMEENTE, "Parkeergebouw", "Parking garage", 20251, 20264,
             "Start bouw 2026, oplevering 2026",
             "Business case en ontwerp voor een parkeergebouw aan de Hengelosestraat, op te leveren tegelijk met het "
             "woongebouw.",
             "Business case and design of a parking garage on the Hengelosestraat, completed together with the "
             "residential building.",
             [(20251, "Besluit gemeenteraad", "City council decision"), (20261, "Start bouw", "Construction starts"),
              (20264, "Oplevering", "Completion")]),
    _project(4, 1, FYSIEK, GEMEENTE, "Inrichting openbare ruimte", "Public space design", 20251, 20264,
             "Ontwerp 2025, realisatie in fasen vanaf 2026",
             "Ontwerp voor de openbare ruimte van het Innovatiedistrict, afgestemd met de aangrenzende "
             "vastgoedeigenaren.",
             "Design of the innovation district's public space, agreed with the neighbouring property owners.",
             [(20254, "Ontwerp openbare ruimte gereed", "Public space design ready"),
              (20261, "Start realisatie eerste fase", "First phase starts")]),
    _project(5, 1, FYSIEK, GEBIEDSORGANISATIE, "Visie op invulling plinten Next Twente, woongebouw en parkeergarage",
             "Vision on the ground floors of Next Twente, residential building and parking garage", 20251, 20252,
             "Visie ontwikkelen met ASR, Domijn/De Veste en gemeente: Q2 2025",
             "Een totaalvisie op de plintfuncties in de nieuwe gebouwen, samen met de gebruikers in het gebied.",
             "An overall vision of the ground-floor functions of the new buildings, with the area's users.",
             [(20252, "Visie plinten vastgesteld", "Ground-floor vision adopted")]),
    _project(6, 2, FYSIEK, GEMEENTE, "Netcongestie", "Grid congestion", 20251, 20254, "2025 continu proces",
             "De werkgroep Netcongestie Kennispark deelt kennis over de problematiek en zoekt gezamenlijk naar "
             "oplossingen.",
             "The Kennispark grid congestion working group shares knowledge and looks for solutions together.",
             [(20252, "Werkgroep: gezamenlijke aanpak", "Working group: joint approach")],
             sub_projects=[_sub(1, GEBIEDSORGANISATIE, "Regio Deal opslag duurzame elektriciteit",
                                "Region Deal storage of renewable electricity", 20251, 20254, "2025",
                                [(20253, "Locatie opslag gekozen", "Storage site chosen")])]),
    _project(7, 2, FYSIEK, GEMEENTE, "Warmtenet", "Heat network", 20251, 20254,
             "Intentieverklaring warmtenet afronden in 2025",
             "Een intentieverklaring die in beeld brengt hoe de warmtevoorziening op Kennispark in de toekomst "
             "georganiseerd kan worden.",
             "A declaration of intent on how the heat supply of Kennispark can be organised in the future.",
             [(20254, "Intentieverklaring warmtenet getekend", "Heat network declaration signed")]),
    _project(8, 2, FYSIEK, GEBIEDSORGANISATIE, "Lopende duurzaamheidsprojecten", "Ongoing sustainability projects",
             20251, 20264, "2025 – 2026",
             "Vier lopende duurzaamheidsprojecten, elk met een eigen trekker.",
             "Four ongoing sustainability projects, each with its own lead.",
             sub_projects=[
                 _sub(1, GEMEENTE, "Realisatie zonneveld Twente Village", "Solar field Twente Village", 20251, 20264,
                      "2025 - 2026", [(20264, "Zonneveld in gebruik", "Solar field in use")]),
                 _sub(2, GEBIEDSORGANISATIE, "Regio Deal project Solar Parking op private parkeerterreinen",
                      "Region Deal Solar Parking on private car parks", 20251, 20254, "2025",
                      [(20254, "Eerste solar carports geplaatst", "First solar carports installed")]),
                 _sub(3, ONDERNEMERS, "Planten van een zonneboom", "Planting a solar tree", 20251, 20254, "2025",
                      [(20253, "Zonneboom geplaatst", "Solar tree installed")]),
                 _sub(4, GEMEENTE, "Certificering BREEAM 3 sterren Gebied", "BREEAM Area 3-star certification",
                      20251, 20251, "Begin 2025",
                      [(20251, "BREEAM-certificaat behaald", "BREEAM certificate obtained")]),
             ]),
    _project(9, 2, FYSIEK, "Stichting MedTech Factory", "Realisatie MedTech Factory", "MedTech Factory", 20251, 20264,
             "Realisatie 2026",
             "Gedeelde faciliteiten in de vorm van microbiologische laboratoria (ML-1); in 2025 volgt uitsluitsel "
             "over de financiële haalbaarheid.",
             "Shared facilities in the form of microbiological laboratories (ML-1); the financial feasibility is "
             "decided in 2025.",
             [(20252, "Uitsluitsel financiële haalbaarheid", "Financial feasibility decided"),
              (20254, "Start realisatie", "Construction starts")], ["startups", "knowledge_intensive"]),
    _project(10, 2, FYSIEK, GEMEENTE, "Planvorming tweede slimme verbinding Twekkelerveld – O&O-plein UT",
             "Planning a second smart link Twekkelerveld – UT research and education square", 20251, 20254,
             "Bepalen haalbaarheid investeringsplan in 2025",
             "Een verbinding voor langzaam verkeer tussen Twekkelerveld en het hart van de UT-campus; de gemeente "
             "gaat de haalbaarheid van het investeringsplan na.",
             "A walking and cycling link between Twekkelerveld and the heart of the UT campus; the municipality "
             "assesses the investment plan's feasibility.",
             [(20254, "Haalbaarheid investeringsplan bepaald", "Investment plan feasibility decided")]),
    _project(11, 2, FYSIEK, ONDERNEMERS, "Markeren van een markant gebied", "Marking a distinctive area", 20251, 20254,
             "2025", "Gebiedsmarkering met zwarte zuilen en een locatie voor outdoor workouts.",
             "Marking the area with black columns and a place for outdoor workouts.",
             sub_projects=[
                 _sub(1, ONDERNEMERS, "Gebiedsmarkering", "Area marking", 20251, 20254,
                      "De markering wordt in 2025 afgerond", [(20254, "Zuilen geplaatst", "Columns placed")]),
                 _sub(2, ONDERNEMERS, "Sport & Spel", "Sport & play", 20251, 20254, "2025",
                      [(20253, "Locatie outdoor workouts ingericht", "Outdoor workout site ready")]),
             ]),
    _project(12, 2, FYSIEK, GEMEENTE, "Herinrichting stationsgebied", "Redesigning the station area", 20251, 20254,
             "Plan gereed eerste helft 2025; uitvoering afhankelijk van besluitvorming over middelen",
             "Een veilige wandel- en last-mileroute tussen de Grolsch Veste en het B&S-park en "
             "korte-termijnmaatregelen "
             "voor het stationsgebied bij wedstrijden.",
             "A safe walking and last-mile route between the Grolsch Veste and the park, and short-term measures "
             "for the station area on match days.",
             [(20252, "Plan stationsgebied gereed", "Station area plan ready")]),
    _project(13, 2, ECONOMISCH, GEBIEDSORGANISATIE,
             "Actualiseren gebiedsstrategie mede in relatie tot SHE-ontwikkeling",
             "Updating the area strategy, also in relation to the Spoorzone Hengelo–Enschede", 20251, 20254,
             "Participatiesessies in Q1 en Q2, uitwerking in Q3, vaststellen in Q4",
             "Actualisatie van de gebiedsstrategie 2026–2035 met partners, vastgoedeigenaren en ondernemers.",
             "Updating the area strategy 2026–2035 with partners, property owners and entrepreneurs.",
             [(20251, "Participatiesessies (1)", "Participation sessions (1)"),
              (20252, "Participatiesessies (2)", "Participation sessions (2)"),
              (20253, "Uitwerking gebiedsstrategie", "Area strategy worked out"),
              (20254, "Gebiedsstrategie vastgesteld", "Area strategy adopted")],
             ["jobs", "establishments", "knowledge_intensive"]),
    _project(14, 3, ECONOMISCH, GEBIEDSORGANISATIE, "Vestigingsbeleid, acquisitie, CRM en datamanagement",
             "Settlement policy, acquisition, CRM and data management", 20251, 20254, "Heel 2025 en verder",
             "Een duidelijk vestigingsbeleid, sterkere leadconversie met een CRM en monitoring van vestigingen, "
             "werkgelegenheid en toegevoegde waarde.",
             "A clear settlement policy, better lead conversion with a CRM and monitoring of establishments, jobs "
             "and added value.",
             [(20252, "Vestigingsbeleid vastgesteld", "Settlement policy adopted"),
              (20253, "CRM ingericht", "CRM in use"), (20254, "Monitor economische betekenis", "Economic monitor")],
             ["jobs", "establishments", "knowledge_intensive", "rd_branches"]),
    _project(15, 3, ECONOMISCH, GEBIEDSORGANISATIE, "Visie shared facilities in relatie tot gebouwen",
             "Vision on shared facilities and buildings", 20251, 20253,
             "Behoefte-inventarisatie Q1, verkenning bij andere campussen Q1–Q2, visie Q3",
             "Een gezamenlijke visie op gedeelde faciliteiten: locaties, vastgoed, financiering en beheer.",
             "A joint vision on shared facilities: locations, buildings, funding and management.",
             [(20251, "Behoefte-inventarisatie", "Needs inventory"),
              (20252, "Verkenning andere campussen", "Other campuses explored"),
              (20253, "Visie shared facilities", "Shared facilities vision")], ["startups", "spinoffs"]),
    _project(16, 4, ECONOMISCH, GEBIEDSORGANISATIE, "Programmalijnen", "Programme lines", 20251, 20254,
             "Effectief per 1-1-2025",
             "Drie programmalijnen, ieder getrokken door één van de Kennisparkpartners: Gebiedsstrategie & Acquisitie, "
             "Fysieke Gebiedsontwikkeling en Talent & Ontmoeting.",
             "Three programme lines, each led by one of the Kennispark partners: Area strategy & Acquisition, "
             "Physical area development and Talent & Meeting.",
             [(20251, "Programmalijnen gestart", "Programme lines started")]),
    _project(17, 4, SOCIAAL, GEBIEDSORGANISATIE, "Communities verbinden vanuit gezamenlijke communicatiestrategie",
             "Connecting communities through a joint communication strategy", 20251, 20254,
             "Communicatiestrategie Q2 2025, gezamenlijke evenementenkalender Q3, communicatie resultaten voortdurend",
             "Een gezamenlijke communicatiestrategie en evenementenkalender van gebiedsorganisatie, ondernemers en UT.",
             "A joint communication strategy and events calendar of the area organisation, entrepreneurs and UT.",
             [(20252, "Communicatiestrategie", "Communication strategy"),
              (20253, "Gezamenlijke evenementenkalender", "Joint events calendar")]),
    _project(18, 4, SOCIAAL, ONDERNEMERS, "Talent & Ontmoeting", "Talent & Meeting", 20251, 20254, "Continu",
             "Bedrijfsbezoeken, netwerkborrels, sport en de Kennispark Run; een visie op een fysieke ontmoetingsplek "
             "voor talent.",
             "Company visits, network drinks, sport and the Kennispark Run; a vision on a physical meeting place "
             "for talent.",
             [(20252, "Kennispark Run", "Kennispark Run"),
              (20254, "Visie ontmoetingsplek talent", "Talent venue vision")],
             ["jobs"]),
    _project(19, 4, ECONOMISCH, GEBIEDSORGANISATIE, "Bijdragen aan clusterontwikkelingen",
             "Contributing to cluster development", 20251, 20254, "2025",
             "Kennisparkontwikkelingen inbrengen bij de clusters ChipTech Twente en MedTech.",
             "Bringing Kennispark's developments into the ChipTech Twente and MedTech clusters.",
             targets=["knowledge_intensive", "rd_branches"]),
    _project(20, 4, ECONOMISCH, GEBIEDSORGANISATIE, "Kennisontwikkeling en netwerken",
             "Knowledge development and networks", 20251, 20254, "2025",
             "Lidmaatschap van het Nationaal Campus Overleg en de Verkenning koplopers Innovatiedistricten.",
             "Membership of the National Campus Consultation and the innovation districts front-runners study."),
    _project(21, 4, ECONOMISCH, GEBIEDSORGANISATIE, "Subsidiekansen en publiek-publieke samenwerking",
             "Funding opportunities and public-public cooperation", 20251, 20254, "2025",
             "Nationale en internationale subsidiekansen zoeken en publiek-publieke samenwerking voor risicodragend "
             "vastgoed verkennen.",
             "Seeking national and international funding and exploring public-public cooperation for risk-bearing "
             "property."),
    _project(22, 4, ECONOMISCH, GEBIEDSORGANISATIE,
             "Samenwerkingsovereenkomst verlengen en duurzame financiering gebiedsorganisatie",
             "Renewing the cooperation agreement and lasting funding of the area organisation", 20251, 20253,
             "Voorbereiding begin 2025, verlenging medio 2025",
             "De samenwerkingsovereenkomst van de Stichting gebiedsorganisatie Kennispark Twente verlengen en duurzame "
             "financiering regelen.",
             "Renewing the cooperation agreement of the area organisation foundation and arranging lasting funding.",
             [(20251, "Voorbereiding verlenging", "Renewal prepared"),
              (20253, "Samenwerkingsovereenkomst verlengd", "Cooperation agreement renewed")]),
]  # fmt: skip
