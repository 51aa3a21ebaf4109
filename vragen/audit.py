"""Writing the audit log of personal data (vragen.models.AuditRegel)."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser

from vragen.models import AuditActie, AuditRegel, Vraag

# The resident's personal data on a question: what is logged when seen or changed, and
# what retention and a deletion request wipe (with the free text, see vragen/bewaartermijn.py).
CONTACTVELDEN = ("contact_naam", "contact_telefoon", "contact_email")


def gevulde_contactvelden(vraag: Vraag) -> list[str]:
    return [veld for veld in CONTACTVELDEN if getattr(vraag, veld)]


def audit_vastleggen(
    *,
    vraag: Vraag,
    actie: AuditActie | str,
    velden: Iterable[str],
    door: AbstractBaseUser | None,
    door_omschrijving: str = "",
    reden: str = "",
) -> AuditRegel:
    """Append one line to the audit log: names of fields only, never their values."""
    return AuditRegel.objects.create(
        vraag=vraag,
        referentie=vraag.referentie,
        actie=actie,
        velden=sorted(set(velden)),
        door=door if door is not None and door.is_authenticated else None,
        door_omschrijving=door_omschrijving[:200],
        reden=reden[:300],
    )


def inzage_vastleggen(
    *, vraag: Vraag, door: AbstractBaseUser | None, door_omschrijving: str = ""
) -> AuditRegel | None:
    """Log that a page showed this question's contact details; nothing when it has none."""
    velden = gevulde_contactvelden(vraag)
    if not velden:
        return None
    return audit_vastleggen(
        vraag=vraag,
        actie=AuditActie.BEKEKEN,
        velden=velden,
        door=door,
        door_omschrijving=door_omschrijving,
    )


def inzage_vastleggen_lijst(
    *, vragen: Iterable[Vraag], door: AbstractBaseUser | None
) -> list[AuditRegel]:
    """As inzage_vastleggen for a list of questions shown together, in one insert."""
    regels = [
        AuditRegel(
            vraag=vraag,
            referentie=vraag.referentie,
            actie=AuditActie.BEKEKEN,
            velden=velden,
            door=door if door is not None and door.is_authenticated else None,
        )
        for vraag in vragen
        if (velden := gevulde_contactvelden(vraag))
    ]
    return AuditRegel.objects.bulk_create(regels)
