"""Who may see and act on which question."""

from django.http import Http404, HttpRequest

from vragen.models import Vraag


def zichtbare_vraag(request: HttpRequest, uuid) -> Vraag:
    """The question if this user may see it; 404 otherwise, so nobody learns it exists."""
    vraag = (
        Vraag.objects.zichtbaar_voor(request.user)
        .select_related("wijk", "doelgroep", "aanspreekpunt_organisatie", "geregistreerd_door")
        .filter(uuid=uuid)
        .first()
    )
    if vraag is None:
        raise Http404
    return vraag


def kan_behandelen(gebruiker, vraag: Vraag) -> bool:
    """Staff act on every question; partner users only on their organisation's."""
    if not gebruiker.has_perm("vragen.change_vraag"):
        return False
    if gebruiker.has_perm("vragen.view_alle_vragen"):
        return True
    return (
        vraag.aanspreekpunt_organisatie_id is not None
        and gebruiker.organisaties.filter(pk=vraag.aanspreekpunt_organisatie_id).exists()
    )


def ziet_contactgegevens(gebruiker, vraag: Vraag) -> bool:
    """Contact details: for who follows up, and for the volunteer who wrote them down."""
    return kan_behandelen(gebruiker, vraag) or vraag.geregistreerd_door_id == gebruiker.pk
