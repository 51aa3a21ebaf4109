from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from wijkportaal.toegang import INT_TOEGESTAAN, als_markdown, benoemde_urls

INLEIDING = """# Wie mag wat: de toegangsmatrix

Elke benoemde URL tegen elke rol. De tabel komt uit `wijkportaal/toegang.py` (`MATRIX`) en
wordt gemaakt met `DEBUG=1 python manage.py toegangsmatrix`. De test
`tests/toegang/test_matrix.py` loopt **elke** benoemde URL uit de URL-resolver langs voor
elke rol en controleert elke cel; een nieuwe pagina die niet in de matrix staat, laat de test
falen. Een andere test controleert dat dit bestand bij de code past.

## Rollen

- **anoniem**: bezoeker zonder account. Als inwoner heeft hij alleen de statuslink van de
  eigen vraag (`/vraag/<code>/`).
- **vrijwilliger**: account in de groep vrijwilliger; registreert vragen, ziet de eigen vragen.
- **medewerker**: account in de groep medewerker (staf); ziet en behandelt alle vragen.
- **coordinator**: account in de groep coordinator.
- **partner**: account van de organisatie DOCK; alleen vragen en aanbod van DOCK.
- **linkhouder**: geen account; heeft de partnerlink van **één** vraag (`/partner/<token>/`),
  de controlelink van één organisatie (`/controle/<token>/`) en de link "Heeft dit je
  geholpen?" van één inwoner (`/vraag/terugkoppeling/<token>/`), uit de e-mail.
- **superuser**: beheerder met alle rechten.

Elk account (vrijwilliger, medewerker, partner, coordinator, superuser) heeft de tweede stap
gedaan: die is verplicht voor iedereen met een account.

Alle andere rollen krijgen in de links een geraden token (goed gevormd, verkeerd
ondertekend): dat geeft 404.

## Uitkomsten

Een HTTP-statuscode, of: **inloggen** (302 naar de inlogpagina), **inloggen (admin)** (302
naar de inlogpagina van de admin), **tweestaps** (302 naar de pagina's van de tweede stap).
POST-verzoeken worden met een leeg formulier gestuurd: 400 of 302 betekent dat de rol erin
mag en dat het formulier niets opsloeg. 404 op een vraag of aanbod van een ander betekent:
"bestaat niet", zodat niemand leert dat het er is.

Apart getest (niet in één cel te vangen): geen account zonder tweede stap komt op geen
enkele pagina onder `/admin/`, `/beheer/` en `/balie/`; de partner krijgt 404 op de vraag en
het aanbod van een andere organisatie; de vrijwilliger ziet alleen eigen vragen; een
veranderde partnerlink werkt niet; de controlelink werkt niet voor aanbod van een andere
organisatie; alles wat alleen POST is, geeft 405 op GET.

## De matrix

"""

SLOT = """
## Niet apart in de matrix

De Django-admin (`admin:*`, ongeveer 140 URL's) staat er met een paar voorbeelden in. Elke
modelpagina controleert hetzelfde: niet-staf gaat naar de inlogpagina van de admin, staf
zonder het recht voor dat model krijgt 403. Het auditlog is daar alleen te lezen (niemand
mag toevoegen, wijzigen of verwijderen).

## Geen op te tellen nummers in URL's

Openbare URL's gebruiken slugs, UUID's en ondertekende tokens, nooit een databasenummer dat
je kunt raden (`tests/toegang/test_matrix.py` loopt alle patronen na). Uitzonderingen met een
`<int:...>`, en waarom raden niets oplevert:

"""


def document() -> str:
    paden = {u.naam: u.route for u in benoemde_urls()}
    uitzonderingen = "".join(
        f"- `{naam}` (`/{paden.get(naam, '?')}`): {reden}.\n"
        for naam, reden in INT_TOEGESTAAN.items()
    )
    admin = "- `admin:*`: alleen voor staf, met de rechten per model.\n"
    return INLEIDING + als_markdown(paden) + SLOT + uitzonderingen + admin


class Command(BaseCommand):
    help = "Schrijft docs/toegang.md opnieuw uit de toegangsmatrix (wijkportaal/toegang.py)."

    def handle(self, *args, **options) -> None:
        pad = Path(settings.BASE_DIR) / "docs" / "toegang.md"
        pad.write_text(document(), encoding="utf-8")
        self.stdout.write(f"{pad} bijgewerkt.")
