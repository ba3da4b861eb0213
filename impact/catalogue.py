"""The strategy's list of impact indicators (§5 "Impact van Kennispark Twente"), as the data migration writes them."""

KENNISPUNT = "Kennispunt Twente (BIRO, LISA) via het register van het Kennispark-portaal"
PORTAL = "Kennispark-portaal"
AREA = "Gebiedsorganisatie Kennispark Twente"
BACKGROUNDS = [
    ["park_company", "Werkzaam op het park", "Working on the park"],
    ["student", "Student", "Student"],
    ["other", "Overig", "Other"],
]
SPACE_KINDS = [
    ["office", "Kantoor", "Office"],
    ["lab", "Lab", "Lab"],
    ["cleanroom", "Cleanroom", "Cleanroom"],
    ["production", "Productie", "Production"],
    ["flex_desk", "Flexplek", "Flex desk"],
    ["meeting", "Vergaderruimte", "Meeting room"],
]
FUNDER_KINDS = [
    ["european", "Europees", "European"],
    ["national", "Nationaal", "National"],
    ["regional", "Regionaal of provinciaal", "Regional or provincial"],
    ["municipal", "Gemeentelijk", "Municipal"],
    ["other", "Overig", "Other"],
]


def _computed(code, name_nl, name_en, definition_nl, definition_en, computation_nl, computation_en, **extra):
    return {
        "code": code,
        "source": "computed",
        "name_nl": name_nl,
        "name_en": name_en,
        "definition_nl": definition_nl,
        "definition_en": definition_en,
        "computation_nl": computation_nl,
        "computation_en": computation_en,
        "unit": extra.pop("unit", "count"),
        "source_organisation": extra.pop("source_organisation", PORTAL),
        **extra,
    }


def _entered(code, name_nl, name_en, definition_nl, definition_en, **extra):
    return {
        "code": code,
        "source": "entered",
        "name_nl": name_nl,
        "name_en": name_en,
        "definition_nl": definition_nl,
        "definition_en": definition_en,
        "computation_nl": "",
        "computation_en": "",
        "unit": extra.pop("unit", "count"),
        "source_organisation": extra.pop("source_organisation", AREA),
        **extra,
    }


MONITOR_NOTE_NL = "Uit de gepubliceerde berekening van de monitor (register, jaarlijkse waarnemingen)."
MONITOR_NOTE_EN = "From the monitor's published computation (register, yearly observations)."

INDICATORS = [
    _computed(
        "jobs", "Werkzame personen", "Jobs",
        "Werkzame personen bij alle vestigingen op Kennispark Twente, inclusief de Universiteit Twente.",
        "People working at every establishment on Kennispark Twente, the University of Twente included.",
        "Som van de werkzame personen van de jaarlijkse waarnemingen per jaar, afgerond op tientallen. "
        + MONITOR_NOTE_NL,
        "Sum of the jobs of the yearly observations per year, rounded to tens. " + MONITOR_NOTE_EN,
        source_organisation=KENNISPUNT, target="jobs", programme_line="gebiedsstrategie-acquisitie",
    ),
    _computed(
        "establishments", "Vestigingen", "Establishments",
        "Aantal vestigingen op Kennispark Twente met een waarneming in het jaar.",
        "Number of establishments on Kennispark Twente observed in the year.",
        "Aantal jaarlijkse waarnemingen per jaar (één per vestiging). " + MONITOR_NOTE_NL,
        "Number of yearly observations per year (one per establishment). " + MONITOR_NOTE_EN,
        source_organisation=KENNISPUNT, target="establishments", programme_line="gebiedsstrategie-acquisitie",
    ),
    _computed(
        "knowledge_intensive", "Kennisintensieve vestigingen", "Knowledge-intensive establishments",
        "Vestigingen die het register als kennisintensief kenmerkt.",
        "Establishments the register marks as knowledge-intensive.",
        "Aantal waarnemingen per jaar van vestigingen met het kenmerk kennisintensief. " + MONITOR_NOTE_NL,
        "Number of observations per year of establishments marked knowledge-intensive. " + MONITOR_NOTE_EN,
        source_organisation=KENNISPUNT, target="knowledge_intensive", programme_line="gebiedsstrategie-acquisitie",
    ),
    _computed(
        "startups", "Nieuwe start-ups", "New start-ups",
        "Start-ups die in het jaar voor het eerst op het park worden waargenomen.",
        "Start-ups observed on the park for the first time in the year.",
        "Aantal vestigingen met het kenmerk start-up waarvan het jaar de eerste waarneming is (het eerste jaar "
        "van het register telt niet mee). " + MONITOR_NOTE_NL,
        "Number of establishments marked start-up whose first observation is in the year (the register's first "
        "year does not count). " + MONITOR_NOTE_EN,
        source_organisation=KENNISPUNT, target="startups", programme_line="gebiedsstrategie-acquisitie",
    ),
    _computed(
        "spinoffs", "Nieuwe spin-offs", "New spin-offs",
        "Spin-offs van kennisinstellingen die in het jaar voor het eerst op het park worden waargenomen.",
        "Spin-offs of knowledge institutions observed on the park for the first time in the year.",
        "Aantal vestigingen met het kenmerk spin-off waarvan het jaar de eerste waarneming is (het eerste jaar "
        "van het register telt niet mee). " + MONITOR_NOTE_NL,
        "Number of establishments marked spin-off whose first observation is in the year (the register's first "
        "year does not count). " + MONITOR_NOTE_EN,
        source_organisation=KENNISPUNT, target="spinoffs", programme_line="gebiedsstrategie-acquisitie",
    ),
    _entered(
        "patents", "Octrooien", "Patents",
        "Octrooiaanvragen van vestigingen op het park in het jaar.",
        "Patent applications by establishments on the park in the year.",
        source_organisation="Novel-T", programme_line="innovatie-ondernemerschap",
    ),
    _entered(
        "floor_area_realised", "Gerealiseerd bruto vloeroppervlak", "Gross floor area realised",
        "Opgeleverde m² bruto vloeroppervlak (BVO) in het jaar, naar gebouwen, labs en infrastructuur.",
        "Square metres of gross floor area delivered in the year, by buildings, labs and infrastructure.",
        unit="m2", source_organisation="Gemeente Enschede", programme_line="gebiedsontwikkeling",
        categories=[
            ["buildings", "Gebouwen", "Buildings"],
            ["labs", "Labs", "Labs"],
            ["infrastructure", "Infrastructuur", "Infrastructure"],
        ],
    ),
    _entered(
        "investments", "Investeringen", "Investments",
        "Private en publieke investeringen in het gebied in het jaar, naar soort investeerder.",
        "Private and public investments in the area in the year, by kind of investor.",
        unit="eur", programme_line="gebiedsontwikkeling",
        categories=[["private", "Privaat", "Private"], ["public", "Publiek", "Public"]],
    ),
    _computed(
        "subsidies_amount", "Subsidies per jaar", "Subsidies per year",
        "Bedrag van toegekende (inter)nationale subsidies dat op het jaar valt, naar soort subsidiegever.",
        "Amount of granted (inter)national subsidies falling in the year, by kind of funder.",
        "Som over de goedgekeurde subsidies: elk bedrag verdeeld over de kalenderjaren naar het aantal dagen "
        "dat de subsidie in elk jaar loopt.",
        "Sum over the approved subsidies: each amount spread over the calendar years by the number of days the "
        "subsidy runs in each year.",
        unit="eur", source_organisation=AREA, programme_line="innovatie-ondernemerschap", categories=FUNDER_KINDS,
    ),
    _computed(
        "subsidies_duration", "Looptijd van subsidies", "Duration of subsidies",
        "Gemiddelde looptijd in maanden van de subsidies die in het jaar starten.",
        "Average duration in months of the subsidies starting in the year.",
        "Gemiddelde van het aantal kalendermaanden van start tot en met einde, over de goedgekeurde subsidies "
        "die in het jaar starten.",
        "Average of the calendar months from start to end inclusive, over the approved subsidies starting in the "
        "year.",
        unit="count", direction="neutral", source_organisation=AREA, programme_line="innovatie-ondernemerschap",
    ),
    _computed(
        "events_held", "Evenementen", "Events",
        "Gehouden evenementen op het park (elke keer van een terugkerend evenement apart).",
        "Events held on the park (each occurrence of a recurring event once).",
        "Aantal afgelopen keren van goedgekeurde evenementen in de agenda, per jaar van de begindatum.",
        "Number of ended occurrences of approved events in the calendar, per year of the start.",
        programme_line="community",
    ),
    _computed(
        "registrations", "Aanmeldingen", "Registrations",
        "Aanmeldingen voor evenementen, niet geannuleerd.",
        "Registrations for events that were not cancelled.",
        "Aantal aanmeldingen voor goedgekeurde evenementen die niet zijn geannuleerd, per jaar van het evenement.",
        "Number of registrations for approved events that were not cancelled, per year of the event.",
        programme_line="community",
    ),
    _computed(
        "attendees", "Bezoekers naar achtergrond", "Attendees by background",
        "Bevestigde bezoekers van begonnen evenementen, naar hun achtergrond.",
        "Confirmed attendees of started events, by their background.",
        "Aantal bevestigde aanmeldingen voor begonnen goedgekeurde evenementen, per jaar en naar de "
        "achtergrond die de bezoeker opgaf.",
        "Number of confirmed registrations for started approved events, per year and by the background the "
        "attendee gave.",
        programme_line="community", categories=BACKGROUNDS,
    ),
    _computed(
        "events_open_to_outside", "Evenementen voor gasten van buiten", "Events open to outside guests",
        "Gehouden evenementen die openstaan voor publiek van buiten het park.",
        "Events held that are open to guests from outside the park.",
        "Aantal afgelopen keren van goedgekeurde evenementen die voor publiek openstaan, per jaar.",
        "Number of ended occurrences of approved events open to the public, per year.",
        programme_line="community",
    ),
    _computed(
        "leads_won", "Gewonnen leads", "Leads won",
        "Organisaties uit de acquisitie die zich op het park vestigden.",
        "Organisations from acquisition that settled on the park.",
        "Aantal leads in de CRM met de fase Gewonnen, per jaar waarin ze werden gewonnen.",
        "Number of CRM leads in the stage Won, per year in which they were won.",
        source_organisation="Acquisitieteam Kennispark", programme_line="gebiedsstrategie-acquisitie",
    ),
    _computed(
        "m2_offered", "Aangeboden m²", "Square metres offered",
        "Vloeroppervlak van ruimtes die voor het eerst werden aangeboden, naar soort ruimte.",
        "Floor area of spaces offered for the first time, by kind of space.",
        "Som van het vloeroppervlak van ruimtes per jaar waarin de redactie ze voor het eerst goedkeurde.",
        "Sum of the floor area of spaces per year in which editors first approved them.",
        unit="m2", programme_line="gebiedsontwikkeling", categories=SPACE_KINDS,
    ),
    _computed(
        "m2_let", "Verhuurde m²", "Square metres let",
        "Vloeroppervlak van ruimtes die werden verhuurd, naar soort ruimte.",
        "Floor area of spaces let, by kind of space.",
        "Som van het vloeroppervlak van ruimtes met de status verhuurd, per jaar van verhuur.",
        "Sum of the floor area of spaces with the status let, per year they were let.",
        unit="m2", programme_line="gebiedsontwikkeling", categories=SPACE_KINDS,
    ),
    _computed(
        "satisfaction_overall", "Tevredenheid gebruikers", "User satisfaction",
        "Gemiddelde score (1–5) op de vragen over de algemene tevredenheid in de jaarlijkse enquête.",
        "Average score (1–5) on the overall-satisfaction questions of the yearly survey.",
        "Gemiddelde van alle antwoorden op schaalvragen die voor de algemene score tellen, per jaar van de "
        "enquête; alleen bij minstens 5 antwoorden.",
        "Average of every answer to scale questions that count for the overall score, per survey year; only "
        "with at least 5 answers.",
        unit="score", programme_line="community",
    ),
    _computed(
        "satisfaction_accessibility", "Bereikbaarheid (tevredenheid)", "Accessibility (satisfaction)",
        "Gemiddelde score (1–5) op de vragen over bereikbaarheid in de jaarlijkse enquête.",
        "Average score (1–5) on the accessibility questions of the yearly survey.",
        "Gemiddelde van alle antwoorden op schaalvragen die voor de bereikbaarheidsscore tellen, per jaar van "
        "de enquête; alleen bij minstens 5 antwoorden.",
        "Average of every answer to scale questions that count for the accessibility score, per survey year; "
        "only with at least 5 answers.",
        unit="score", programme_line="gebiedsontwikkeling",
    ),
]  # fmt: skip
COMPUTED_CODES = tuple(item["code"] for item in INDICATORS if item["source"] == "computed")
ENTERED_CODES = tuple(item["code"] for item in INDICATORS if item["source"] == "entered")
