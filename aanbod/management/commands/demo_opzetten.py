from django.core.management.base import BaseCommand

from aanbod import demo


class Command(BaseCommand):
    help = "Laadt de demo-catalogus en maakt de demo-accounts (wachtwoord: wijkportaal-demo)."

    def handle(self, *args, **options) -> None:
        aantallen = demo.catalogus_laden()
        self.stdout.write(
            "Demo-catalogus geladen: {organisaties} organisaties, {locaties} locaties, "
            "{aanbod} keer aanbod.".format(**aantallen)
        )
        accounts = demo.accounts_maken()
        self.stdout.write(
            f"Demo-accounts: {', '.join(accounts)} (wachtwoord: {demo.DEMO_WACHTWOORD})."
        )
        self.stdout.write(f"Demo-informatiepunten: {demo.informatiepunten_laden()}.")
        self.stdout.write(f"Demo-aanmeldingen van initiatieven: {demo.aanmeldingen_laden()}.")
        from vragen.demo import vragen_laden

        self.stdout.write(
            "Demo-vragen: {regels} routeringsregels, {vragen} vragen.".format(**vragen_laden())
        )
        from beheer.demo import beheer_demo_laden

        self.stdout.write(
            "Demo-beheer: {voorstellen} voorstellen, {correcties} correcties.".format(
                **beheer_demo_laden()
            )
        )
