"""Utrecht's wijken and buurten (from fixtures/utrecht/) and the starting lists of themes,
target groups and languages. Coordinators manage the lists afterwards in the admin."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

UTRECHT = Path(__file__).resolve().parent.parent.parent / "fixtures" / "utrecht"

THEMAS = [
    ("Ontmoeting", "Meeting people", "ontmoeting", "☕", "Mensen ontmoeten, een kop koffie, een praatje."),
    ("Activiteiten en vrije tijd", "Activities and leisure", "activiteiten-en-vrije-tijd", "🎨",
     "Samen iets doen: sport, koken, creatief, uitjes."),
    ("Praktische hulp", "Practical help", "praktische-hulp", "🧰",
     "Hulp bij formulieren, klusjes, de computer of boodschappen."),
    ("Geld en schulden", "Money and debts", "geld-en-schulden", "💶",
     "Hulp bij rekeningen, schulden en rondkomen."),
    ("Wonen", "Housing", "wonen", "🏠", "Een huis vinden, huur, buren, je thuis voelen."),
    ("Gezondheid en leefstijl", "Health and lifestyle", "gezondheid-en-leefstijl", "🍎",
     "Gezond eten, bewegen, goed slapen, minder stress."),
    ("Zorg en ondersteuning", "Care and support", "zorg-en-ondersteuning", "🤝",
     "Hulp als het even niet lukt, ook bij psychische klachten."),
    ("Werk en dagbesteding", "Work and day activities", "werk-en-dagbesteding", "🛠️",
     "Werk, leren, een vaste plek om overdag naartoe te gaan."),
    ("Vrijwilligerswerk", "Volunteering", "vrijwilligerswerk", "🙋", "Iets doen voor een ander."),
    ("Lotgenoten en ervaringsdeskundigen", "Peer support", "lotgenoten-en-ervaringsdeskundigen",
     "💬", "Praten met mensen die hetzelfde meemaken of meemaakten."),
    ("Informatie en advies", "Information and advice", "informatie-en-advies", "ℹ️",
     "Waar moet ik heen met mijn vraag?"),
    ("Opvoeden en jeugd", "Parenting and youth", "opvoeden-en-jeugd", "🧒",
     "Kinderen, jongeren en hun ouders."),
]

DOELGROEPEN = [
    ("Iedereen", "Everyone", "iedereen"),
    ("Mensen met een psychische kwetsbaarheid", "People with a mental vulnerability",
     "psychische-kwetsbaarheid"),
    ("Mensen die dakloos zijn geweest", "People who have been homeless", "verleden-in-dakloosheid"),
    ("Mensen met hersenletsel (NAH)", "People with acquired brain injury",
     "niet-aangeboren-hersenletsel"),
    ("Mensen met een verstandelijke beperking", "People with an intellectual disability",
     "verstandelijke-beperking"),
    ("Mantelzorgers", "Carers", "mantelzorgers"),
    ("Ouderen", "Older people", "ouderen"),
    ("Jongeren", "Young people", "jongeren"),
    ("Nieuwkomers", "Newcomers", "nieuwkomers"),
]

TALEN = [
    ("nl", "Nederlands", "Dutch"),
    ("en", "Engels", "English"),
    ("ar", "Arabisch", "Arabic"),
    ("tr", "Turks", "Turkish"),
    ("pl", "Pools", "Polish"),
    ("uk", "Oekraïens", "Ukrainian"),
    ("ti", "Tigrinya", "Tigrinya"),
    ("fa", "Perzisch (Farsi)", "Persian (Farsi)"),
    ("so", "Somalisch", "Somali"),
    ("es", "Spaans", "Spanish"),
    ("fr", "Frans", "French"),
    ("de", "Duits", "German"),
]


def laden(apps, schema_editor):
    Wijk = apps.get_model("aanbod", "Wijk")
    Buurt = apps.get_model("aanbod", "Buurt")
    namen = json.loads((UTRECHT / "namen.json").read_text(encoding="utf-8"))

    wijken = {}
    for feature in json.loads((UTRECHT / "wijk.geojson").read_text(encoding="utf-8"))["features"]:
        code = feature["properties"]["KODE"]
        naam = namen["wijken"][code]
        wijken[code] = Wijk.objects.create(
            code=code, naam=naam, slug=slugify(naam), grens=feature["geometry"]
        )
    slugs = set()
    for feature in json.loads((UTRECHT / "buurt.geojson").read_text(encoding="utf-8"))["features"]:
        eigen = feature["properties"]
        if Buurt.objects.filter(code=eigen["KODE"]).exists():
            continue  # the source repeats one buurt
        naam = namen["buurten"].get(eigen["KODE"], eigen["NAAM"])
        slug = slugify(naam)[:50]
        if slug in slugs:
            slug = f"{slug[:45]}-{eigen['KODE']}"
        slugs.add(slug)
        Buurt.objects.create(
            code=eigen["KODE"],
            naam=naam,
            slug=slug,
            wijk=wijken[eigen["WIJKKODE"]],
            grens=feature["geometry"],
        )

    Thema = apps.get_model("aanbod", "Thema")
    for volgorde, (naam, naam_en, slug, icoon, uitleg) in enumerate(THEMAS):
        Thema.objects.create(
            naam=naam, naam_en=naam_en, slug=slug, icoon=icoon, beschrijving=uitleg, volgorde=volgorde
        )
    Doelgroep = apps.get_model("aanbod", "Doelgroep")
    for volgorde, (naam, naam_en, slug) in enumerate(DOELGROEPEN):
        Doelgroep.objects.create(naam=naam, naam_en=naam_en, slug=slug, volgorde=volgorde)
    Taal = apps.get_model("aanbod", "Taal")
    for code, naam, naam_en in TALEN:
        Taal.objects.create(code=code, naam=naam, naam_en=naam_en)


def leegmaken(apps, schema_editor):
    for model in ("Buurt", "Wijk", "Thema", "Doelgroep", "Taal"):
        apps.get_model("aanbod", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("aanbod", "0001_catalogus")]

    operations = [migrations.RunPython(laden, leegmaken)]
