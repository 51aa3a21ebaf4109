"""Our catalogue as HSDS 3.0 documents (dicts ready for JSON).

Everything reads prefetched relations only (see ``querysets``), so a page of documents costs
a fixed number of queries. A location with a confidential address never shows its address or
coordinates: only its name and wijk. Empty values are left out, as HSDS allows.
"""

from django.db.models import Prefetch, QuerySet

from aanbod.models import Aanbod, AanbodLocatie, Locatie, Organisatie, Status
from opendata.taxonomie import (
    KENMERK,
    LOCATIE_KENMERKEN,
    Term,
    afgeleid_id,
    doelgroep_term,
    term_dict,
    thema_term,
    wijk_term,
)

STATUS = {Status.ACTIEF: "active", Status.TIJDELIJK_GESLOTEN: "temporarily closed"}


def _schoon(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def _iso(waarde) -> str | None:
    return waarde.isoformat() if waarde else None


def aanbod_queryset(volledig: bool = False) -> QuerySet:
    """Published offer (stopped offer is never published), with what the documents need."""
    qs = Aanbod.objects.zichtbaar().select_related("organisatie").order_by("naam", "pk")
    if volledig:
        qs = qs.prefetch_related(
            "themas", "doelgroepen", "talen", Prefetch("aanbodlocaties", aanbodlocatie_queryset())
        )
    return qs


def aanbodlocatie_queryset() -> QuerySet:
    return (
        AanbodLocatie.objects.select_related("aanbod", "locatie__wijk", "locatie__organisatie")
        .prefetch_related("tijdsloten", "sluitingen")
        .order_by("pk")
    )


def attribuut(link_id: str, entiteit: str, term: Term) -> dict:
    return {
        "id": afgeleid_id("attribuut", link_id, term.id),
        "link_id": link_id,
        "link_type": "kenmerk" if term.taxonomie == "kenmerk" else term.taxonomie,
        "link_entity": entiteit,
        "taxonomy_term_id": term.id,
        "value": term.code,
        "taxonomy_term": term_dict(term),
    }


def organisatie_dict(org: Organisatie, diensten: list[dict] | None = None) -> dict:
    org_id = str(org.hsds_id)
    uit = {
        "id": org_id,
        "name": org.naam,
        "description": org.beschrijving or org.naam,
        "email": org.email,
        "website": org.website,
    }
    if org.telefoon:
        uit["phones"] = [
            {
                "id": afgeleid_id(org_id, "telefoon"),
                "organization_id": org_id,
                "number": org.telefoon,
            }
        ]
    if diensten is not None:
        uit["services"] = diensten
    return _schoon(uit)


def locatie_dict(loc: Locatie) -> dict:
    loc_id = str(loc.hsds_id)
    uit = {
        "id": loc_id,
        "location_type": "physical",
        "name": loc.naam,
        "organization_id": str(loc.organisatie.hsds_id) if loc.organisatie_id else None,
    }
    termen = [KENMERK[f"locatie.{k}"] for k in LOCATIE_KENMERKEN if getattr(loc, k)]
    if loc.wijk_id:
        termen.append(wijk_term(loc.wijk))
    if loc.vertrouwelijk_adres:
        termen.append(KENMERK["locatie.vertrouwelijk_adres"])
        uit["description"] = "Het adres is vertrouwelijk."
    else:
        uit["latitude"] = loc.lat
        uit["longitude"] = loc.lon
        straat = " ".join(d for d in (loc.straat, loc.huisnummer) if d)
        if straat:
            uit["addresses"] = [
                {
                    "id": afgeleid_id(loc_id, "adres"),
                    "location_id": loc_id,
                    "address_1": straat,
                    "city": loc.plaats or "Utrecht",
                    "state_province": "Utrecht",
                    "postal_code": loc.postcode,
                    "country": "NL",
                    "address_type": "physical",
                }
            ]
    if loc.toegankelijkheid:
        uit["accessibility"] = [
            {
                "id": afgeleid_id(loc_id, "toegankelijkheid"),
                "location_id": loc_id,
                "description": loc.toegankelijkheid,
            }
        ]
    uit["attributes"] = [attribuut(loc_id, "location", t) for t in termen]
    return _schoon(uit)


def tijdslot_sleutel(slot) -> tuple:
    """What makes a slot the same slot: its id is derived from this, so it survives a re-import."""
    return (
        slot.frequentie,
        slot.interval,
        slot.weekdag,
        slot.week_van_de_maand,
        slot.opent.strftime("%H:%M"),
        slot.sluit.strftime("%H:%M"),
        _iso(slot.geldig_van),
        _iso(slot.geldig_tot),
        _iso(slot.startdatum),
        slot.open_op_feestdagen,
    )


def schedules(al: AanbodLocatie) -> list[dict]:
    al_id, aanbod_id, loc_id = str(al.hsds_id), str(al.aanbod.hsds_id), str(al.locatie.hsds_id)
    basis = {"service_id": aanbod_id, "location_id": loc_id, "service_at_location_id": al_id}
    uit = []
    for slot in al.tijdsloten.all():
        s_id = afgeleid_id(al_id, "tijd", *tijdslot_sleutel(slot))
        uit.append(
            _schoon(
                {
                    "id": s_id,
                    **basis,
                    "freq": slot.frequentie,
                    "interval": slot.interval,
                    "byday": slot.hsds_byday,
                    "wkst": "MO",
                    "dtstart": _iso(slot.startdatum),
                    "valid_from": _iso(slot.geldig_van),
                    "valid_to": _iso(slot.geldig_tot),
                    "opens_at": slot.opent.strftime("%H:%M:%S"),
                    "closes_at": slot.sluit.strftime("%H:%M:%S"),
                    "description": str(slot.omschrijving),
                    "notes": slot.toelichting,
                    "attributes": [attribuut(s_id, "schedule", KENMERK["tijd.open_op_feestdagen"])]
                    if slot.open_op_feestdagen
                    else [],
                }
            )
        )
    for sluiting in al.sluitingen.all():
        s_id = afgeleid_id(al_id, "sluiting", sluiting.van, sluiting.tot)
        uit.append(
            _schoon(
                {
                    "id": s_id,
                    **basis,
                    "valid_from": sluiting.van.isoformat(),
                    "valid_to": sluiting.tot.isoformat(),
                    "description": f"Gesloten van {sluiting.van:%d-%m-%Y} tot en met "
                    f"{sluiting.tot:%d-%m-%Y}.",
                    "notes": sluiting.reden,
                    "attributes": [attribuut(s_id, "schedule", KENMERK["tijd.sluiting"])],
                }
            )
        )
    return uit


def aanbodlocatie_dict(al: AanbodLocatie, volledig: bool = True) -> dict:
    uit = {
        "id": str(al.hsds_id),
        "service_id": str(al.aanbod.hsds_id),
        "location_id": str(al.locatie.hsds_id),
        "description": al.toelichting,
    }
    if volledig:
        uit["schedules"] = schedules(al)
        uit["location"] = locatie_dict(al.locatie)
    return _schoon(uit)


def aanbod_dict(aanbod: Aanbod, volledig: bool = False) -> dict:
    """One service: the one-to-one fields, or (``volledig``) everything nested."""
    a_id = str(aanbod.hsds_id)
    uit = {
        "id": a_id,
        "organization_id": str(aanbod.organisatie.hsds_id),
        "name": aanbod.naam,
        "description": aanbod.beschrijving,
        "url": aanbod.website,
        "email": aanbod.email,
        "status": STATUS.get(aanbod.status, "inactive"),
        "eligibility_description": aanbod.voor_wie,
        "application_process": aanbod.get_deelname_display(),
        "fees_description": aanbod.kosten_toelichting or aanbod.get_kosten_display(),
        "assured_date": _iso(aanbod.laatst_gecontroleerd),
        "last_modified": aanbod.gewijzigd.isoformat().replace("+00:00", "Z"),
    }
    if not volledig:
        return _schoon(uit)
    termen = [thema_term(t) for t in aanbod.themas.all()]
    termen += [doelgroep_term(d) for d in aanbod.doelgroepen.all()]
    termen += [KENMERK[f"soort.{aanbod.soort}"], KENMERK[f"kosten.{aanbod.kosten}"]]
    termen += [KENMERK[f"deelname.{aanbod.deelname}"]]
    locaties = list(aanbod.aanbodlocaties.all())
    wijken = {al.locatie.wijk.slug: al.locatie.wijk for al in locaties if al.locatie.wijk_id}
    uit.update(
        organization=organisatie_dict(aanbod.organisatie),
        phones=[
            {"id": afgeleid_id(a_id, "telefoon"), "service_id": a_id, "number": aanbod.telefoon}
        ]
        if aanbod.telefoon
        else [],
        contacts=[
            {"id": afgeleid_id(a_id, "contact"), "service_id": a_id, "name": aanbod.contactpersoon}
        ]
        if aanbod.contactpersoon
        else [],
        languages=[
            _schoon(
                {
                    "id": afgeleid_id(a_id, "taal", t.code),
                    "service_id": a_id,
                    "name": t.naam_en or t.naam,
                    "code": t.code,
                }
            )
            for t in aanbod.talen.all()
        ],
        cost_options=[
            {
                "id": afgeleid_id(a_id, "kosten"),
                "service_id": a_id,
                "option": "Eigen bijdrage",
                "currency": "EUR",
                "amount": float(aanbod.kosten_bedrag),
                "amount_description": aanbod.kosten_toelichting or "Eigen bijdrage",
            }
        ]
        if aanbod.kosten_bedrag is not None
        else [],
        service_areas=[
            {
                "id": afgeleid_id(a_id, "wijk", slug),
                "service_id": a_id,
                "name": w.naam,
                "description": f"Wijk {w.naam} in Utrecht",
                "extent_type": "wijk",
                "attributes": [
                    attribuut(afgeleid_id(a_id, "wijk", slug), "service_area", wijk_term(w))
                ],
            }
            for slug, w in sorted(wijken.items())
        ],
        service_at_locations=[aanbodlocatie_dict(al) for al in locaties],
        attributes=[attribuut(a_id, "service", t) for t in termen],
    )
    return _schoon(uit)
