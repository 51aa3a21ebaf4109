"""An offer's history moves to aanbod (the HSDS import in opendata writes it too, and
opendata may not import beheer); its rows stay.

The table and its index are renamed, not copied, and the content type moves with them, so
the coordinators keep view_aanbodwijziging (now aanbod.view_aanbodwijziging).
"""

from django.db import migrations

from wijkportaal.migraties import inhoudstype_verhuizen


class Migration(migrations.Migration):
    dependencies = [
        ("beheer", "0002_rechten_coordinator_partner"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    # aanbod's migration takes the model over in its state once this one has run.
    run_before = [("aanbod", "0011_aanbodwijziging_uit_beheer")]

    operations = [
        migrations.RenameIndex(
            model_name="aanbodwijziging",
            new_name="aanbod_aanb_aanbod__cdd72a_idx",
            old_name="beheer_aanb_aanbod__d58595_idx",
        ),
        migrations.AlterModelTable(name="aanbodwijziging", table="aanbod_aanbodwijziging"),
        inhoudstype_verhuizen("aanbodwijziging", "beheer", "aanbod"),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AanbodWijziging")]
        ),
    ]
