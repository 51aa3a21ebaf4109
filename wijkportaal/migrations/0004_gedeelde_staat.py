"""The outbox's next attempt: the mail worker (manage.py mail_versturen) retries with backoff.

The database cache tables (used without REDIS_URL) are no migration: wijkportaal/apps.py makes
them before every ``migrate``, before other apps' data migrations need the cache."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("wijkportaal", "0003_mailbericht_kanaal_sms")]

    operations = [
        migrations.AddField(
            model_name="mailbericht",
            name="volgende_poging",
            field=models.DateTimeField(blank=True, null=True, verbose_name="volgende poging"),
        ),
    ]
