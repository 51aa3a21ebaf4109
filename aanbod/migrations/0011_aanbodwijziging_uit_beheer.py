"""An offer's history, moved here from beheer (beheer 0003 renames its table and runs first).
New: 'import' as a source of a change."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("aanbod", "0010_zoekfilter"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AanbodWijziging",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("veld", models.CharField(max_length=60, verbose_name="veld")),
                        ("oud", models.TextField(blank=True, verbose_name="oude waarde")),
                        ("nieuw", models.TextField(blank=True, verbose_name="nieuwe waarde")),
                        (
                            "door_omschrijving",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="door (omschrijving)"
                            ),
                        ),
                        (
                            "via",
                            models.CharField(
                                choices=[
                                    ("admin", "Beheer (admin)"),
                                    ("voorstel", "Goedgekeurd wijzigingsvoorstel"),
                                    ("bevestiging", "Bevestiging 'klopt nog'"),
                                    ("import", "Import (open data)"),
                                    ("overig", "Anders (systeem)"),
                                ],
                                default="overig",
                                max_length=20,
                                verbose_name="via",
                            ),
                        ),
                        (
                            "tijdstip",
                            models.DateTimeField(
                                default=django.utils.timezone.now, verbose_name="tijdstip"
                            ),
                        ),
                        (
                            "aanbod",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="wijzigingen",
                                to="aanbod.aanbod",
                                verbose_name="aanbod",
                            ),
                        ),
                        (
                            "door",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="door",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "wijziging van aanbod",
                        "verbose_name_plural": "geschiedenis van het aanbod",
                        "ordering": ["-tijdstip", "-pk"],
                        "indexes": [
                            models.Index(
                                fields=["aanbod", "-tijdstip"], name="aanbod_aanb_aanbod__cdd72a_idx"
                            )
                        ],
                    },
                )
            ]
        )
    ]
