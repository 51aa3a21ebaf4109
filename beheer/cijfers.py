"""The figures behind the signals and the reports, computed from the questions of one period.

Each figure is worked out in Python from a fixed number of queries, whatever the number of
questions (a year of one city's desks is thousands of rows, not millions).

Definitions (also on the pages):
- first contact: the first time a question went to 'in behandeling', 'wacht op inwoner' or
  'afgehandeld' in its history;
- answered on the spot: closed straight from 'nieuw' within an hour of being logged;
- within the norm: first contact on or before the question's deadline ('reageren voor');
  a question without contact counts once its deadline has passed (cancelled ones do not);
- signal (unmet need): closed as 'geen passend aanbod', or not answered within the norm.
"""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, Min, OuterRef, Q
from django.utils import timezone

from aanbod.models import AanbodLocatie, Organisatie, Status, Thema, Wijk
from vragen.models import (
    Antwoord,
    Kanaal,
    StatusWijziging,
    Terugkoppeling,
    Uitkomst,
    Vraag,
    VraagStatus,
)
from vragen.uitkomstcodes import (
    HEROPEND_CODE,
    TERUGKOPPELING_CODE,
    UITKOMST_CODE,
    Taakstatus,
    taakstatus,
    uitkomstcode,
)

KLEIN_AANTAL = 5  # counts below this are shown as "< 5", so no resident can be recognised
CONTACT_STATUSSEN = [
    VraagStatus.IN_BEHANDELING,
    VraagStatus.WACHT_OP_INWONER,
    VraagStatus.AFGEHANDELD,
]
TER_PLEKKE_BINNEN = timedelta(hours=1)
ONLINE = "online"


def weergave(aantal: int) -> str:
    """A count as shown outside the team: 1 to 4 become '< 5'."""
    return f"< {KLEIN_AANTAL}" if 0 < aantal < KLEIN_AANTAL else str(aantal)


def maanden(van: date, tot: date) -> list[date]:
    """The first day of every month from ``van`` up to and including ``tot``."""
    uit, maand = [], van.replace(day=1)
    while maand <= tot:
        uit.append(maand)
        maand = (maand + timedelta(days=32)).replace(day=1)
    return uit


def vragen_in_periode(van: date, tot: date, informatiepunt: str = "") -> "QuerySet[Vraag]":  # noqa: F821
    begin = timezone.make_aware(datetime.combine(van, time.min))
    einde = timezone.make_aware(datetime.combine(tot + timedelta(days=1), time.min))
    qs = Vraag.objects.filter(aangemaakt__gte=begin, aangemaakt__lt=einde)
    if informatiepunt == ONLINE:
        qs = qs.filter(informatiepunt__isnull=True)
    elif informatiepunt:
        qs = qs.filter(informatiepunt_id=informatiepunt)
    return qs


@dataclass
class VraagCijfer:
    pk: int
    kanaal: str
    wijk_id: int | None
    organisatie_id: int | None
    maand: date
    aangemaakt: datetime
    deadline: date
    status: str
    uitkomst: str
    eerste_contact: datetime | None
    ter_plekke: bool
    thema_ids: list[int] = field(default_factory=list)

    @property
    def uren_tot_contact(self) -> float | None:
        if self.eerste_contact is None:
            return None
        return max((self.eerste_contact - self.aangemaakt).total_seconds() / 3600, 0.0)

    def telt_voor_norm(self, vandaag: date) -> bool:
        if self.eerste_contact is not None:
            return True
        return self.status != VraagStatus.GEANNULEERD and self.deadline < vandaag

    @property
    def binnen_norm(self) -> bool:
        return (
            self.eerste_contact is not None
            and timezone.localdate(self.eerste_contact) <= self.deadline
        )

    def is_signaal(self, vandaag: date) -> bool:
        geen_aanbod = (
            self.status == VraagStatus.AFGEHANDELD and self.uitkomst == Uitkomst.GEEN_PASSEND_AANBOD
        )
        return geen_aanbod or (self.telt_voor_norm(vandaag) and not self.binnen_norm)


def vraagcijfers(van: date, tot: date, informatiepunt: str = "") -> list[VraagCijfer]:
    """One row per question of the period, with what the figures need (2 queries)."""
    qs = vragen_in_periode(van, tot, informatiepunt)
    direct = StatusWijziging.objects.filter(
        vraag=OuterRef("pk"),
        van_status=VraagStatus.NIEUW,
        naar_status=VraagStatus.AFGEHANDELD,
        tijdstip__lte=OuterRef("aangemaakt") + TER_PLEKKE_BINNEN,
    )
    rijen = (
        qs.annotate(
            eerste_contact=Min(
                "historie__tijdstip", filter=Q(historie__naar_status__in=CONTACT_STATUSSEN)
            ),
            ter_plekke=Exists(direct),
        )
        .values(
            "pk",
            "kanaal",
            "wijk_id",
            "aanspreekpunt_organisatie_id",
            "aangemaakt",
            "deadline",
            "status",
            "uitkomst",
            "eerste_contact",
            "ter_plekke",
        )
        .order_by("aangemaakt", "pk")
    )
    themas = defaultdict(list)
    for vraag_id, thema_id in Vraag.themas.through.objects.filter(
        vraag__in=qs.values("pk")
    ).values_list("vraag_id", "thema_id"):
        themas[vraag_id].append(thema_id)
    return [
        VraagCijfer(
            pk=r["pk"],
            kanaal=r["kanaal"],
            wijk_id=r["wijk_id"],
            organisatie_id=r["aanspreekpunt_organisatie_id"],
            maand=timezone.localtime(r["aangemaakt"]).date().replace(day=1),
            aangemaakt=r["aangemaakt"],
            deadline=r["deadline"],
            status=r["status"],
            uitkomst=r["uitkomst"],
            eerste_contact=r["eerste_contact"],
            ter_plekke=bool(r["ter_plekke"]),
            thema_ids=sorted(themas[r["pk"]]),
        )
        for r in rijen
    ]


# Signals: unmet needs per theme x wijk x month.


@dataclass
class Signaal:
    thema: Thema | None
    wijk: Wijk | None
    maand: date
    aantal: int
    samenvatting: str = ""

    @property
    def weergave(self) -> str:
        return weergave(self.aantal)

    @property
    def sleutel(self) -> str:
        thema, wijk = (self.thema.pk if self.thema else 0), (self.wijk.pk if self.wijk else 0)
        return f"{thema}-{wijk}-{self.maand:%Y-%m}"


def signalen(cijfers: list[VraagCijfer], vandaag: date | None = None) -> list[Signaal]:
    """Questions that show an unmet need, counted per theme x wijk x month (a question with
    two themes counts once for each). Most recent month first, then the biggest."""
    from beheer.models import Signaalsamenvatting

    vandaag = vandaag or timezone.localdate()
    teller: Counter = Counter()
    for vraag in cijfers:
        if vraag.is_signaal(vandaag):
            for thema_id in vraag.thema_ids or [None]:
                teller[(thema_id, vraag.wijk_id, vraag.maand)] += 1
    if not teller:
        return []
    themas = {t.pk: t for t in Thema.objects.all()}
    wijken = {w.pk: w for w in Wijk.objects.all()}
    maanden_ = {m for _t, _w, m in teller}
    teksten = {
        (s.thema_id, s.wijk_id, s.maand): s.tekst
        for s in Signaalsamenvatting.objects.filter(maand__in=maanden_)
    }
    uit = [
        Signaal(
            thema=themas.get(t),
            wijk=wijken.get(w),
            maand=m,
            aantal=n,
            samenvatting=teksten.get((t, w, m), ""),
        )
        for (t, w, m), n in teller.items()
    ]
    uit.sort(
        key=lambda s: (
            -s.maand.toordinal(),
            -s.aantal,
            s.thema.naam if s.thema else "~",
            s.wijk.naam if s.wijk else "~",
        )
    )
    return uit


@dataclass
class Hiatentabel:
    themas: list[Thema]
    wijken: list[Wijk]
    rijen: list[tuple[Thema, list[int]]]  # per theme: the number of active offers per wijk

    @property
    def aantal_hiaten(self) -> int:
        return sum(1 for _t, cellen in self.rijen for n in cellen if n == 0)


def hiatentabel() -> Hiatentabel:
    """Active offers per theme x wijk (by the wijk of their locations); 0 is a gap."""
    themas = list(Thema.objects.all())
    wijken = list(Wijk.objects.all())
    aantallen = {
        (r["locatie__wijk_id"], r["aanbod__themas"]): r["n"]
        for r in AanbodLocatie.objects.filter(
            aanbod__status=Status.ACTIEF,
            locatie__wijk__isnull=False,
            aanbod__themas__isnull=False,
        )
        .values("locatie__wijk_id", "aanbod__themas")
        .annotate(n=Count("aanbod_id", distinct=True))
        .order_by()
    }
    rijen = [(t, [aantallen.get((w.pk, t.pk), 0) for w in wijken]) for t in themas]
    return Hiatentabel(themas=themas, wijken=wijken, rijen=rijen)


# Reports.


@dataclass
class Kruistabel:
    """Counts per month (rows) x category (columns), with totals."""

    titel: str
    kolommen: list[str]
    rijen: list[tuple[date, list[int]]]

    @property
    def totalen(self) -> list[int]:
        return [sum(r[1][i] for r in self.rijen) for i in range(len(self.kolommen))]

    @property
    def rijen_met_totaal(self) -> list[tuple[date, list[int], int]]:
        return [(maand, aantallen, sum(aantallen)) for maand, aantallen in self.rijen]

    @property
    def totaal(self) -> int:
        return sum(self.totalen)

    @property
    def maandtotalen(self) -> list[tuple[date, int]]:
        return [(maand, sum(aantallen)) for maand, aantallen in self.rijen]

    @property
    def maand_staven(self) -> list[dict]:
        return staven([(f"{m:%m-%Y}", n) for m, n in self.maandtotalen])

    @property
    def staven(self) -> list[dict]:
        """Per category: label, total and bar length (percent of the largest)."""
        return staven(list(zip(self.kolommen, self.totalen, strict=True)))


def staven(paren: list[tuple[str, float]]) -> list[dict]:
    """Bars for a chart: label, value and length in percent of the largest value."""
    hoogste = max((w for _l, w in paren), default=0) or 1
    return [
        {"label": label, "waarde": waarde, "procent": round(100 * waarde / hoogste, 2)}
        for label, waarde in paren
    ]


def per_maand(
    cijfers: list[VraagCijfer], van: date, tot: date, titel: str, sleutel, categorieen
) -> Kruistabel:
    """``categorieen``: [(key, label)]; ``sleutel(vraag)`` gives the keys a question counts for."""
    teller: Counter = Counter()
    for vraag in cijfers:
        for k in sleutel(vraag):
            teller[(vraag.maand, k)] += 1
    return Kruistabel(
        titel=titel,
        kolommen=[label for _k, label in categorieen],
        rijen=[(m, [teller[(m, k)] for k, _l in categorieen]) for m in maanden(van, tot)],
    )


def _procent(deel: int, geheel: int) -> float | None:
    return round(100 * deel / geheel, 1) if geheel else None


def _mediaan(waarden: list[float]) -> float | None:
    return round(statistics.median(waarden), 1) if waarden else None


def rapportage(van: date, tot: date, informatiepunt: str = "", vandaag: date | None = None):
    """Every table of /beheer/rapportage/ (a fixed number of queries)."""
    from django.utils.translation import gettext as _

    vandaag = vandaag or timezone.localdate()
    cijfers = vraagcijfers(van, tot, informatiepunt)
    themas = list(Thema.objects.all())
    wijken = list(Wijk.objects.all())
    kanaal = per_maand(
        cijfers, van, tot, _("Vragen per maand en kanaal"), lambda v: [v.kanaal], Kanaal.choices
    )
    thema = per_maand(
        cijfers,
        van,
        tot,
        _("Vragen per maand en thema"),
        lambda v: v.thema_ids or [None],
        [(t.pk, t.naam) for t in themas] + [(None, _("Geen thema"))],
    )
    wijk = per_maand(
        cijfers,
        van,
        tot,
        _("Vragen per maand en wijk"),
        lambda v: [v.wijk_id],
        [(w.pk, w.naam) for w in wijken] + [(None, _("Onbekende wijk"))],
    )

    per_maand_rijen = []
    for maand in maanden(van, tot):
        deze = [v for v in cijfers if v.maand == maand]
        direct = sum(v.ter_plekke for v in deze)
        uren = [v.uren_tot_contact for v in deze if v.uren_tot_contact is not None]
        per_maand_rijen.append(
            {
                "maand": maand,
                "vragen": len(deze),
                "ter_plekke": direct,
                "ter_plekke_procent": _procent(direct, len(deze)),
                "met_contact": len(uren),
                "mediaan_uren": _mediaan(uren),
            }
        )
    alle_uren = [v.uren_tot_contact for v in cijfers if v.uren_tot_contact is not None]
    totaal = {
        "vragen": len(cijfers),
        "ter_plekke": sum(v.ter_plekke for v in cijfers),
        "ter_plekke_procent": _procent(sum(v.ter_plekke for v in cijfers), len(cijfers)),
        "met_contact": len(alle_uren),
        "mediaan_uren": _mediaan(alle_uren),
    }

    norm_teller: dict = defaultdict(lambda: [0, 0])
    for v in cijfers:
        if v.telt_voor_norm(vandaag):
            norm_teller[v.organisatie_id][0] += 1
            norm_teller[v.organisatie_id][1] += v.binnen_norm
    namen = dict(
        Organisatie.objects.filter(pk__in=[k for k in norm_teller if k]).values_list("pk", "naam")
    )
    norm = sorted(
        (
            {
                "organisatie": namen.get(k, _("Coördinatoren (geen aanspreekpunt)"))
                if k
                else _("Coördinatoren (geen aanspreekpunt)"),
                "vragen": n,
                "binnen_norm": binnen,
                "procent": _procent(binnen, n),
            }
            for k, (n, binnen) in norm_teller.items()
        ),
        key=lambda r: r["organisatie"],
    )

    verwezen = list(
        Vraag.aanbod.through.objects.filter(
            vraag__in=vragen_in_periode(van, tot, informatiepunt).values("pk")
        )
        .values("aanbod_id", "aanbod__naam", "aanbod__slug")
        .annotate(n=Count("vraag_id"))
        .order_by("-n", "aanbod__naam")[:10]
    )
    codes = uitkomstcodes(cijfers)
    terugkoppeling = terugkoppelcijfers(van, tot, informatiepunt)
    return {
        "uitkomstcodes": codes,
        "uitkomstcodes_staven": staven(
            [(f"{r['taakstatus']} {r['uitkomstcode']}".strip(), r["aantal"]) for r in codes]
        ),
        "terugkoppeling": terugkoppeling,
        "terugkoppeling_staven": staven(
            [(r["label"], r["aantal"]) for r in terugkoppeling["antwoorden"]]
        ),
        "kanaal": kanaal,
        "thema": thema,
        "wijk": wijk,
        "per_maand": per_maand_rijen,
        "totaal": totaal,
        "ter_plekke_staven": staven(
            [(f"{r['maand']:%m-%Y}", r["ter_plekke_procent"] or 0) for r in per_maand_rijen]
        ),
        "contact_staven": staven(
            [(f"{r['maand']:%m-%Y}", r["mediaan_uren"] or 0) for r in per_maand_rijen]
        ),
        "norm": norm,
        "norm_staven": staven([(r["organisatie"], r["procent"] or 0) for r in norm]),
        "verwezen": verwezen,
        "verwezen_staven": staven([(r["aanbod__naam"], r["n"]) for r in verwezen]),
    }


def uitkomstcodes(cijfers: list[VraagCijfer]) -> list[dict]:
    """Questions per coded status and outcome (docs/uitkomstcodes.md), in code order."""
    teller = Counter((taakstatus(v.status), uitkomstcode(v.status, v.uitkomst)) for v in cijfers)
    volgorde = {t.value: i for i, t in enumerate(Taakstatus)}
    betekenis = {c: Uitkomst(u).label for u, c in UITKOMST_CODE.items()}
    betekenis[HEROPEND_CODE] = VraagStatus.HEROPEND.label
    return [
        {
            "taakstatus": t,
            "taakstatus_label": Taakstatus(t).label,
            "uitkomstcode": u,
            "uitkomst_label": betekenis.get(u, ""),
            "aantal": n,
        }
        for (t, u), n in sorted(teller.items(), key=lambda r: (volgorde[r[0][0]], r[0][1]))
    ]


def terugkoppelcijfers(van: date, tot: date, informatiepunt: str = "") -> dict:
    """Answers to "Heeft dit je geholpen?" and reopened questions of the period (2 queries)."""
    vragen = vragen_in_periode(van, tot, informatiepunt).values("pk")
    aantallen = dict(
        Terugkoppeling.objects.filter(vraag__in=vragen)
        .values_list("antwoord")
        .annotate(n=Count("pk"))
        .order_by()
    )
    heropend = (
        StatusWijziging.objects.filter(vraag__in=vragen, naar_status=VraagStatus.HEROPEND)
        .values("vraag_id")
        .distinct()
        .count()
    )
    antwoorden = [
        {
            "code": TERUGKOPPELING_CODE[a],
            "label": a.label,
            "aantal": aantallen.get(a.value, 0),
        }
        for a in Antwoord
    ]
    totaal = sum(r["aantal"] for r in antwoorden)
    for r in antwoorden:
        r["procent"] = _procent(r["aantal"], totaal)
    return {"antwoorden": antwoorden, "totaal": totaal, "heropend": heropend}
