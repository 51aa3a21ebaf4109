"""``manage.py mail_versturen``: the mail worker. Sends the outbox (wijkportaal/mail.py).

Once (for cron), or with ``--blijf-draaien`` as a service: every MAIL_WERKER_INTERVAL
seconds it sends what is due. SIGTERM or Ctrl+C stops it after the mail it is sending; a mail
interrupted harder than that keeps its attempt count and is tried again after the backoff.
Several workers (one per app server) may run at once: each mail is claimed by one.
"""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from wijkportaal.mail import mails_versturen

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Verstuurt de e-mails uit de wachtrij (met --blijf-draaien: blijft dat doen)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--blijf-draaien", action="store_true", help="Blijf draaien tot SIGTERM of Ctrl+C."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconden tussen twee rondes (standaard MAIL_WERKER_INTERVAL).",
        )

    def handle(self, *args, blijf_draaien: bool, interval: float | None, **options) -> None:
        if not blijf_draaien:
            gelukt, mislukt = mails_versturen()
            self.stdout.write(f"{gelukt} e-mail(s) verstuurd, {mislukt} nog niet gelukt.")
            return
        interval = settings.MAIL_WERKER_INTERVAL if interval is None else interval
        stoppen = threading.Event()

        def stop(signum, frame) -> None:
            logger.info("Mailwerker stopt na de huidige e-mail (signaal %s)", signum)
            stoppen.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write("Mailwerker draait (stoppen: SIGTERM of Ctrl+C).")
        self.stdout.flush()
        while not stoppen.is_set():
            close_old_connections()  # a restarted database: reconnect next round
            try:
                # Small rounds, so a stop signal waits for at most a few mails.
                gelukt, mislukt = mails_versturen(maximum=10)
            except DatabaseError:
                logger.exception("Mailwerker kan de database niet bereiken; straks opnieuw")
                gelukt = mislukt = 0
            if gelukt or mislukt:
                logger.info("Mailwerker: %s verstuurd, %s mislukt", gelukt, mislukt)
            if not gelukt:  # sent something: look again at once, there may be more
                stoppen.wait(interval)
        self.stdout.write("Mailwerker gestopt.")
