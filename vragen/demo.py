"""Demo routing rules, response norms and questions in every status, with residents'
feedback: one "ja", one "nee" that reopened its question (make run)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from aanbod.demo import demo_id
from aanbod.informatiepunten import informatiepunt_voor_wijk
from aanbod.models import Aanbod, Doelgroep, Organisatie, Thema, Wijk
from vragen.models import (
    Antwoord,
    Kanaal,
    Reactienorm,
    Routeringsregel,
    Uitkomst,
    Vraag,
    VraagStatus,
)
from vragen.services import vraag_registreren, vraag_status_wijzigen
from vragen.terugbellen import terugbellen_plannen, vraag_registreren_met_opvolging
from vragen.terugkoppeling import terugkoppeling_vastleggen

S = VraagStatus
# (volgorde, thema, wijk, doelgroep, organisation key, contact person)
REGELS = [
    (10, "geld-en-schulden", None, None, "buurtteams-utrecht", "Sanne de Vries"),
    (20, "zorg-en-ondersteuning", None, "psychische-kwetsbaarheid", "kwintes", "Ahmed Yilmaz"),
    (30, None, "overvecht", None, "dock", "Joyce Bakker"),
    (40, "praktische-hulp", None, None, "handje-helpen", "Peter Jansen"),
    (50, "ontmoeting", "oost", None, "wijkinformatiepunt-oost", "Fatima el Amrani"),
]
NORMEN = {"geld-en-schulden": 2, "zorg-en-ondersteuning": 2, "ontmoeting": 5}

# (text, themes, wijk, path of statuses after registering, outcome, search word for an offer)
VRAGEN = [
    (
        "Ik krijg steeds brieven van de energie, ik snap ze niet.",
        ["geld-en-schulden"],
        "west",
        [],
        None,
        "geld",
    ),
    (
        "Mijn buurvrouw is veel alleen. Waar kan ze koffie drinken?",
        ["ontmoeting"],
        "oost",
        [S.IN_BEHANDELING],
        None,
        "koffie",
    ),
    (
        "Kan iemand helpen met mijn lamp ophangen?",
        ["praktische-hulp"],
        "zuid",
        [S.IN_BEHANDELING, S.WACHT_OP_INWONER],
        None,
        "klus",
    ),
    (
        "Ik zoek iets te doen overdag.",
        ["werk-en-dagbesteding"],
        "overvecht",
        [S.AFGEHANDELD],
        Uitkomst.GEHOLPEN,
        "dagbesteding",
    ),
    (
        "Is er een groep voor mensen met hersenletsel in Leidsche Rijn?",
        ["lotgenoten-en-ervaringsdeskundigen"],
        "leidsche-rijn",
        [S.AFGEHANDELD],
        Uitkomst.GEEN_PASSEND_AANBOD,
        None,
    ),
    (
        "Hulp bij formulier toeslagen.",
        ["geld-en-schulden"],
        "noordwest",
        [S.GEANNULEERD],
        None,
        None,
    ),
    (
        "Mijn zoon zoekt vrijwilligerswerk.",
        ["vrijwilligerswerk"],
        None,
        [S.AFGEHANDELD],
        Uitkomst.ANDER_AANBOD,
        "vrijwilligers",
    ),
    (
        "Ik voel me somber en wil met iemand praten.",
        ["zorg-en-ondersteuning"],
        None,
        [],
        None,
        None,
    ),
]


# "Heeft dit je geholpen?" (question number: answer, the resident's line); "nee" reopens.
TERUGKOPPELING = {
    4: (Antwoord.JA, ""),
    7: (Antwoord.NEE, "Bij het vrijwilligerswerk nam niemand de telefoon op."),
}
# The resident of question 7 left an e-mail address and chose messages by e-mail.
CONTACT = {
    7: {
        "toestemming_contact": True,
        "contact_naam": "Demo-inwoner",
        "contact_email": "inwoner@voorbeeld.example",
        "berichten_via": "email",
    }
}


def demo_laden() -> list[str]:
    """Routing rules and questions (VragenConfig.demo)."""
    return [
        "Demo-vragen: {regels} routeringsregels, {vragen} vragen.".format(**vragen_laden()),
        "Demo-terugbellen: {gepland} telefoontjes voor vandaag, {acuut} acute vraag.".format(
            **terugbellen_laden()
        ),
    ]


# (text, themes, wijk, contact name, phone, kwetsbaar, acuut, closed, reason to call back)
TERUGBELLEN = [
    (
        "Ik ben net verhuisd en ken hier niemand. Wil iemand me later bellen?",
        ["ontmoeting"],
        "oost",
        "Demo-inwoner Jansen",
        "06 00000001",
        False,
        False,
        False,
        "Vragen of ze bij het koffie-uurtje is geweest",
    ),
    (
        "Mijn moeder van 82 redt het niet meer met de boodschappen.",
        ["praktische-hulp"],
        "oost",
        "Demo-inwoner De Boer",
        "06 00000002",
        True,
        False,
        True,
        "Nabellen: is de boodschappenhulp gekomen?",
    ),
    (
        "Ik moet morgen mijn huis uit en weet niet waar ik moet slapen.",
        ["wonen"],
        "oost",
        "Demo-inwoner El Idrissi",
        "06 00000003",
        True,
        True,
        False,
        "",
    ),
]


@transaction.atomic
def terugbellen_laden() -> dict[str, int]:
    """Follow-up calls due today at Wijkinformatiepunt Oost, a vulnerable resident's proposed
    call and one acute question. Run again on another day, it plans today's calls anew."""
    vrijwilliger = get_user_model().objects.filter(username="vrijwilliger").first()
    medewerker = get_user_model().objects.filter(username="medewerker").first()
    vandaag = timezone.localdate()
    gepland = acuut_aantal = 0
    for tekst, themas, wijk, naam, telefoon, kwetsbaar, acuut, gesloten, reden in TERUGBELLEN:
        vraag = Vraag.objects.filter(tekst=tekst).first()
        if vraag is None:
            vraag_wijk = Wijk.objects.filter(slug=wijk).first()
            vraag = vraag_registreren_met_opvolging(
                informatiepunt=informatiepunt_voor_wijk(vraag_wijk),
                tekst=tekst,
                kanaal=Kanaal.BALIE,
                door=vrijwilliger,
                themas=Thema.objects.filter(slug__in=themas),
                wijk=vraag_wijk,
                kwetsbaar=kwetsbaar,
                acuut=acuut,
                toestemming_contact=True,
                contact_naam=naam,
                contact_telefoon=telefoon,
            )
            if gesloten:
                vraag = vraag_status_wijzigen(
                    vraag=vraag,
                    nieuwe_status=S.AFGEHANDELD,
                    door=medewerker,
                    uitkomst=Uitkomst.ANDER_AANBOD,
                )
        acuut_aantal += vraag.acuut and vraag.is_open
        if reden and not vraag.terugbelafspraken.te_bellen_op(vandaag).exists():
            terugbellen_plannen(
                vraag=vraag, datum=vandaag, door=vrijwilliger, toestemming=True, reden=reden
            )
        gepland += bool(reden)
    return {"gepland": gepland, "acuut": acuut_aantal}


@transaction.atomic
def vragen_laden() -> dict[str, int]:
    """Idempotent: rules and norms are updated, demo questions made once."""
    for volgorde, thema, wijk, doelgroep, org, persoon in REGELS:
        organisatie = Organisatie.objects.get(hsds_id=demo_id("organisatie", org))
        Routeringsregel.objects.update_or_create(
            volgorde=volgorde,
            defaults={
                "thema": Thema.objects.filter(slug=thema).first() if thema else None,
                "wijk": Wijk.objects.filter(slug=wijk).first() if wijk else None,
                "doelgroep": Doelgroep.objects.filter(slug=doelgroep).first()
                if doelgroep
                else None,
                "organisatie": organisatie,
                "contactpersoon": persoon,
                "email": f"{persoon.split()[0].lower()}@{org}.example",
            },
        )
    for slug, werkdagen in NORMEN.items():
        Reactienorm.objects.update_or_create(
            thema=Thema.objects.get(slug=slug), defaults={"werkdagen": werkdagen}
        )
    vrijwilliger = get_user_model().objects.filter(username="vrijwilliger").first()
    medewerker = get_user_model().objects.filter(username="medewerker").first()
    gemaakt = 0
    for nummer, (tekst, themas, wijk, pad, uitkomst, zoekwoord) in enumerate(VRAGEN, start=1):
        if Vraag.objects.filter(tekst=tekst).exists():
            continue
        aanbod = list(Aanbod.objects.zichtbaar().zoek(zoekwoord)[:2]) if zoekwoord else []
        vraag_wijk = Wijk.objects.filter(slug=wijk).first() if wijk else None
        vraag = vraag_registreren(
            informatiepunt=informatiepunt_voor_wijk(vraag_wijk),
            tekst=tekst,
            kanaal=Kanaal.ONLINE if nummer == 8 else Kanaal.BALIE,
            door=None if nummer == 8 else vrijwilliger,
            themas=Thema.objects.filter(slug__in=themas),
            wijk=vraag_wijk,
            aanbod=aanbod,
            **CONTACT.get(nummer, {}),
        )
        for status in pad:
            vraag = vraag_status_wijzigen(
                vraag=vraag,
                nieuwe_status=status,
                door=medewerker,
                uitkomst=uitkomst if status == S.AFGEHANDELD else None,
            )
        if nummer in TERUGKOPPELING:
            antwoord, toelichting = TERUGKOPPELING[nummer]
            terugkoppeling_vastleggen(vraag=vraag, antwoord=antwoord, toelichting=toelichting)
        gemaakt += 1
    return {"regels": len(REGELS), "vragen": gemaakt}
