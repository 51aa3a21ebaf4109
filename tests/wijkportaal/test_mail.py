"""The shared mail outbox: the move from vragen kept every stored mail and its question."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

VOOR = [("vragen", "0005_rechten_persoonsgegevens"), ("wijkportaal", "0001_rollen")]
NA = [("vragen", "0006_mailbericht_naar_wijkportaal"), ("wijkportaal", "0002_mailbericht")]


def _migreren(doel):
    executor = MigrationExecutor(connection)
    executor.migrate(doel)
    return executor.loader.project_state(doel).apps


# serialized_rollback: the flush afterwards would otherwise delete the groups and wijken.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_verhuizing_houdt_mails_en_rechten():
    apps = _migreren(VOOR)
    Vraag = apps.get_model("vragen", "Vraag")
    Mailbericht = apps.get_model("vragen", "Mailbericht")
    vraag = Vraag.objects.create(
        tekst="Waar kan ik terecht met een brief van de gemeente?",
        kanaal="online",
        deadline="2026-12-10",
        referentie="K7MQ-3XDA",
        statuscode="geheim",
    )
    over_vraag = Mailbericht.objects.create(
        vraag=vraag, aan="fatima@voorbeeld.example", onderwerp="Je vraag K7MQ-3XDA", tekst="Hoi"
    )
    los = Mailbericht.objects.create(aan="info@buurtkamer.example", onderwerp="Controle", tekst="")

    _migreren(NA)

    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    from vragen.models import Vraag as VraagNu
    from wijkportaal.models import Mailbericht as MailberichtNu

    ContentType.objects.clear_cache()
    assert list(VraagNu.objects.get(pk=vraag.pk).mails.values_list("pk", "aan")) == [
        (over_vraag.pk, "fatima@voorbeeld.example")
    ]
    assert MailberichtNu.objects.get(uuid=los.uuid).betreft is None
    # A new mail gets a new number, after the moved ones.
    assert MailberichtNu.objects.create(aan="a@voorbeeld.example").pk > los.pk
    medewerker = Group.objects.get(name="medewerker")
    assert medewerker.permissions.filter(
        content_type__app_label="wijkportaal", codename="change_mailbericht"
    ).exists()
