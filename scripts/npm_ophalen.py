"""Fetch the pinned front-end packages from the npm registry into static/vendor/ (stdlib only).

    make frontend        (or: python3 scripts/npm_ophalen.py)

Each package is one exact version; its tarball's sha512 must match the integrity pinned here
(the registry's own `dist.integrity`), or nothing is written. Only the built files are copied,
with the licence and a VERSION file. The copies are committed, so `make run` and `make test`
need neither Node nor the network; run this only to change a version (update the pin too).

From Utrecht's component CSS and design tokens the script also writes `utrecht.css`: only the
components the site uses and only the tokens they (and static/css/site.css) refer to, so that a
phone downloads a few KB instead of the whole library (page weight: bench/paginagewicht.py).
"""

import base64
import hashlib
import io
import re
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"

# package, version, sha512 integrity, licence, {file in the tarball: name in static/vendor/<pkg>/}
PAKKETTEN = [
    (
        "@utrecht/component-library-css",
        "9.0.4",
        "sha512-gVA7D6GfP9/+fzehkYLSBR+0UPUTA97PZmgvTYQE88lPQhHGMlUk8FjmCpLKRsRC9hAYd32JuF/KzG6fmBfjJA==",
        "EUPL-1.2",
        {"dist/index.css": "index.css", "LICENSE.md": "LICENSE.md"},
    ),
    (
        "@utrecht/design-tokens",
        "5.0.1",
        "sha512-53LuK23GxgnYL06MtLAeNGazXtskV0OEWYDKuwBHNKyosXivzVZZzL5E7ulbA6Pt1WNTFRbUkhi4za7oEapmeg==",
        "EUPL-1.2",
        {"dist/theme.css": "theme.css", "LICENSE.md": "LICENSE.md"},
    ),
    (
        "@utrecht/icon",
        "1.3.0",
        "sha512-UkjRq7sR9Lsj6T9Ap6zi3YEWLbJNxau4RBSblDGM8E4irHW5AjiUERfVp4v6ZwSvgEqyeNIwwep69FJhw2je4A==",
        "EUPL-1.2",
        {
            "dist/index.css": "index.css",
            "dist/index.json": "index.json",
            "LICENSE.md": "LICENSE.md",
        },
    ),
    (
        "leaflet.markercluster",
        "1.5.3",
        "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "MIT",
        {
            "dist/leaflet.markercluster.js": "leaflet.markercluster.js",
            "dist/MarkerCluster.css": "MarkerCluster.css",
            "MIT-LICENCE.txt": "MIT-LICENCE.txt",
        },
    ),
]

# Utrecht components the templates use (class prefixes .utrecht-<name>).
COMPONENTEN = [
    "alert",
    "button",
    "button-group",
    "button-link",
    "checkbox",
    "form-field",
    "form-field-description",
    "form-field-error-message",
    "form-fieldset",
    "form-label",
    "icon",
    "page-footer",
    "page-header",
    "radio-button",
    "select",
    "table",
    "textarea",
    "textbox",
]


def tarball_url(pakket: str, versie: str) -> str:
    kaal = pakket.rsplit("/", 1)[-1]
    return f"{REGISTRY}/{pakket}/-/{kaal}-{versie}.tgz"


def ophalen(pakket: str, versie: str, integriteit: str) -> bytes:
    with urllib.request.urlopen(tarball_url(pakket, versie), timeout=60) as antwoord:
        data = antwoord.read()
    soort, _, verwacht = integriteit.partition("-")
    gekregen = base64.b64encode(hashlib.new(soort, data).digest()).decode()
    if gekregen != verwacht:
        raise SystemExit(f"{pakket}@{versie}: integriteit klopt niet ({soort}-{gekregen})")
    return data


def uitpakken(pakket, versie, integriteit, licentie, bestanden) -> None:
    data = ophalen(pakket, versie, integriteit)
    doel = VENDOR / pakket
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for bron, naam in bestanden.items():
            lid = tar.extractfile(f"package/{bron}")
            if lid is None:
                raise SystemExit(f"{pakket}@{versie}: {bron} ontbreekt in het pakket")
            inhoud = lid.read()
            if naam.endswith(".js"):
                # The source map is not copied; a reference to it would make collectstatic
                # (WhiteNoise's manifest storage) fail.
                inhoud = re.sub(rb"\n//# sourceMappingURL=\S+\s*$", b"\n", inhoud)
            (doel / naam).write_bytes(inhoud)
    (doel / "VERSION").write_text(
        f"{pakket} {versie} ({licentie}), {tarball_url(pakket, versie)} {integriteit}\n"
    )
    print(f"{pakket}@{versie} -> {doel.relative_to(ROOT)}")


# --- the subset for the site ---------------------------------------------------------------


def _blokken(css: str) -> list[tuple[str, str]]:
    """Top-level statements of a stylesheet as (prelude, body); comments dropped."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    uit, i, n = [], 0, len(css)
    while i < n:
        open_ = css.find("{", i)
        puntkomma = css.find(";", i)
        if open_ == -1:
            break
        if puntkomma != -1 and puntkomma < open_:  # @charset, @import ...
            i = puntkomma + 1
            continue
        diepte, j = 1, open_ + 1
        while diepte and j < n:
            diepte += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        uit.append((css[i:open_].strip(), css[open_ + 1 : j - 1]))
        i = j
    return uit


def _component_regex() -> re.Pattern:
    namen = "|".join(sorted(map(re.escape, COMPONENTEN), key=len, reverse=True))
    return re.compile(rf"\.utrecht-(?:{namen})(?:(?:--|__)[a-z0-9_-]*)?(?![a-z0-9-])")


def _alleen_gekozen(selector: str, patroon: re.Pattern) -> bool:
    """Whether the selector is about the chosen components only (none of the others)."""
    klassen = re.findall(r"\.utrecht-[a-z0-9_-]+", selector)
    return bool(klassen) and all(patroon.fullmatch(k) for k in klassen)


def _filter(css: str, patroon: re.Pattern) -> str:
    uit = []
    for prelude, body in _blokken(css):
        if prelude.startswith(("@media", "@supports", "@container")):
            binnen = _filter(body, patroon)
            if binnen:
                uit.append(f"{prelude}{{{binnen}}}")
        elif prelude.startswith("@"):
            continue  # @keyframes, @font-face: not used by these components
        else:
            selectors = [s.strip() for s in prelude.split(",")]
            gekozen = [s for s in selectors if _alleen_gekozen(s, patroon)]
            if gekozen:
                declaraties = ";".join(" ".join(d.split()) for d in body.split(";") if d.strip())
                uit.append(f"{','.join(gekozen)}{{{declaraties}}}")
    return "".join(uit)


def _tokens(theme_css: str, gebruikt: str) -> str:
    """The declarations of .utrecht-theme that the used CSS needs, following var() chains."""
    declaraties: dict[str, str] = {}
    for prelude, body in _blokken(theme_css):
        if prelude == ".utrecht-theme":
            for regel in body.split(";"):
                naam, _, waarde = regel.partition(":")
                if naam.strip().startswith("--"):
                    declaraties[naam.strip()] = waarde.strip()
    nodig, te_doen = set(), set(re.findall(r"var\((--[\w-]+)", gebruikt))
    while te_doen:
        naam = te_doen.pop()
        if naam in nodig or naam not in declaraties:
            continue
        nodig.add(naam)
        te_doen |= set(re.findall(r"var\((--[\w-]+)", declaraties[naam]))
    regels = ";".join(f"{n}:{declaraties[n]}" for n in sorted(nodig))
    return f".utrecht-theme{{{regels}}}"


def subset_schrijven() -> None:
    componenten = (VENDOR / "@utrecht/component-library-css/index.css").read_text()
    icoon = (VENDOR / "@utrecht/icon/index.css").read_text()
    patroon = _component_regex()
    gebruikt = _filter(componenten, patroon) + _filter(icoon, patroon)
    eigen = (ROOT / "static/css/site.css").read_text()
    tokens = _tokens((VENDOR / "@utrecht/design-tokens/theme.css").read_text(), gebruikt + eigen)
    kop = (
        "/* Generated by scripts/npm_ophalen.py from @utrecht/component-library-css, "
        "@utrecht/design-tokens and @utrecht/icon (EUPL-1.2, see LICENSE.md in their folders).\n"
        f"   Components: {', '.join(COMPONENTEN)}. Do not edit: run `make frontend`. */\n"
    )
    pad = VENDOR / "utrecht" / "utrecht.css"
    pad.parent.mkdir(exist_ok=True)
    pad.write_text(kop + tokens + "\n" + gebruikt + "\n")
    print(f"{pad.relative_to(ROOT)}: {pad.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    if "--alleen-subset" not in argv:
        for pakket in PAKKETTEN:
            uitpakken(*pakket)
    subset_schrijven()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
