"""The relevance set and the needs vocabulary are data that search is measured and tuned by: a
typo in an offer's name or a theme slug would make a measurement quietly wrong."""

import json
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from aanbod.models import Status, Thema
from tests.aanbod.relevantieset import CATALOGUSWOORDEN, ZINNEN, ZINNEN_CONTROLE

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
GROEPEN = {
    "psychische kwetsbaarheid",
    "licht verstandelijke beperking",
    "hersenletsel",
    "dakloosheid",
    "mantelzorgers",
    "ouderen",
    "ouders",
    "nieuwkomers",
    "iedereen",
}


def demo_aanbod() -> dict[str, str]:
    catalogus = json.loads((FIXTURES / "demo" / "catalogus.json").read_text(encoding="utf-8"))
    return {a["naam"]: a.get("status", Status.ACTIEF) for a in catalogus["aanbod"]}


def behoeften() -> list[dict]:
    return json.loads((FIXTURES / "behoeften.json").read_text(encoding="utf-8"))["behoeften"]


def test_de_set_is_groot_genoeg():
    assert len(CATALOGUSWOORDEN) + len(ZINNEN) >= 200
    assert len(ZINNEN) >= 100
    assert len(ZINNEN_CONTROLE) >= 50


def test_geen_vraag_komt_twee_keer_voor_ook_niet_in_de_controleset():
    vragen = [v.casefold() for v, _ in CATALOGUSWOORDEN + ZINNEN + ZINNEN_CONTROLE]
    assert sorted(v for v in set(vragen) if vragen.count(v) > 1) == []


@pytest.mark.parametrize(
    "lijst", [CATALOGUSWOORDEN, ZINNEN, ZINNEN_CONTROLE], ids=["catalogus", "zinnen", "controle"]
)
def test_elk_goed_antwoord_is_zichtbaar_demo_aanbod(lijst):
    aanbod = demo_aanbod()
    for vraag, goed in lijst:
        assert goed, vraag
        assert len(set(goed)) == len(goed), vraag
        onbekend = [naam for naam in goed if naam not in aanbod]
        assert onbekend == [], vraag
        assert all(aanbod[naam] != Status.GESTOPT for naam in goed), vraag


def test_zinnen_noemen_het_aanbod_niet_bij_naam():
    """An everyday sentence that names the offer measures the catalogue search, not the needs."""
    for vraag, goed in ZINNEN + ZINNEN_CONTROLE:
        assert not any(naam.casefold() in vraag.casefold() for naam in goed), vraag


def test_behoeften_startlijst_is_groot_genoeg_en_uniek():
    lijst = behoeften()
    assert len(lijst) >= 300
    uitdrukkingen = [b["uitdrukking"].casefold() for b in lijst]
    assert sorted(u for u in set(uitdrukkingen) if uitdrukkingen.count(u) > 1) == []


def test_elke_behoefte_is_volledig():
    for behoefte in behoeften():
        assert set(behoefte) == {"uitdrukking", "themas", "zoekwoorden", "groep"}, behoefte
        assert behoefte["uitdrukking"].strip() == behoefte["uitdrukking"] != ""
        assert behoefte["themas"], behoefte
        assert 1 <= len(behoefte["zoekwoorden"]) <= 6, behoefte
        assert behoefte["groep"] in GROEPEN, behoefte


def test_elke_groep_heeft_eigen_behoeften():
    per_groep = Counter(behoefte["groep"] for behoefte in behoeften())
    assert min(per_groep[groep] for groep in GROEPEN) >= 15, per_groep


@pytest.mark.django_db
def test_behoeften_gebruiken_alleen_bestaande_themas():
    slugs = set(Thema.objects.values_list("slug", flat=True))
    onbekend = {t for b in behoeften() for t in b["themas"]} - slugs
    assert onbekend == set()
