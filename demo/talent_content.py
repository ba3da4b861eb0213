"""The texts of the demo talent pages and vacancies, after the area strategy 2026–2035 and year plan 2025."""

from typing import Any

TALENT_PAGES: list[dict[str, Any]] = [
    {
        "slug": "werken-op-kennispark",
        "title_nl": "Werken op Kennispark",
        "title_en": "Working at Kennispark",
        "summary_nl": "Van start-up tot R&D-afdeling: ruim 480 bedrijven en instellingen rond de Universiteit Twente.",
        "summary_en": "From start-up to R&D department: some 480 companies and institutions around the UT.",
        "event_category": "",
        "body_nl": (
            "<p>Kennispark Twente is de plek in Enschede waar kennis zaken wordt. Op de UT Campus, het "
            "Business &amp; Science Park en Twente Village werken ruim 10.000 mensen bij start-ups, spin-offs van de "
            "Universiteit Twente, snelgroeiende mkb-bedrijven en de R&amp;D-afdelingen van grote ondernemingen.</p>"
            "<h2>Sterk in technologie die ertoe doet</h2>"
            "<p>De bedrijven op het park zijn sterk in MedTech, ChipTech, materialen, robotica, smart manufacturing "
            "en AI. Je werkt aan producten die het verschil maken in de zorg, de energietransitie en de maakindustrie, "
            "vaak samen met onderzoekers van de universiteit, twee straten verderop.</p>"
            "<h2>Voor elke opleiding</h2>"
            "<ul><li>MBO: monteurs, operators, laboranten en servicetechnici;</li>"
            "<li>HBO: engineers, software-ontwikkelaars, data-analisten en marketeers;</li>"
            "<li>WO: onderzoekers, systeemarchitecten en promovendi.</li></ul>"
            "<p>Het doel voor 2035: 16.500 banen op het park, en meer afgestudeerden van de UT, Saxion en ROC van "
            "Twente die na hun studie hier blijven werken.</p>"
        ),
        "body_en": (
            "<p>Kennispark Twente is where knowledge becomes business in Enschede. On the UT Campus, the Business "
            "&amp; Science Park and Twente Village, more than 10,000 people work at start-ups, spin-offs of the "
            "University of Twente, fast-growing SMEs and the R&amp;D departments of large companies.</p>"
            "<h2>Strong in technology that matters</h2>"
            "<p>The park's companies are strong in MedTech, ChipTech, materials, robotics, smart manufacturing and "
            "AI. You work on products that make a difference in healthcare, the energy transition and manufacturing, "
            "often together with researchers from the university two streets away.</p>"
            "<h2>For every education</h2>"
            "<ul><li>MBO: mechanics, operators, lab technicians and service engineers;</li>"
            "<li>HBO: engineers, software developers, data analysts and marketers;</li>"
            "<li>WO: researchers, system architects and PhD candidates.</li></ul>"
            "<p>The goal for 2035: 16,500 jobs on the park, and more graduates of the UT, Saxion and ROC van Twente "
            "who stay to work here after their studies.</p>"
        ),
    },
    {
        "slug": "talent-cafe",
        "title_nl": "Talent Café",
        "title_en": "Talent Café",
        "summary_nl": "Vanaf 2027 dé ontmoetingsplek voor studenten, starters en de bedrijven van Kennispark.",
        "summary_en": "From 2027 the meeting place for students, starters and the companies of Kennispark.",
        "event_category": "talent_cafe",
        "body_nl": (
            "<p>Vanaf 2027 krijgt Kennispark een Talent Café in het Bundle-woongebouw: een programma én een fysieke "
            "plek waar bedrijven en talent elkaar ontmoeten. Studenten van de Universiteit Twente, Saxion en ROC van "
            "Twente lopen er binnen voor een kop koffie met een engineer, een pitch van een start-up of een gesprek "
            "over een afstudeeropdracht.</p>"
            "<h2>Wat kun je verwachten?</h2>"
            "<ul><li>Maandelijkse Talent Cafés met bedrijven uit één kernpositie, zoals MedTech of ChipTech;</li>"
            "<li>Inloopspreekuur voor werkzoekenden en internationale professionals;</li>"
            "<li>Korte pitches van bedrijven met openstaande stages en vacatures.</li></ul>"
            "<p>Tot de opening organiseren de Kennisparkpartners pop-up edities op de campus. De data staan hieronder "
            "en in de agenda.</p>"
        ),
        "body_en": (
            "<p>From 2027 Kennispark will have a Talent Café in the Bundle residential building: a programme and a "
            "physical place where companies and talent meet. Students of the University of Twente, Saxion and ROC "
            "van Twente drop in for a coffee with an engineer, a start-up's pitch or a talk about a graduation "
            "project.</p>"
            "<h2>What to expect</h2>"
            "<ul><li>Monthly Talent Cafés with companies from one key position, such as MedTech or ChipTech;</li>"
            "<li>Walk-in hours for job seekers and international professionals;</li>"
            "<li>Short pitches by companies with open internships and vacancies.</li></ul>"
            "<p>Until the opening, the Kennispark partners organise pop-up editions on campus. The dates are below "
            "and in the events calendar.</p>"
        ),
    },
    {
        "slug": "bedrijvendagen",
        "title_nl": "Bedrijvendagen",
        "title_en": "Company days",
        "summary_nl": "Talent Tour, MKB-markt, Business Days Twente en Create Tomorrow: de parkbedrijven samen.",
        "summary_en": "Talent Tour, MKB-markt, Business Days Twente and Create Tomorrow: the park together.",
        "event_category": "company_day",
        "body_nl": (
            "<p>De bedrijven van Kennispark doen samen mee aan de bedrijvendagen in de regio, zodat studenten en "
            "starters in één keer zien hoeveel er op het park te doen is.</p>"
            "<ul><li><strong>Talent Tour</strong>: door ondernemers opgezet; studenten bezoeken in een middag "
            "meerdere bedrijven op het park.</li>"
            "<li><strong>MKB-markt</strong>: het mkb van Twente presenteert zich aan studenten van Saxion en ROC van "
            "Twente.</li>"
            "<li><strong>Business Days Twente</strong>: de grote carrièrebeurs van de Universiteit Twente.</li>"
            "<li><strong>Create Tomorrow</strong>: bedrijvendag van de technische studieverenigingen.</li></ul>"
            "<p>Daarnaast zijn er bedrijfsbezoeken, netwerkborrels en de jaarlijkse Kennispark Run, waar "
            "medewerkers en studenten elkaar informeel ontmoeten.</p>"
        ),
        "body_en": (
            "<p>The companies of Kennispark take part in the region's company days together, so that students and "
            "starters see at once how much there is to do on the park.</p>"
            "<ul><li><strong>Talent Tour</strong>: set up by entrepreneurs; students visit several companies on "
            "the park in one afternoon.</li>"
            "<li><strong>MKB-markt</strong>: Twente's SMEs present themselves to students of Saxion and ROC van "
            "Twente.</li>"
            "<li><strong>Business Days Twente</strong>: the University of Twente's big career fair.</li>"
            "<li><strong>Create Tomorrow</strong>: the company day of the technical study associations.</li></ul>"
            "<p>There are also company visits, network drinks and the yearly Kennispark Run, where employees and "
            "students meet informally.</p>"
        ),
    },
    {
        "slug": "wonen-op-kennispark",
        "title_nl": "Wonen op Kennispark",
        "title_en": "Living on the park",
        "summary_nl": "Wonen, werken en ontspannen in één gebied: van studentenkamer tot starterswoning.",
        "summary_en": "Living, working and relaxing in one area: from student room to young professional's apartment.",
        "event_category": "",
        "body_nl": (
            "<p>Kennispark is meer dan een werklocatie. Het gebied telt bijna 2.500 studentenwoningen en vanaf 2027 "
            "komen er 183 woningen voor young professionals bij. Je fietst in een paar minuten van je huis naar je "
            "werk, het lab of het sportcentrum.</p>"
            "<h2>Sport, natuur en stad</h2>"
            "<p>In Twente Village en op de campus vind je sportvelden, een zwembad en horeca; het Twentse landschap "
            "begint aan de rand van het park, en het centrum van Enschede ligt op een kwartier fietsen. Met de trein "
            "ben je snel in Hengelo, Zwolle en Duitsland.</p>"
            "<h2>Nieuw in Twente?</h2>"
            "<p>Kom naar een netwerkborrel of de Kennispark Run om collega's van andere bedrijven te leren kennen. "
            "Internationale professionals vinden hulp bij wonen en registratie via de expatdesk in de regio.</p>"
        ),
        "body_en": (
            "<p>Kennispark is more than a place to work. The area has almost 2,500 student homes, and from 2027 "
            "there will be 183 homes for young professionals as well. You cycle from your home to your work, the "
            "lab or the sports centre in a few minutes.</p>"
            "<h2>Sport, nature and city</h2>"
            "<p>Twente Village and the campus have sports fields, a swimming pool, cafés and restaurants; the Twente "
            "countryside starts at the edge of the park, and the centre of Enschede is a quarter of an hour by "
            "bike. By train you are soon in Hengelo, Zwolle and Germany.</p>"
            "<h2>New to Twente?</h2>"
            "<p>Come to network drinks or the Kennispark Run to meet colleagues from other companies. International "
            "professionals find help with housing and registration at the region's expat desk.</p>"
        ),
    },
]

# Vacancies in Dutch and English; two Dutch-only jobs show the "only in Dutch" label on the English site.
VACANCIES: list[dict[str, Any]] = [
    {
        "title_nl": "Embedded software engineer",
        "title_en": "Embedded software engineer",
        "kind": "job",
        "field": "ict",
        "levels": ["hbo", "wo"],
        "hours": (32, 40),
        "language": "both",
        "description_nl": (
            "<p>Je ontwikkelt firmware voor onze sensorsystemen, van het eerste prototype tot de serieproductie.</p>"
            "<p>Wat we vragen: C/C++, ervaring met microcontrollers en zin om samen met hardware-engineers te testen "
            "in het lab.</p>"
        ),
        "description_en": (
            "<p>You develop firmware for our sensor systems, from the first prototype to series production.</p>"
            "<p>What we ask: C/C++, experience with microcontrollers and a wish to test in the lab together with "
            "hardware engineers.</p>"
        ),
    },
    {
        "title_nl": "Afstudeeropdracht: AI voor beeldherkenning in de zorg",
        "title_en": "Graduation project: AI for image recognition in healthcare",
        "kind": "graduation_project",
        "field": "data",
        "levels": ["hbo", "wo"],
        "hours": (32, 40),
        "language": "en",
        "description_nl": (
            "<p>Train en valideer samen met onze klinische partners een model dat afwijkingen in medische beelden "
            "herkent.</p><p>Je studeert informatica, technische geneeskunde of data science en wilt afstuderen op "
            "een echt product.</p>"
        ),
        "description_en": (
            "<p>Train and validate a model that recognises anomalies in medical images, together with our clinical "
            "partners.</p><p>You study computer science, technical medicine or data science and want to graduate "
            "on a real product.</p>"
        ),
    },
    {
        "title_nl": "Stagiair werkvoorbereiding",
        "title_en": "Intern in work preparation",
        "kind": "internship",
        "field": "production",
        "levels": ["mbo", "hbo"],
        "hours": (36, 40),
        "language": "nl",
        "description_nl": (
            "<p>Je loopt vijf maanden mee met onze werkvoorbereiders: tekeningen lezen, materiaal bestellen en de "
            "productie plannen.</p><p>Ideaal voor een MBO- of HBO-student werktuigbouwkunde.</p>"
        ),
        "description_en": (
            "<p>For five months you work alongside our work planners: reading drawings, ordering materials and "
            "planning production.</p><p>Ideal for an MBO or HBO student of mechanical engineering; the working "
            "language is Dutch.</p>"
        ),
    },
    {
        "title_nl": "Process engineer cleanroom",
        "title_en": "Cleanroom process engineer",
        "kind": "job",
        "field": "engineering",
        "levels": ["hbo", "wo"],
        "hours": (40, 40),
        "language": "en",
        "description_nl": (
            "<p>Je verbetert en beheerst de processen in onze cleanroom, waar we fotonische en microfluïdische chips "
            "maken.</p><p>Je hebt een achtergrond in technische natuurkunde, scheikunde of materiaalkunde.</p>"
        ),
        "description_en": (
            "<p>You improve and control the processes in our cleanroom, where we make photonic and microfluidic "
            "chips.</p><p>You have a background in applied physics, chemistry or materials science.</p>"
        ),
    },
    {
        "title_nl": "Bijbaan: labassistent",
        "title_en": "Side job: lab assistant",
        "kind": "side_job",
        "field": "research",
        "levels": ["mbo", "hbo", "wo"],
        "hours": (8, 16),
        "language": "both",
        "description_nl": (
            "<p>Help ons onderzoeksteam een paar dagdelen per week met monstervoorbereiding en metingen.</p>"
            "<p>Flexibele uren, goed te combineren met je studie.</p>"
        ),
        "description_en": (
            "<p>Help our research team a few half-days a week with sample preparation and measurements.</p>"
            "<p>Flexible hours that fit well around your studies.</p>"
        ),
    },
    {
        "title_nl": "Traineeship product owner medtech",
        "title_en": "Traineeship product owner medtech",
        "kind": "traineeship",
        "field": "business",
        "levels": ["wo"],
        "hours": (36, 40),
        "language": "en",
        "description_nl": (
            "<p>Twee jaar, drie teams: je leert de wensen van artsen en verpleegkundigen te vertalen naar een "
            "roadmap voor een medisch hulpmiddel.</p><p>Voor pas afgestudeerden in industrieel ontwerpen, "
            "business &amp; IT of gezondheidswetenschappen.</p>"
        ),
        "description_en": (
            "<p>Two years, three teams: you learn to turn user needs of doctors and nurses into a roadmap for a "
            "medical device.</p><p>For recent graduates in industrial design, business &amp; IT or health "
            "sciences.</p>"
        ),
    },
    {
        "title_nl": "Servicemonteur mechatronica",
        "title_en": "",
        "kind": "job",
        "field": "engineering",
        "levels": ["mbo"],
        "hours": (38, 40),
        "language": "nl",
        "description_nl": (
            "<p>Je installeert en onderhoudt onze machines bij klanten in Nederland en Duitsland.</p>"
            "<p>MBO 4 mechatronica of elektrotechniek; rijbewijs B.</p>"
        ),
        "description_en": "",
    },
    {
        "title_nl": "Marketing & communicatie stagiair",
        "title_en": "Marketing & communications intern",
        "kind": "internship",
        "field": "sales-marketing",
        "levels": ["hbo"],
        "hours": (32, 40),
        "language": "nl",
        "description_nl": (
            "<p>Vertel het verhaal van onze start-up: je schrijft cases, beheert LinkedIn en helpt bij de Business "
            "Days Twente.</p><p>Voor HBO-studenten communicatie of commerciële economie.</p>"
        ),
        "description_en": (
            "<p>Tell our start-up's story: you write cases, run LinkedIn and help at the Business Days Twente.</p>"
            "<p>For HBO students of communication or business economics; the working language is Dutch.</p>"
        ),
    },
    {
        "title_nl": "Data engineer",
        "title_en": "Data engineer",
        "kind": "job",
        "field": "data",
        "levels": ["hbo", "wo"],
        "hours": (24, 40),
        "language": "en",
        "description_nl": (
            "<p>Bouw de pipelines die sensordata van de productielijnen van onze klanten naar ons analyseplatform "
            "brengen.</p><p>Python, SQL en wat ervaring met de cloud; parttime kan ook.</p>"
        ),
        "description_en": (
            "<p>Build the pipelines that bring sensor data from our customers' production lines to our analytics "
            "platform.</p><p>Python, SQL and some cloud experience; part-time is possible.</p>"
        ),
    },
    {
        "title_nl": "Afstudeeropdracht duurzame materialen",
        "title_en": "Graduation project: sustainable materials",
        "kind": "graduation_project",
        "field": "research",
        "levels": ["hbo", "wo"],
        "hours": (36, 40),
        "language": "nl",
        "description_nl": (
            "<p>Onderzoek of gerecyclede composieten de eisen halen voor onze behuizingen.</p><p>Je werkt in ons lab "
            "en met de vakgroep aan de Universiteit Twente.</p>"
        ),
        "description_en": (
            "<p>Find out whether recycled composites meet the requirements for our housings.</p><p>You work in our "
            "lab and with the research group at the University of Twente.</p>"
        ),
    },
    {
        "title_nl": "Financieel administratief medewerker",
        "title_en": "",
        "kind": "job",
        "field": "finance",
        "levels": ["mbo", "hbo"],
        "hours": (24, 32),
        "language": "nl",
        "description_nl": (
            "<p>Je verwerkt facturen, bereidt de maandafsluiting voor en bent aanspreekpunt voor leveranciers.</p>"
            "<p>MBO 4 of HBO richting financiën; ervaring met Exact is een plus.</p>"
        ),
        "description_en": "",
    },
    {
        "title_nl": "Bijbaan: gastvrouw/gastheer evenementen",
        "title_en": "Side job: event host",
        "kind": "side_job",
        "field": "hospitality",
        "levels": ["mbo", "hbo", "wo"],
        "hours": (4, 12),
        "language": "both",
        "description_nl": (
            "<p>Ontvang gasten bij netwerkborrels, bedrijfsbezoeken en de Kennispark Run.</p>"
            "<p>Vooral avonden en af en toe een zaterdag.</p>"
        ),
        "description_en": (
            "<p>Welcome guests at networking drinks, company visits and the Kennispark Run.</p>"
            "<p>Mostly evenings and the occasional Saturday.</p>"
        ),
    },
]
