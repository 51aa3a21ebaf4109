"""The shared mail outbox: the move from vragen kept every stored mail and its question."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from tests.factories import maak_rol_met_recht
from tests.migraties import naar_de_laatste_stand, oude_stand
from vragen.models import Vraag
from wijkportaal.models import Mailbericht

VOOR = [("vragen", "0005_rechten_persoonsgegevens"), ("wijkportaal", "0001_rollen")]


# serialized_rollback: the flush afterwards would otherwise delete the groups and wijken.
@pytest.mark.migraties
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_verhuizing_houdt_mails_en_rechten():
    with oude_stand(VOOR) as apps:
        OudeVraag = apps.get_model("vragen", "Vraag")
        OudMailbericht = apps.get_model("vragen", "Mailbericht")
        vraag = OudeVraag.objects.create(
            tekst="Waar kan ik terecht met een brief van de gemeente?",
            kanaal="online",
            deadline="2026-12-10",
            referentie="K7MQ-3XDA",
            statuscode="geheim",
        )
        over_vraag = OudMailbericht.objects.create(
            vraag=vraag, aan="fatima@voorbeeld.example", onderwerp="Je vraag K7MQ-3XDA", tekst="Hoi"
        )
        los = OudMailbericht.objects.create(
            aan="info@buurtkamer.example", onderwerp="Controle", tekst=""
        )
        rol = maak_rol_met_recht(apps, "vragen", "mailbericht", "change_mailbericht")

        naar_de_laatste_stand()

        ContentType.objects.clear_cache()
        assert list(Vraag.objects.get(pk=vraag.pk).mails.values_list("pk", "aan")) == [
            (over_vraag.pk, "fatima@voorbeeld.example")
        ]
        assert Mailbericht.objects.get(uuid=los.uuid).betreft is None
        # A new mail gets a new number, after the moved ones.
        assert Mailbericht.objects.create(aan="a@voorbeeld.example").pk > los.pk
        rechten = Group.objects.get(pk=rol.pk).permissions
        assert list(rechten.values_list("content_type__app_label", "codename")) == [
            ("wijkportaal", "change_mailbericht")
        ]
