"""Who may use which page of the coordinators' app."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

PERMISSIE = "beheer.view_dashboard"  # given to the group 'coordinator' (migration 0002)
PARTNER_PERMISSIE = "beheer.add_wijzigingsvoorstel"  # given to the group 'partner'


def _vereist(permissie: str) -> Callable:
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def binnen(request, *args, **kwargs):
            if not request.user.has_perm(permissie):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return binnen

    return decorator


# Anonymous visitors go to the login page; logged-in users without the right get a 403.
alleen_coordinatoren = _vereist(PERMISSIE)
alleen_partners = _vereist(PARTNER_PERMISSIE)


def organisaties_van(gebruiker):
    """The organisations a partner user may act for (Organisatie.gebruikers)."""
    return gebruiker.organisaties.all()
