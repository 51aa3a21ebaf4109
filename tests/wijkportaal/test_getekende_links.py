"""Signed links without an account: one kind never opens another, and every link expires."""

import time
from unittest import mock

from django.core import signing

from wijkportaal.getekende_links import GetekendeLink, als_uuid

PARTNER = GetekendeLink(salt="vragen.partnerlink", dagen="VRAGEN_PARTNERLINK_DAGEN")
CONTROLE = GetekendeLink(salt="beheer.verificatielink", dagen="AANBOD_VERIFICATIELINK_DAGEN")
INHOUD = {"v": "9f1c2f4e-5b7a-4c1e-8d2a-3e4f5a6b7c8d", "k": "a1b2c3d4e5f6a7b8"}


def test_token_van_de_ene_soort_opent_de_andere_niet():
    assert PARTNER.inhoud(PARTNER.token(INHOUD)) == INHOUD
    assert CONTROLE.inhoud(PARTNER.token(INHOUD)) is None


def test_link_verloopt_na_het_aantal_dagen_uit_de_instelling(settings):
    settings.VRAGEN_PARTNERLINK_DAGEN = 14
    token = PARTNER.token(INHOUD)
    nu = time.time()
    with mock.patch("time.time", return_value=nu + 13 * 24 * 3600):
        assert PARTNER.inhoud(token) == INHOUD
    with mock.patch("time.time", return_value=nu + 15 * 24 * 3600):
        assert PARTNER.inhoud(token) is None


def test_wat_een_bezoeker_ervan_maakt_geeft_geen_inhoud():
    token = PARTNER.token(INHOUD)
    # Mail programs cut long links and add punctuation; people type them over.
    for kapot in (token[:-3], token + ".", token.upper(), "", "onzin", "a:b:c", "%" * 40):
        assert PARTNER.inhoud(kapot) is None
    # Signed with our key, but no dict: not a link of ours.
    assert PARTNER.inhoud(signing.TimestampSigner(salt=PARTNER.salt).sign_object([1, 2])) is None


def test_als_uuid():
    assert als_uuid(INHOUD["v"].upper()) == INHOUD["v"]
    assert als_uuid("12") is None and als_uuid(None) is None and als_uuid(["x"]) is None
