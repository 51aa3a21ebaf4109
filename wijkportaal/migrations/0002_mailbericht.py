"""The mail outbox, moved here from vragen (vragen 0006 renames its table and runs first)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wijkportaal", "0001_rollen"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Mailbericht",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("uuid", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                        ("betreft_id", models.PositiveBigIntegerField(blank=True, null=True)),
                        ("aan", models.EmailField(max_length=254, verbose_name="aan")),
                        ("onderwerp", models.CharField(max_length=200, verbose_name="onderwerp")),
                        ("tekst", models.TextField(verbose_name="tekst")),
                        ("aangemaakt", models.DateTimeField(auto_now_add=True)),
                        (
                            "verstuurd_op",
                            models.DateTimeField(blank=True, null=True, verbose_name="verstuurd op"),
                        ),
                        (
                            "pogingen",
                            models.PositiveSmallIntegerField(default=0, verbose_name="pogingen"),
                        ),
                        ("laatste_fout", models.TextField(blank=True, verbose_name="laatste fout")),
                        (
                            "betreft_type",
                            models.ForeignKey(
                                blank=True,
                                db_index=False,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "mailbericht",
                        "verbose_name_plural": "mailberichten",
                        "ordering": ["aangemaakt", "pk"],
                        "indexes": [
                            models.Index(
                                fields=["verstuurd_op", "pogingen"],
                                name="wijkportaal_verstuu_905e42_idx",
                            ),
                            models.Index(
                                fields=["betreft_type", "betreft_id"],
                                name="wijkportaal_betreft_6f385b_idx",
                            ),
                        ],
                    },
                )
            ]
        )
    ]
