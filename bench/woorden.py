"""Word lists for the synthetic catalogue: plain Dutch as the desks write it (invented offers)."""

# (name, soort, themes, what you do there: completes "een plek waar je ...")
ACTIVITEITEN = [
    (
        "Koffieochtend",
        "ontmoetingsplek",
        ("ontmoeting",),
        "samen koffie drinkt en een praatje maakt",
    ),
    (
        "Taalcafé",
        "activiteit",
        ("ontmoeting", "informatie-en-advies"),
        "Nederlands oefent in een gesprek",
    ),
    (
        "Schuldhulp spreekuur",
        "hulp_en_advies",
        ("geld-en-schulden",),
        "hulp krijgt bij schulden en rekeningen",
    ),
    (
        "Inloopspreekuur",
        "hulp_en_advies",
        ("informatie-en-advies", "praktische-hulp"),
        "met elke vraag terecht kunt",
    ),
    (
        "Wandelgroep",
        "activiteit",
        ("gezondheid-en-leefstijl", "ontmoeting"),
        "samen een rondje wandelt door de buurt",
    ),
    ("Buurtmaaltijd", "activiteit", ("ontmoeting",), "voor weinig geld samen eet met buren"),
    (
        "Computerles",
        "activiteit",
        ("praktische-hulp",),
        "leert werken met de computer, de telefoon en DigiD",
    ),
    (
        "Formulierenhulp",
        "hulp_en_advies",
        ("praktische-hulp", "geld-en-schulden"),
        "hulp krijgt bij brieven en formulieren",
    ),
    (
        "Moestuin",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "werk-en-dagbesteding"),
        "groente kweekt en buiten bezig bent",
    ),
    (
        "Kookclub",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "gezondheid-en-leefstijl"),
        "samen kookt en eet",
    ),
    (
        "Breiclub",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "ontmoeting"),
        "breit en haakt met anderen",
    ),
    (
        "Repair Café",
        "activiteit",
        ("praktische-hulp", "ontmoeting"),
        "kapotte spullen samen repareert",
    ),
    (
        "Fietsenwerkplaats",
        "activiteit",
        ("praktische-hulp", "werk-en-dagbesteding"),
        "leert je fiets te repareren",
    ),
    ("Huiswerkbegeleiding", "activiteit", ("opvoeden-en-jeugd",), "hulp krijgt bij je huiswerk"),
    ("Stoelgym", "activiteit", ("gezondheid-en-leefstijl",), "rustig beweegt op een stoel"),
    (
        "Zwemmen",
        "activiteit",
        ("gezondheid-en-leefstijl", "activiteiten-en-vrije-tijd"),
        "in een rustig bad zwemt",
    ),
    (
        "Buurtkoor",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "ontmoeting"),
        "samen zingt, ook als je geen noten leest",
    ),
    (
        "Spelletjesmiddag",
        "activiteit",
        ("ontmoeting", "activiteiten-en-vrije-tijd"),
        "kaart, sjoelt en spelletjes doet",
    ),
    (
        "Lotgenotengroep",
        "zorg_en_ondersteuning",
        ("lotgenoten-en-ervaringsdeskundigen",),
        "praat met mensen die hetzelfde meemaken",
    ),
    (
        "Mantelzorgcafé",
        "ontmoetingsplek",
        ("zorg-en-ondersteuning", "ontmoeting"),
        "als mantelzorger even op adem komt",
    ),
    (
        "Thuisadministratie",
        "hulp_en_advies",
        ("geld-en-schulden", "praktische-hulp"),
        "samen met een vrijwilliger je papieren ordent",
    ),
    (
        "Voedselbank uitgiftepunt",
        "hulp_en_advies",
        ("geld-en-schulden",),
        "elke week een pakket met eten haalt",
    ),
    (
        "Kledingbank",
        "hulp_en_advies",
        ("geld-en-schulden", "praktische-hulp"),
        "gratis kleding uitzoekt",
    ),
    ("Budgetcursus", "activiteit", ("geld-en-schulden",), "leert rondkomen met je geld"),
    (
        "Digicafé",
        "activiteit",
        ("praktische-hulp", "informatie-en-advies"),
        "vragen stelt over je telefoon of tablet",
    ),
    (
        "Ouder-kindochtend",
        "activiteit",
        ("opvoeden-en-jeugd", "ontmoeting"),
        "met je kind speelt en andere ouders ontmoet",
    ),
    (
        "Jongerenavond",
        "activiteit",
        ("opvoeden-en-jeugd", "activiteiten-en-vrije-tijd"),
        "chilt, gamet en sport met leeftijdgenoten",
    ),
    (
        "Klussendienst",
        "hulp_en_advies",
        ("praktische-hulp", "wonen"),
        "hulp krijgt bij kleine klussen in huis",
    ),
    (
        "Boodschappenhulp",
        "zorg_en_ondersteuning",
        ("praktische-hulp", "zorg-en-ondersteuning"),
        "hulp krijgt bij de boodschappen",
    ),
    (
        "Maatjesproject",
        "zorg_en_ondersteuning",
        ("zorg-en-ondersteuning", "ontmoeting"),
        "een vast maatje krijgt voor een wandeling of een kop koffie",
    ),
    (
        "Dagbesteding",
        "zorg_en_ondersteuning",
        ("werk-en-dagbesteding", "zorg-en-ondersteuning"),
        "overdag een vaste plek en zinvol werk hebt",
    ),
    (
        "Houtwerkplaats",
        "activiteit",
        ("werk-en-dagbesteding", "activiteiten-en-vrije-tijd"),
        "met hout werkt en meubels maakt",
    ),
    (
        "Naaiatelier",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "werk-en-dagbesteding"),
        "kleding naait en herstelt",
    ),
    (
        "Filmavond",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "ontmoeting"),
        "samen een film kijkt en erover praat",
    ),
    (
        "Leesclub",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "ontmoeting"),
        "samen een boek leest in makkelijke taal",
    ),
    (
        "Vrijwilligerspunt",
        "vrijwilligerswerk",
        ("vrijwilligerswerk",),
        "vrijwilligerswerk vindt dat bij je past",
    ),
    (
        "Herstelgroep",
        "zorg_en_ondersteuning",
        ("lotgenoten-en-ervaringsdeskundigen", "zorg-en-ondersteuning"),
        "met ervaringsdeskundigen werkt aan je herstel",
    ),
    (
        "Valpreventie training",
        "activiteit",
        ("gezondheid-en-leefstijl",),
        "oefent om niet te vallen",
    ),
    (
        "Rouwgroep",
        "zorg_en_ondersteuning",
        ("lotgenoten-en-ervaringsdeskundigen",),
        "praat over het verlies van iemand",
    ),
    (
        "Woonspreekuur",
        "hulp_en_advies",
        ("wonen", "informatie-en-advies"),
        "vragen stelt over huur, urgentie en je buren",
    ),
    (
        "Sollicitatiehulp",
        "hulp_en_advies",
        ("werk-en-dagbesteding",),
        "hulp krijgt bij je cv en een brief",
    ),
    (
        "Voetbal",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "gezondheid-en-leefstijl"),
        "op een pleintje voetbalt",
    ),
    (
        "Dansles",
        "activiteit",
        ("activiteiten-en-vrije-tijd", "gezondheid-en-leefstijl"),
        "danst op muziek uit veel landen",
    ),
    (
        "Huiskamer",
        "ontmoetingsplek",
        ("ontmoeting", "zorg-en-ondersteuning"),
        "binnenloopt voor rust, koffie en een praatje",
    ),
    (
        "Informatiepunt",
        "informatie",
        ("informatie-en-advies",),
        "hoort waar je met je vraag heen kunt",
    ),
]

NAAM_ACHTER = [
    "voor ouderen", "voor jongeren", "voor nieuwkomers", "voor mantelzorgers", "voor vrouwen",
    "voor mannen", "voor ouders", "voor iedereen", "op maandag", "in de avond", "op zaterdag",
    "in de buurt", "Plus", "Samen",
]  # fmt: skip

LOCATIE_SOORT = [
    "Buurthuis", "Wijkcentrum", "Bibliotheek", "Speeltuin", "Buurtkamer", "Gezondheidscentrum",
    "Huiskamer", "Sporthal", "Jongerencentrum", "Zorgcentrum", "Kerk", "Moskee", "Wijkpunt",
]  # fmt: skip
LOCATIE_NAAM = [
    "De Leeuw", "Oase", "De Boog", "Het Gein", "De Dreef", "De Klop", "Op Zuid", "De Pijler",
    "Wilhelmina", "Ravelijn", "Vechtzoom", "De Zevensprong", "Het Hart", "De Speelwerf",
    "De Schakel", "Het Anker", "De Linde", "Zonnehof", "De Brug", "Het Baken", "Majella",
    "Rosa", "De Kastanje", "Het Huis", "De Werf",
]  # fmt: skip
STRATEN = [
    "Amsterdamsestraatweg", "Kanaalstraat", "Biltstraat", "Oudegracht", "Vleutenseweg",
    "Vondellaan", "Marnixlaan", "Zamenhofdreef", "Ina Boudier-Bakkerlaan", "Smaragdplein",
    "Rijnlaan", "Croeselaan", "Briljantlaan", "Neckardreef", "Burgemeester Norbruislaan",
    "Livingstonelaan", "Columbuslaan", "Nicolaasweg", "Kardinaal de Jongweg", "Lessinglaan",
    "Hoogravenseweg", "Europaplein", "Terwijdestraat", "Mississippidreef", "Pijlsweerdstraat",
    "Prins Bernhardplein", "Duurstedelaan", "Tuindorpweg", "Griftstraat", "Kapelweg",
]  # fmt: skip

ORGANISATIE_VORM = ["Stichting", "Vereniging", "Buurtteam", "Wijkwerk", "Coöperatie", "Huis van"]
ORGANISATIE_NAAM = [
    "Samen Sterk", "De Brug", "Handje Helpen", "Het Vertrouwen", "Buurtwerk", "Al Amal",
    "Vrijwillige Hulp", "De Nieuwe Buren", "Thuis in de Wijk", "Zorg om de Hoek",
    "Ontmoeten Doe Je Samen", "Kracht", "De Verbinding", "Ruimte", "Welzijn", "Perspectief",
]  # fmt: skip

ZINNEN_DEELNAME = {
    "binnenlopen": "Je kunt gewoon binnenlopen, ook als je niemand kent.",
    "aanmelden": "Meld je eerst even aan, dan weten we dat je komt.",
    "verwijzing": "Je hebt een verwijzing nodig van het buurtteam of je huisarts.",
}
ZINNEN_EXTRA = [
    "Er is altijd koffie en thee.",
    "De vrijwilligers helpen je graag op weg.",
    "Neem gerust iemand mee.",
    "Het gebouw heeft een lift.",
    "We praten rustig en in gewone taal.",
    "Je hoeft niets te kunnen of te weten.",
    "Kinderen mogen mee.",
    "Na afloop drinken we samen nog iets.",
    "Ook als je weinig Nederlands spreekt, ben je welkom.",
    "Je mag ook alleen komen kijken.",
]
VOOR_WIE = {
    "iedereen": "Voor iedereen uit de buurt",
    "ouderen": "Voor ouderen die graag onder de mensen zijn",
    "jongeren": "Voor jongeren van 12 tot 23 jaar",
    "nieuwkomers": "Voor mensen die nog niet lang in Nederland wonen",
    "mantelzorgers": "Voor mensen die zorgen voor een naaste",
    "psychische-kwetsbaarheid": "Voor mensen die het psychisch zwaar hebben",
    "verstandelijke-beperking": "Voor mensen met een verstandelijke beperking",
    "niet-aangeboren-hersenletsel": "Voor mensen met hersenletsel",
    "verleden-in-dakloosheid": "Voor mensen die dakloos zijn geweest",
}
