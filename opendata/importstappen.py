"""The import, table by table: organisations, locations, offer, offer-at-location, times."""

import contextlib
import uuid
from collections import defaultdict

from django.utils import timezone

from aanbod.gebieden import gebied_bij_punt
from aanbod.historie import GEVOLGDE_VELDEN, Wijziging, aanbodwijzigingen_vastleggen
from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Bron,
    Deelname,
    Doelgroep,
    Frequentie,
    Kosten,
    Locatie,
    Organisatie,
    Sluiting,
    Soort,
    Status,
    Taal,
    Thema,
    Tijdslot,
    Wijk,
)
from aanbod.zoeken.index import zoektekst_bijwerken, zoektekst_uitstellen
from opendata import velden as v
from opendata.importeren import STATUS, Importeur, Samenvatting
from opendata.taxonomie import doelgroep_term, thema_term, wijk_term

# Foreign keys checked in every tabular package (from the official datapackage.json).
# (A missing organisation of a service or location gets a placeholder: see organisaties.)
VERWIJZINGEN = {
    "service_at_location": [("service_id", "services"), ("location_id", "locations")],
    "addresses": [("location_id", "locations")],
    "phones": [
        ("service_id", "services"),
        ("location_id", "locations"),
        ("organization_id", "organizations"),
        ("service_at_location_id", "service_at_location"),
    ],
    "schedules": [
        ("service_id", "services"),
        ("location_id", "locations"),
        ("service_at_location_id", "service_at_location"),
    ],
    "contacts": [
        ("service_id", "services"),
        ("organization_id", "organizations"),
        ("location_id", "locations"),
        ("service_at_location_id", "service_at_location"),
    ],
    "attributes": [("taxonomy_term_id", "taxonomy_terms")],
}
ORGANISATIE_VELDEN = ["naam", "beschrijving", "website", "email", "telefoon", "oorspronkelijk_id"]
LOCATIE_VELDEN = [
    "naam",
    "organisatie_id",
    "straat",
    "huisnummer",
    "postcode",
    "plaats",
    "lat",
    "lon",
    "rolstoeltoegankelijk",
    "toegankelijk_toilet",
    "ringleiding",
    "toegankelijkheid",
    "vertrouwelijk_adres",
    "wijk_id",
    "buurt_id",
    "oorspronkelijk_id",
]
AANBOD_VELDEN = [
    "naam",
    "organisatie_id",
    "soort",
    "beschrijving",
    "voor_wie",
    "kosten",
    "kosten_bedrag",
    "kosten_toelichting",
    "deelname",
    "contactpersoon",
    "email",
    "telefoon",
    "website",
    "status",
    "laatst_gecontroleerd",
    "oorspronkelijk_id",
]
# The same fields as an offer's history names them ("organisatie", not "organisatie_id").
HISTORIEVELDEN = [(veld, Aanbod._meta.get_field(veld).name) for veld in AANBOD_VELDEN]


def _stukken(ids: list, grootte: int = 500):
    for i in range(0, len(ids), grootte):
        yield ids[i : i + grootte]


def _sleutel(slot: Tijdslot) -> tuple:
    return (
        slot.frequentie,
        slot.interval,
        slot.weekdag,
        slot.week_van_de_maand,
        slot.opent,
        slot.sluit,
        slot.geldig_van,
        slot.geldig_tot,
        slot.startdatum,
        slot.open_op_feestdagen,
        slot.toelichting,
    )


class HsdsImport(Importeur):
    def uitvoeren(self) -> Samenvatting:
        # Deleting time slots sends a signal per slot: their offers are updated once, at the end.
        with zoektekst_uitstellen():
            self.verwijzingen_controleren()
            self.organisaties()
            self.locaties()
            self.aanbod()
            self.aanbodlocaties()
            self.tijden()
            zoektekst_bijwerken(sorted(self.gewijzigd_aanbod))
        return self.s

    def _per(self, tabel: str, veld: str, alleen=None) -> dict:
        uit = defaultdict(list)
        for rij in self.t[tabel]:
            if (sleutel := v.tekst(rij, veld).lower()) and (alleen is None or alleen(rij)):
                uit[sleutel].append(rij)
        return uit

    def verwijzingen_controleren(self) -> None:
        """Report every reference to a record that is not in the package (the spec sample has
        a few); the rows themselves are judged later, table by table."""
        if "JSON" in self.s.formaat:
            return
        ids = {tabel: {v.tekst(r, "id").lower() for r in rijen} for tabel, rijen in self.t.items()}
        ontbrekend: dict[tuple, list[dict]] = defaultdict(list)
        for tabel, velden in VERWIJZINGEN.items():
            for rij in self.t[tabel]:
                for veld, doel in velden:
                    waarde = v.tekst(rij, veld).lower()
                    if waarde and doel in ids and waarde not in ids[doel]:
                        ontbrekend[(tabel, veld, doel, waarde)].append(rij)
        # Once per missing record, not once per row that points at it.
        for (tabel, veld, doel, waarde), rijen in ontbrekend.items():
            self.waarschuw(
                rijen[0],
                f"{veld} {self.t.oorspronkelijk.get(waarde, waarde)} staat niet in {doel}"
                + (f" ({len(rijen)} rijen in {tabel})" if len(rijen) > 1 else ""),
            )
        alle_ids = set().union(*ids.values()) if ids else set()
        for rij in self.t["attributes"]:
            if (link := v.tekst(rij, "link_id").lower()) and link not in alle_ids:
                self.afwijzen(
                    "kenmerken", rij, f"link_id {link} verwijst naar een record dat er niet is"
                )

    def organisaties(self) -> None:
        def eigen(r):
            return not any(
                v.tekst(r, k) for k in ("service_id", "location_id", "service_at_location_id")
            )

        telefoons = self._per("phones", "organization_id", eigen)
        nieuw = {}
        for hsds_id, rij in self.uniek("organisaties", self.t["organizations"]):
            if not (naam := v.tekst(rij, "name", 200)):
                self.afwijzen("organisaties", rij, "name ontbreekt")
                continue
            website, w1 = v.url_of_leeg(rij, "website")
            email, w2 = v.email_of_leeg(rij, "email")
            self.waarschuw(rij, w1)
            self.waarschuw(rij, w2)
            tel = telefoons.get(str(hsds_id))
            nieuw[hsds_id] = {
                "naam": naam,
                # Our export repeats the name when there is no description (HSDS requires one).
                "beschrijving": ""
                if v.tekst(rij, "description") == naam
                else v.tekst(rij, "description"),
                "website": website,
                "email": email,
                "telefoon": v.telefoon(v.tekst(tel[0], "number")) if tel else "",
                "oorspronkelijk_id": v.tekst(rij, "_oorspronkelijk_id", 200),
            }
        self.org = Organisatie.objects.in_bulk(list(nieuw), field_name="hsds_id")
        self.tijdelijke_organisaties(nieuw)
        _, bijgewerkt = self.opslaan(
            "organisaties",
            Organisatie,
            self.org,
            nieuw,
            ORGANISATIE_VELDEN,
            klaar=lambda maken, _b: self.slugs(Organisatie, maken),
        )
        for stuk in _stukken([o.pk for o in bijgewerkt]):
            self.gewijzigd_aanbod.update(
                Aanbod.objects.filter(organisatie__in=stuk).values_list("pk", flat=True)
            )

    def tijdelijke_organisaties(self, nieuw: dict) -> None:
        """Offers and locations whose organisation is not in the package land under a
        placeholder organisation (named after the source and the missing id, to be checked
        by a coordinator) instead of being refused; each missing id is reported once."""
        geen = str(uuid.uuid5(self.t.namespace, "organizations:"))
        kinderen: dict[str, list] = defaultdict(list)
        for tabel in ("services", "locations"):
            for rij in self.t[tabel]:
                if rij.get("_fout") or (tabel == "services" and not v.tekst(rij, "name")):
                    continue  # refused anyway: no placeholder for it
                org_id = v.tekst(rij, "organization_id").lower()
                if not org_id and tabel == "services":
                    org_id = rij["organization_id"] = geen
                    self.t.oorspronkelijk.setdefault(geen, "")
                try:
                    sleutel = v.hsds_uuid({"id": org_id}, verplicht=False)
                except v.Afwijzing:
                    continue
                if sleutel and sleutel not in nieuw:
                    kinderen[sleutel].append((tabel, rij))
        self._opzoeken(self.org, Organisatie, set(kinderen))
        maken = []
        for org_id, rijen in kinderen.items():
            bestaand = self.org.get(org_id)
            if bestaand and not bestaand.te_controleren:
                continue  # imported before, or made by hand: a real organisation
            oorspronkelijk = self.t.oorspronkelijk.get(str(org_id), str(org_id))
            naam = (
                f"{self.bronnaam}: organisatie {oorspronkelijk} (ontbreekt in de bron)"
                if oorspronkelijk
                else f"{self.bronnaam}: aanbod zonder organisatie"
            )[:200]
            diensten = sum(1 for tabel, _r in rijen if tabel == "services")
            wat = " en ".join(
                tekst
                for aantal, tekst in (
                    (diensten, f"{diensten} aanbod"),
                    (len(rijen) - diensten, f"{len(rijen) - diensten} locatie(s)"),
                )
                if aantal
            )
            self.waarschuw(
                rijen[0][1],
                f"organisatie {oorspronkelijk or '(leeg)'} staat niet in het bestand; "
                f"{wat} staat nu onder de tijdelijke organisatie '{naam}' (nakijken)",
            )
            if not bestaand:
                org = Organisatie(
                    hsds_id=org_id,
                    naam=naam,
                    beschrijving="",
                    oorspronkelijk_id=oorspronkelijk[:200],
                    te_controleren=True,
                )
                maken.append(org)
                self.org[org_id] = org
        self.slugs(Organisatie, maken)
        Organisatie.objects.bulk_create(maken, batch_size=500)
        self.s.tellingen["organisaties"].aangemaakt += len(maken)
        self.s.tijdelijke_organisaties = len(kinderen)

    def _opzoeken(self, kaart: dict, model, ids: set) -> dict:
        ontbreekt = [i for i in ids if i and i not in kaart]
        for stuk in _stukken(ontbreekt):
            kaart.update(model.objects.in_bulk(stuk, field_name="hsds_id"))
        return kaart

    def locaties(self) -> None:
        adressen = self._per("addresses", "location_id")
        toegang = self._per("accessibility", "location_id")
        wijken = {wijk_term(w).id: w.pk for w in Wijk.objects.all()}
        gebieden: dict = {}
        rijen = list(self.uniek("locaties", self.t["locations"]))
        org_ids = set()
        for _id, rij in rijen:
            with contextlib.suppress(v.Afwijzing):
                org_ids.add(v.hsds_uuid(rij, "organization_id", verplicht=False))
        self._opzoeken(self.org, Organisatie, org_ids)
        self.loc = Locatie.objects.in_bulk([i for i, _r in rijen], field_name="hsds_id")
        nieuw = {}
        for hsds_id, rij in rijen:
            kenmerken = self.kenmerken(hsds_id)
            try:
                org_id = v.hsds_uuid(rij, "organization_id", verplicht=False)
            except v.Afwijzing as fout:
                self.waarschuw(rij, str(fout))
                org_id = None
            try:
                lat, lon = v.getal(rij, "latitude"), v.getal(rij, "longitude")
            except v.Afwijzing as fout:
                self.waarschuw(rij, f"{fout}; coördinaten weggelaten")
                lat = lon = None
            if (
                lat is not None
                and lon is not None
                and not (-90 <= lat <= 90 and -180 <= lon <= 180)
            ):
                self.waarschuw(rij, f"coördinaten {lat},{lon} bestaan niet en zijn weggelaten")
                lat = lon = None
            if lat is None or lon is None:
                lat = lon = None
            adres_rijen = adressen.get(str(hsds_id), [])
            adres_rijen.sort(key=lambda a: v.tekst(a, "address_type") != "physical")
            adres = adres_rijen[0] if adres_rijen else {}
            straat, huisnummer = v.adres(v.tekst(adres, "address_1"))
            postcode, w = v.postcode(v.tekst(adres, "postal_code"))
            self.waarschuw(rij, w)
            vertrouwelijk = "locatie.vertrouwelijk_adres" in kenmerken
            waarden = {
                "naam": v.tekst(rij, "name", 200) or straat or "Locatie",
                "organisatie_id": self.org[org_id].pk if org_id in self.org else None,
                "straat": straat,
                "huisnummer": huisnummer,
                "postcode": postcode,
                "plaats": v.tekst(adres, "city", 80) or "Utrecht",
                "lat": lat,
                "lon": lon,
                "rolstoeltoegankelijk": "locatie.rolstoeltoegankelijk" in kenmerken,
                "toegankelijk_toilet": "locatie.toegankelijk_toilet" in kenmerken,
                "ringleiding": "locatie.ringleiding" in kenmerken,
                "toegankelijkheid": "\n".join(
                    v.tekst(a, "description") for a in toegang.get(str(hsds_id), [])
                ),
                "vertrouwelijk_adres": vertrouwelijk,
                "oorspronkelijk_id": v.tekst(rij, "_oorspronkelijk_id", 200),
            }
            oud = self.loc.get(hsds_id)
            if vertrouwelijk and oud and not adres and lat is None:
                # Our own export leaves confidential addresses out: keep the one we have.
                for k in ("straat", "huisnummer", "postcode", "plaats", "lat", "lon"):
                    waarden[k] = getattr(oud, k)
            if waarden["lat"] is not None:
                punt = (waarden["lat"], waarden["lon"])
                if oud and oud.wijk_id and (oud.lat, oud.lon) == punt:
                    gebieden.setdefault(punt, (oud.wijk_id, oud.buurt_id))
                if punt not in gebieden:
                    wijk, buurt = gebied_bij_punt(*punt)
                    gebieden[punt] = (
                        buurt.wijk_id if buurt else (wijk.pk if wijk else None),
                        buurt.pk if buurt else None,
                    )
                waarden["wijk_id"], waarden["buurt_id"] = gebieden[punt]
            else:
                gekozen = [wijken[k] for k in kenmerken if k in wijken]
                waarden["wijk_id"] = gekozen[0] if gekozen else (oud.wijk_id if oud else None)
                waarden["buurt_id"] = (
                    oud.buurt_id if oud and waarden["wijk_id"] == oud.wijk_id else None
                )
            nieuw[hsds_id] = waarden
        _, bijgewerkt = self.opslaan("locaties", Locatie, self.loc, nieuw, LOCATIE_VELDEN)
        for stuk in _stukken([o.pk for o in bijgewerkt]):
            self.gewijzigd_aanbod.update(
                AanbodLocatie.objects.filter(locatie__in=stuk).values_list("aanbod_id", flat=True)
            )

    def _lijstwaarden(self, model, naar_term) -> tuple[dict, dict]:
        per_id, per_naam = {}, {}
        for obj in model.objects.all():
            per_id[naar_term(obj).id] = obj.pk
            for naam in (obj.naam, obj.naam_en, obj.slug):
                if naam:
                    per_naam[naam.casefold()] = obj.pk
        return per_id, per_naam

    def _termen(self, kenmerken: set[str], per_id: dict, per_naam: dict) -> set[int]:
        uit = set()
        for term in kenmerken:
            if term in per_id:
                uit.add(per_id[term])
            elif (naam := self.termnamen.get(term, "").casefold()) in per_naam:
                uit.add(per_naam[naam])
        return uit

    def aanbod(self) -> None:
        def eigen(r):
            return not any(v.tekst(r, k) for k in ("location_id", "service_at_location_id"))

        telefoons = self._per("phones", "service_id", eigen)
        contacten = self._per("contacts", "service_id")
        talen_rijen = self._per("languages", "service_id")
        kosten_rijen = self._per("cost_options", "service_id")
        themas = self._lijstwaarden(Thema, thema_term)
        doelgroepen = self._lijstwaarden(Doelgroep, doelgroep_term)
        talen = {}
        for taal in Taal.objects.all():
            for naam in (taal.code, taal.naam, taal.naam_en):
                if naam:
                    talen[naam.casefold()] = taal.pk
        rijen = list(self.uniek("aanbod", self.t["services"]))
        org_ids = set()
        for _id, rij in rijen:
            with contextlib.suppress(v.Afwijzing):
                org_ids.add(v.hsds_uuid(rij, "organization_id"))
        self._opzoeken(self.org, Organisatie, org_ids)
        nieuw, self.koppelingen = {}, {}
        for hsds_id, rij in rijen:
            try:
                nieuw[hsds_id] = self._aanbod_waarden(
                    hsds_id, rij, telefoons, contacten, kosten_rijen
                )
            except v.Afwijzing as fout:
                self.afwijzen("aanbod", rij, str(fout))
                continue
            kenmerken = self.kenmerken(hsds_id)
            gesproken = set()
            for taal in talen_rijen.get(str(hsds_id), []):
                for sleutel in (v.tekst(taal, "code"), v.tekst(taal, "name")):
                    if sleutel.casefold() in talen:
                        gesproken.add(talen[sleutel.casefold()])
                        break
            self.koppelingen[hsds_id] = {
                "themas": self._termen(kenmerken, *themas),
                "doelgroepen": self._termen(kenmerken, *doelgroepen),
                "talen": gesproken,
            }
        self.aanbod_kaart = Aanbod.objects.in_bulk(list(nieuw), field_name="hsds_id")
        voor = {
            o.pk: [getattr(o, veld) for veld in AANBOD_VELDEN] for o in self.aanbod_kaart.values()
        }
        maken, bijgewerkt = self.opslaan(
            "aanbod",
            Aanbod,
            self.aanbod_kaart,
            nieuw,
            [*AANBOD_VELDEN, "gegevensbron_id"] if self.bron else AANBOD_VELDEN,
            klaar=lambda m, _b: self.slugs(Aanbod, m),
        )
        self.bron_bijhouden(list(nieuw))
        self.historie_vastleggen(
            Wijziging(o.pk, naam, oud, getattr(o, veld))
            for o in bijgewerkt
            for (veld, naam), oud in zip(HISTORIEVELDEN, voor[o.pk], strict=True)
            if naam in GEVOLGDE_VELDEN
        )
        self.gewijzigd_aanbod.update(o.pk for o in [*maken, *bijgewerkt])
        self._koppelingen_opslaan({o.pk for o in maken}, {o.pk for o in bijgewerkt})

    def bron_bijhouden(self, in_pakket: list) -> None:
        """The source confirms what it contains; what it no longer contains is marked for a
        coordinator to decide on (never deleted here)."""
        if not self.bron:
            return
        nu = timezone.now()
        for stuk in _stukken(in_pakket, 2000):
            Aanbod.objects.filter(hsds_id__in=stuk).update(
                bevestigd_door_bron=nu, verdwenen_uit_bron=None
            )
        self.s.verdwenen = (
            Aanbod.objects.filter(gegevensbron=self.bron, verdwenen_uit_bron__isnull=True)
            .exclude(bevestigd_door_bron=nu)
            .update(verdwenen_uit_bron=nu)
        )

    def historie_vastleggen(self, wijzigingen) -> None:
        """In each changed offer's history: changed by this import."""
        aanbodwijzigingen_vastleggen(
            wijzigingen, via=Bron.IMPORT, door=self.door, door_omschrijving=self.omschrijving
        )

    def _aanbod_waarden(self, hsds_id, rij, telefoons, contacten, kosten_rijen) -> dict:
        if not (naam := v.tekst(rij, "name", 200)):
            raise v.Afwijzing("name ontbreekt")
        org_id = v.hsds_uuid(rij, "organization_id")
        if org_id not in self.org:
            raise v.Afwijzing(
                f"organisatie {org_id} staat niet in het bestand en niet in het Wijkportaal"
            )
        ruwe_status = v.tekst(rij, "status").lower()
        if not ruwe_status:
            self.waarschuw(rij, "status ontbreekt; ingelezen als actief")
        elif ruwe_status not in STATUS:
            self.waarschuw(rij, f"status '{ruwe_status[:30]}' kennen we niet; ingelezen als actief")
        kenmerken = self.kenmerken(hsds_id)
        gekozen = {k.split(".", 1)[0]: k.split(".", 1)[1] for k in kenmerken if "." in k}
        bedrag = None
        for optie in kosten_rijen.get(str(hsds_id), []):
            try:
                bedrag = v.bedrag(optie, "amount")
            except v.Afwijzing as fout:
                self.waarschuw(optie, str(fout))
            if bedrag is not None:
                break
        toelichting = v.tekst(rij, "fees_description") or v.tekst(rij, "fees")
        kosten = gekozen.get("kosten") if gekozen.get("kosten") in Kosten.values else None
        if kosten is None:
            kosten = Kosten.EIGEN_BIJDRAGE if bedrag or toelichting else Kosten.GRATIS
        if toelichting in {str(label) for label in Kosten.labels}:
            toelichting = ""
        website, w1 = v.url_of_leeg(rij, "url")
        email, w2 = v.email_of_leeg(rij, "email")
        self.waarschuw(rij, w1)
        self.waarschuw(rij, w2)
        try:
            gecontroleerd = v.datum(rij, "assured_date")
        except v.Afwijzing as fout:
            self.waarschuw(rij, str(fout))
            gecontroleerd = None
        tel = telefoons.get(str(hsds_id))
        contact = contacten.get(str(hsds_id))
        return {
            "naam": naam,
            "organisatie_id": self.org[org_id].pk,
            "soort": gekozen.get("soort")
            if gekozen.get("soort") in Soort.values
            else Soort.HULP_EN_ADVIES,
            "beschrijving": v.tekst(rij, "description"),
            "voor_wie": v.tekst(rij, "eligibility_description", 300),
            "kosten": kosten,
            "kosten_bedrag": bedrag,
            "kosten_toelichting": toelichting[:200],
            "deelname": gekozen.get("deelname")
            if gekozen.get("deelname") in Deelname.values
            else Deelname.AANMELDEN,
            "contactpersoon": v.tekst(contact[0], "name", 120) if contact else "",
            "email": email,
            "telefoon": v.telefoon(v.tekst(tel[0], "number")) if tel else "",
            "website": website,
            "status": STATUS.get(ruwe_status, Status.ACTIEF),
            "laatst_gecontroleerd": gecontroleerd,
            "oorspronkelijk_id": v.tekst(rij, "_oorspronkelijk_id", 200),
            **({"gegevensbron_id": self.bron.pk} if self.bron else {}),
        }

    def _koppelingen_opslaan(self, nieuw_pks: set[int], bijgewerkt_pks: set[int]) -> None:
        velden = {"themas": "thema_id", "doelgroepen": "doelgroep_id", "talen": "taal_id"}
        gewenst = {self.aanbod_kaart[h].pk: k for h, k in self.koppelingen.items()}
        bestaande_pks = [pk for pk in gewenst if pk not in nieuw_pks]
        veranderd, historie = set(), []
        for naam, kolom in velden.items():
            through = getattr(Aanbod, naam).through
            huidig = defaultdict(set)
            for stuk in _stukken(bestaande_pks):
                for aanbod_id, waarde in through.objects.filter(aanbod_id__in=stuk).values_list(
                    "aanbod_id", kolom
                ):
                    huidig[aanbod_id].add(waarde)
            anders = [pk for pk, k in gewenst.items() if k[naam] != huidig.get(pk, set())]
            for stuk in _stukken(anders):
                through.objects.filter(aanbod_id__in=stuk).delete()
            through.objects.bulk_create(
                [through(aanbod_id=pk, **{kolom: w}) for pk in anders for w in gewenst[pk][naam]],
                batch_size=1000,
            )
            bestaand_anders = [pk for pk in anders if pk not in nieuw_pks]
            veranderd.update(bestaand_anders)
            if bestaand_anders:
                lijst = getattr(Aanbod, naam).field.related_model
                namen = {o.pk: str(o) for o in lijst.objects.all()}
                historie += [
                    Wijziging(
                        pk,
                        naam,
                        [namen[i] for i in huidig.get(pk, ())],
                        [namen[i] for i in gewenst[pk][naam]],
                    )
                    for pk in bestaand_anders
                ]
        self.historie_vastleggen(historie)
        alleen_koppelingen = veranderd - bijgewerkt_pks
        telling = self.s.tellingen["aanbod"]
        telling.ongewijzigd -= len(alleen_koppelingen)
        telling.bijgewerkt += len(alleen_koppelingen)
        for stuk in _stukken(sorted(alleen_koppelingen)):
            Aanbod.objects.filter(pk__in=stuk).update(gewijzigd=timezone.now())
        self.gewijzigd_aanbod.update(veranderd)

    def aanbodlocaties(self) -> None:
        self.al_alias: dict = {}
        rijen = list(self.uniek("aanbodlocaties", self.t["service_at_location"]))
        ids = {"s": set(), "l": set()}
        for _id, rij in rijen:
            for sleutel, veld in (("s", "service_id"), ("l", "location_id")):
                with contextlib.suppress(v.Afwijzing):
                    ids[sleutel].add(v.hsds_uuid(rij, veld))
        self._opzoeken(self.aanbod_kaart, Aanbod, ids["s"])
        self._opzoeken(self.loc, Locatie, ids["l"])
        self.al = AanbodLocatie.objects.in_bulk([i for i, _r in rijen], field_name="hsds_id")
        paren = {}
        aanbod_pks = [a.pk for a in self.aanbod_kaart.values()]
        for stuk in _stukken(aanbod_pks):
            for al in AanbodLocatie.objects.filter(aanbod_id__in=stuk).only(
                "hsds_id", "aanbod_id", "locatie_id"
            ):
                paren[(al.aanbod_id, al.locatie_id)] = al.hsds_id
        nieuw = {}
        for hsds_id, rij in rijen:
            try:
                s_id, l_id = v.hsds_uuid(rij, "service_id"), v.hsds_uuid(rij, "location_id")
                if s_id not in self.aanbod_kaart:
                    raise v.Afwijzing(f"service {s_id} is niet ingelezen en bestaat niet")
                if l_id not in self.loc:
                    raise v.Afwijzing(f"location {l_id} is niet ingelezen en bestaat niet")
            except v.Afwijzing as fout:
                self.afwijzen("aanbodlocaties", rij, str(fout))
                continue
            paar = (self.aanbod_kaart[s_id].pk, self.loc[l_id].pk)
            if paren.get(paar, hsds_id) != hsds_id:
                # The same offer at the same place twice: one row; its times go to the first.
                self.al_alias[hsds_id] = paren[paar]
                self.waarschuw(rij, f"dit aanbod staat al op deze locatie (id {paren[paar]})")
                continue
            paren[paar] = hsds_id
            nieuw[hsds_id] = {
                "aanbod_id": paar[0],
                "locatie_id": paar[1],
                "toelichting": v.tekst(rij, "description", 200),
            }
        self.in_pakket = set(nieuw)
        self.opslaan(
            "aanbodlocaties",
            AanbodLocatie,
            self.al,
            nieuw,
            ["aanbod_id", "locatie_id", "toelichting"],
        )

    def _aanbodlocaties_bij(self, rij: dict) -> list[AanbodLocatie]:
        """The offer-at-locations a schedule belongs to: by its id; else by service and
        location; a service's times without a location hold at each of its locations, and
        a location's times without a service for each offer there (HSDS 1.1 allows both)."""
        al_id = v.hsds_uuid(rij, "service_at_location_id", verplicht=False)
        if al_id:
            al_id = self.al_alias.get(al_id, al_id)
            self._opzoeken(self.al, AanbodLocatie, {al_id})
            if al_id in self.al:
                return [self.al[al_id]]
            if not (v.tekst(rij, "service_id") or v.tekst(rij, "location_id")):
                raise v.Afwijzing(f"service_at_location {al_id} is niet ingelezen en bestaat niet")
        s_id = v.hsds_uuid(rij, "service_id", verplicht=False)
        l_id = v.hsds_uuid(rij, "location_id", verplicht=False)
        if s_id is None and l_id is None:
            raise v.Afwijzing("deze tijden horen bij geen bekend aanbod op een locatie")
        if s_id is not None and s_id not in self.aanbod_kaart:
            raise v.Afwijzing("deze tijden horen bij geen bekend aanbod op een locatie")
        if l_id is not None and l_id not in self.loc:
            raise v.Afwijzing(f"location {l_id} is niet ingelezen en bestaat niet")
        aanbod_pk = self.aanbod_kaart[s_id].pk if s_id else None
        locatie_pk = self.loc[l_id].pk if l_id else None
        if not hasattr(self, "_al_per"):
            self._al_per = defaultdict(list)
            for al in self.al.values():
                if al.hsds_id in self.in_pakket:
                    self._al_per[("a", al.aanbod_id)].append(al)
                    self._al_per[("l", al.locatie_id)].append(al)
        kandidaten = [
            al
            for al in (
                self._al_per[("a", aanbod_pk)] if aanbod_pk else self._al_per[("l", locatie_pk)]
            )
            if locatie_pk is None or al.locatie_id == locatie_pk
        ]
        if not kandidaten:
            raise v.Afwijzing("deze tijden horen bij geen bekend aanbod op een locatie")
        return kandidaten

    def _tijden_van(self, rij: dict, al: AanbodLocatie) -> list:
        kenmerken = self.kenmerken(v.tekst(rij, "id")) if v.tekst(rij, "id") else set()
        toelichting = v.tekst(rij, "notes", 200)
        geen_tijd = not v.tekst(rij, "freq") and not v.tekst(rij, "opens_at")
        if (
            rij.get("_sluiting")
            or "tijd.sluiting" in kenmerken
            or (geen_tijd and v.tekst(rij, "valid_to"))
        ):
            van, tot = v.datum(rij, "valid_from"), v.datum(rij, "valid_to")
            if not van or not tot or tot < van:
                raise v.Afwijzing(
                    "een sluiting heeft een begin- en einddatum nodig, in die volgorde"
                )
            return [Sluiting(aanbod_locatie=al, van=van, tot=tot, reden=toelichting)]
        freq = v.tekst(rij, "freq").upper() or Frequentie.WEKELIJKS
        if freq not in Frequentie.values:
            raise v.Afwijzing(f"freq '{freq[:20]}' kennen we niet (alleen WEEKLY en MONTHLY)")
        opent, sluit = v.tijd(rij, "opens_at"), v.tijd(rij, "closes_at")
        if not opent or not sluit:
            raise v.Afwijzing("opens_at en closes_at zijn nodig")
        if sluit <= opent and sluit.hour < 12 and sluit.hour + 12 > opent.hour:
            # '9:00' to '5:00' without am/pm: the afternoon is meant
            sluit = sluit.replace(hour=sluit.hour + 12)
        if sluit <= opent:
            raise v.Afwijzing("closes_at moet na opens_at liggen")
        interval = int(v.getal(rij, "interval") or 1)
        if not 1 <= interval <= 12:
            raise v.Afwijzing("interval moet tussen 1 en 12 liggen")
        start, van, tot = (
            v.datum(rij, "dtstart"),
            v.datum(rij, "valid_from"),
            v.datum(rij, "valid_to"),
        )
        if interval > 1 and not (start or van):
            raise v.Afwijzing("bij een interval groter dan 1 is dtstart nodig")
        if van and tot and tot < van:
            raise v.Afwijzing("valid_to ligt voor valid_from")
        return [
            Tijdslot(
                aanbod_locatie=al,
                frequentie=freq,
                interval=interval,
                weekdag=dag,
                week_van_de_maand=week,
                opent=opent,
                sluit=sluit,
                geldig_van=van,
                geldig_tot=tot,
                startdatum=start,
                open_op_feestdagen="tijd.open_op_feestdagen" in kenmerken,
                toelichting=toelichting,
            )
            for dag, week in v.dagen(v.tekst(rij, "byday"), freq == Frequentie.MAANDELIJKS)
        ]

    def tijden(self) -> None:
        gewenst = defaultdict(list)
        for hsds_id in self.in_pakket:
            gewenst[self.al[hsds_id].pk] = []
        for rij in self.voortgang(self.t["schedules"], "tijden"):
            try:
                if rij.get("_fout"):
                    raise v.Afwijzing(rij["_fout"])
                for al in self._aanbodlocaties_bij(rij):
                    gewenst[al.pk].extend(self._tijden_van(rij, al))
            except v.Afwijzing as fout:
                self.afwijzen("tijden", rij, str(fout))
        telling = self.s.tellingen["tijden"]
        pks = sorted(gewenst)
        oud_slots, oud_sluitingen = defaultdict(list), defaultdict(list)
        for stuk in _stukken(pks):
            for slot in Tijdslot.objects.filter(aanbod_locatie_id__in=stuk):
                oud_slots[slot.aanbod_locatie_id].append(slot)
            for sl in Sluiting.objects.filter(aanbod_locatie_id__in=stuk):
                oud_sluitingen[sl.aanbod_locatie_id].append(sl)
        weg, maken, veranderd = [[], []], [[], []], set()
        for pk in pks:
            for i, (model, sleutel, oud) in enumerate(
                (
                    (Tijdslot, _sleutel, oud_slots[pk]),
                    (Sluiting, lambda s: (s.van, s.tot, s.reden), oud_sluitingen[pk]),
                )
            ):
                nieuw = [t for t in gewenst[pk] if isinstance(t, model)]
                oude_sleutels = {sleutel(t): t for t in oud}
                nieuwe_sleutels = {sleutel(t): t for t in nieuw}
                for k, t in nieuwe_sleutels.items():
                    if k in oude_sleutels:
                        telling.ongewijzigd += 1
                    else:
                        maken[i].append(t)
                        veranderd.add(pk)
                for k, t in oude_sleutels.items():
                    if k not in nieuwe_sleutels:
                        weg[i].append(t.pk)
                        veranderd.add(pk)
        for i, model in enumerate((Tijdslot, Sluiting)):
            for stuk in _stukken(weg[i]):
                model.objects.filter(pk__in=stuk).delete()
            model.objects.bulk_create(maken[i], batch_size=500)
        telling.aangemaakt += len(maken[0]) + len(maken[1])
        telling.verwijderd += len(weg[0]) + len(weg[1])
        # New times are a change of the offer too (modified_after in the API).
        aanbod_ids = {al.aanbod_id for al in self.al.values() if al.pk in veranderd}
        self.gewijzigd_aanbod.update(aanbod_ids)  # the days are words of the search vector
        for stuk in _stukken(sorted(aanbod_ids)):
            Aanbod.objects.filter(pk__in=stuk).update(gewijzigd=timezone.now())
