"""The mail outbox moves to wijkportaal (shared by every app); its rows stay.

The table is renamed, not copied. The foreign key to the question becomes ``betreft``
(content type and id), since the shared outbox may not point at one app's model. The content
type is moved too, so the roles keep their view/change permissions on the outbox.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import F

from wijkportaal.migraties import inhoudstype_verhuizen


def vraag_naar_betreft(apps, schema_editor):
    Mailbericht = apps.get_model("vragen", "Mailbericht")
    mails = Mailbericht.objects.filter(vraag__isnull=False)
    if mails.exists():
        ContentType = apps.get_model("contenttypes", "ContentType")
        vraag_type, _ = ContentType.objects.get_or_create(app_label="vragen", model="vraag")
        mails.update(betreft_type=vraag_type, betreft_id=F("vraag_id"))


def betreft_naar_vraag(apps, schema_editor):
    Mailbericht = apps.get_model("vragen", "Mailbericht")
    Mailbericht.objects.filter(
        betreft_type__app_label="vragen", betreft_type__model="vraag"
    ).update(vraag_id=F("betreft_id"))


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("vragen", "0005_rechten_persoonsgegevens"),
    ]
    # wijkportaal's migration takes the model over in its state once this one has run.
    run_before = [("wijkportaal", "0002_mailbericht")]

    operations = [
        migrations.AddField(
            model_name="mailbericht",
            name="betreft_type",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="contenttypes.contenttype",
            ),
        ),
        migrations.AddField(
            model_name="mailbericht",
            name="betreft_id",
            field=models.PositiveBigIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(vraag_naar_betreft, betreft_naar_vraag),
        migrations.RemoveField(model_name="mailbericht", name="vraag"),
        migrations.RenameIndex(
            model_name="mailbericht",
            new_name="wijkportaal_verstuu_905e42_idx",
            old_name="vragen_mail_verstuu_3ae746_idx",
        ),
        migrations.AddIndex(
            model_name="mailbericht",
            index=models.Index(
                fields=["betreft_type", "betreft_id"], name="wijkportaal_betreft_6f385b_idx"
            ),
        ),
        migrations.AlterModelTable(name="mailbericht", table="wijkportaal_mailbericht"),
        inhoudstype_verhuizen("mailbericht", "vragen", "wijkportaal"),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Mailbericht")]
        ),
    ]
