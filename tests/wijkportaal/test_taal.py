"""Plain language (B1) on public pages, measured simply: short sentences in the prose of every
public page type; and an English translation for every string."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.html import strip_tags

from aanbod.demo import accounts_maken, catalogus_laden, informatiepunten_laden

PUBLIEK = [
    "/",
    "/aanbod/",
    "/aanbod/?q=xyzzy",
    "/aanbod/buurtkoffie-op-dinsdag/",
    "/kaart/",
    "/agenda/",
    "/informatiepunten/",
    "/vraag/",
    "/aanbod/aanmelden/",
    "/api/",
]
MAX_GEMIDDELD = 12  # words per sentence, on average over a page's prose
MAX_ZIN = 25  # words in the longest sentence


def zinnen(html: str) -> list[str]:
    """Sentences of the prose (paragraphs and headings) inside <main>."""
    main = html[html.find("<main") : html.find("</main>")]
    stukken = re.findall(r"<(p|h1|h2|h3)\b[^>]*>(.*?)</\1>", main, flags=re.S)
    tekst = " \n".join(strip_tags(inhoud) for _, inhoud in stukken)
    return [z.strip() for z in re.split(r"[.!?:]\s+|\n", tekst) if len(z.split()) >= 3]


@pytest.mark.django_db
def test_publieke_paginas_hebben_korte_zinnen(client):
    catalogus_laden()
    accounts_maken()
    informatiepunten_laden()
    for url in PUBLIEK:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
        assert response.status_code == 200, url
        lengtes = [len(z.split()) for z in zinnen(response.content.decode())]
        assert lengtes, url
        assert sum(lengtes) / len(lengtes) <= MAX_GEMIDDELD, (url, sum(lengtes) / len(lengtes))
        assert max(lengtes) <= MAX_ZIN, (url, max(lengtes))


def test_elke_tekst_heeft_een_engelse_vertaling():
    po = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
    assert (po.parent / "django.mo").exists()
    leeg = []
    for blok in po.read_text(encoding="utf-8").split("\n\n")[1:]:  # the first is the header
        if not re.search(r"^msgid ", blok, flags=re.M):
            continue  # obsolete entries (#~) and comments
        vertalingen = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', blok + "\n", flags=re.M)
        if not vertalingen or any(v.strip() in ('""', "") for v in vertalingen):
            leeg.append(blok.splitlines()[-2:])
        if "#, fuzzy" in blok:
            leeg.append(blok.splitlines()[:3])
    assert leeg == []
