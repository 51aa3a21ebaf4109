"""Issue 21: Utrecht's design system on every page, icons without emoji, error pages in Dutch
in the site's layout, and the script that brings the front-end packages in."""

import importlib.util
import io
import re
from pathlib import Path

import pytest
from django import forms
from django.test import Client

from tests.aanbod.test_views import tekst
from tests.factories import maak_gebruiker, otp_inloggen

ROOT = Path(__file__).resolve().parents[2]
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2139]")


def _script():
    spec = importlib.util.spec_from_file_location("npm_ophalen", ROOT / "scripts/npm_ophalen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- error and login pages ---------------------------------------------------------------


@pytest.mark.django_db
def test_403_in_het_nederlands_in_de_huisstijl(client, django_assert_max_num_queries):
    otp_inloggen(client, maak_gebruiker("vrijwilliger"))
    with django_assert_max_num_queries(10):
        r = client.get("/beheer/")
    assert r.status_code == 403
    pagina = tekst(r)
    assert "Deze pagina is niet voor jou open" in pagina
    assert "je account mag deze pagina niet zien" in pagina
    assert 'class="utrecht-page-header kop"' in r.content.decode()
    assert "Forbidden" not in pagina


@pytest.mark.django_db
def test_mislukte_csrf_controle_zegt_in_gewone_taal_wat_je_kunt_doen():
    client = Client(enforce_csrf_checks=True)
    r = client.post("/account/login/", {"username": "iemand", "password": "x"})
    assert r.status_code == 403
    pagina = tekst(r)
    assert "We konden je formulier niet veilig ontvangen" in pagina
    assert "CSRF" not in pagina and "Forbidden" not in pagina
    assert 'class="utrecht-page-footer voet"' in r.content.decode()


def test_500_heeft_de_kop_en_voet_van_de_site_en_zegt_je():
    from wijkportaal.views import serverfout

    r = serverfout(None)
    inhoud = r.content.decode()
    assert r.status_code == 500
    assert "<header>" in inhoud and "<footer>" in inhoud and "Wijkportaal <span>Utrecht" in inhoud
    assert "Het ligt niet aan jou" in inhoud
    assert not re.search(r"\b[Uu]w?\b", re.sub(r"<[^>]+>|lang=\"en\">.*?</p>", " ", inhoud))


@pytest.mark.django_db
def test_inlogpagina_met_utrecht_velden_en_knop(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        r = client.get("/account/login/")
    inhoud = r.content.decode()
    veld = re.search(r'<input[^>]*name="username"[^>]*>', inhoud).group(0)
    assert "utrecht-textbox utrecht-textbox--html-input" in veld
    assert 'class="utrecht-button utrecht-button--primary-action"' in inhoud


# --- the form renderer -------------------------------------------------------------------


class _Formulier(forms.Form):
    naam = forms.CharField(widget=forms.TextInput(attrs={"class": "eigen"}))
    email = forms.EmailField()
    tekst = forms.CharField(widget=forms.Textarea)
    wijk = forms.ChoiceField(choices=[("oost", "Oost"), ("west", "West")])
    akkoord = forms.BooleanField()
    themas = forms.MultipleChoiceField(
        choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )
    keuze = forms.ChoiceField(choices=[("j", "Ja"), ("n", "Nee")], widget=forms.RadioSelect)
    verborgen = forms.CharField(widget=forms.HiddenInput)


def test_elk_soort_veld_krijgt_zijn_utrecht_klasse_en_houdt_de_eigen():
    html = str(_Formulier())
    klassen = {}
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
        naam = re.search(r'name="(\w+)"', tag).group(1)
        klasse = re.search(r'class="([^"]*)"', tag)
        klassen.setdefault(naam, klasse.group(1) if klasse else "")
    assert "eigen" in klassen["naam"] and "utrecht-textbox" in klassen["naam"]
    assert "utrecht-textbox" in klassen["email"]
    assert "utrecht-textarea" in klassen["tekst"]
    assert "utrecht-select" in klassen["wijk"]
    assert "utrecht-checkbox" in klassen["akkoord"]
    assert html.count("utrecht-checkbox--html-input") == 3  # akkoord and both themes
    assert html.count("utrecht-radio-button--html-input") == 2
    assert not re.search(r'type="hidden"[^>]*class=', html)


def test_snelle_filterwidgets_hebben_dezelfde_klassen():
    from wijkportaal.widgets import SnelleSelect, SnelleVinkjes

    select = SnelleSelect(choices=[("a", "A")]).render("wijk", "a")
    vinkjes = SnelleVinkjes(choices=[("a", "A"), ("b", "B")]).render(
        "thema", ["a"], {"id": "id_thema"}
    )
    assert 'class="utrecht-select utrecht-select--html-select"' in select
    assert vinkjes.count("utrecht-checkbox--html-input") == 2


# --- icons and the search page -------------------------------------------------------------


@pytest.mark.django_db
def test_elk_thema_heeft_een_eigen_svg_icoon_en_de_startpagina_geen_emoji(client):
    from aanbod.models import Thema
    from aanbod.themaiconen import _LIJNEN

    assert set(Thema.objects.values_list("slug", flat=True)) <= set(_LIJNEN)
    inhoud = client.get("/").content.decode()
    tegels = re.findall(r'<a class="tegel".*?</a>', inhoud, re.S)
    assert len(tegels) == Thema.objects.count()
    for tegel in tegels:
        assert '<svg class="utrecht-icon tegel__icoon" aria-hidden="true"' in tegel
    assert not EMOJI.search(re.sub(r"<script.*?</script>", "", inhoud, flags=re.S))


@pytest.mark.django_db
def test_filters_tellen_de_gekozen_filters_niet_de_zoekwoorden(client):
    r = client.get("/aanbod/", {"q": "koffie", "wijk": "oost", "gratis": "on"})
    inhoud = r.content.decode()
    assert '<details class="filterpaneel">' in inhoud  # folded: works without JavaScript
    assert re.search(r'Filters <span id="filters-aantal">\(2\)</span>', inhoud)
    chips = re.findall(r'<a href="([^"]*)" class="filterchip">', inhoud)
    assert len(chips) == 3  # koffie, Oost, gratis: each link removes only its own filter
    assert all(c.count("=") == 2 for c in chips)

    htmx = client.get("/aanbod/", {"q": "koffie"}, headers={"HX-Request": "true"})
    assert '<span id="filters-aantal" hx-swap-oob="true">(0)</span>' in htmx.content.decode()


# --- the npm script ------------------------------------------------------------------------


def test_vendorbestanden_horen_bij_de_vastgepinde_versies():
    script = _script()
    for pakket, versie, integriteit, licentie, bestanden in script.PAKKETTEN:
        map_ = ROOT / "static/vendor" / pakket
        assert (map_ / "VERSION").read_text().startswith(f"{pakket} {versie} ({licentie})")
        assert integriteit in (map_ / "VERSION").read_text()
        for naam in bestanden.values():
            assert (map_ / naam).stat().st_size > 0
        assert any(n.upper().startswith(("LICENSE", "MIT-LICEN")) for n in bestanden.values())


def test_verkeerde_hash_schrijft_niets(monkeypatch, tmp_path):
    script = _script()
    monkeypatch.setattr(script, "VENDOR", tmp_path)

    class Antwoord(io.BytesIO):
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    monkeypatch.setattr(script.urllib.request, "urlopen", lambda *a, **k: Antwoord(b"nep"))
    with pytest.raises(SystemExit, match="integriteit klopt niet"):
        script.uitpakken("@utrecht/icon", "1.3.0", "sha512-AAAA", "EUPL-1.2", {})
    assert list(tmp_path.iterdir()) == []


def test_subset_houdt_alleen_gekozen_componenten_en_hun_tokens():
    script = _script()
    patroon = script._component_regex()
    css = (
        ".utrecht-button{color:var(--utrecht-button-color)}"
        ".utrecht-button-group{gap:1px}.utrecht-rich-text .utrecht-button{margin:0}"
        "@media (min-width:1px){.utrecht-textbox{x:1}.utrecht-accordion{x:2}}"
    )
    uit = script._filter(css, patroon)
    assert ".utrecht-button{" in uit and ".utrecht-textbox{" in uit
    assert "rich-text" not in uit and "accordion" not in uit
    tokens = script._tokens(
        ".utrecht-theme{--utrecht-button-color:var(--utrecht-color-blue-35);"
        "--utrecht-color-blue-35:hsl(211 60% 35%);--utrecht-color-red-40:red}",
        uit,
    )
    assert "--utrecht-color-blue-35" in tokens and "red-40" not in tokens


def test_tarball_paden_van_het_register():
    script = _script()
    assert script.tarball_url("@utrecht/icon", "1.3.0") == (
        "https://registry.npmjs.org/@utrecht/icon/-/icon-1.3.0.tgz"
    )
