from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    """Site-wide values every template may use."""
    return {
        "DEMOGEGEVENS": settings.DEMOGEGEVENS,
        "KAART_TEGELS_URL": settings.KAART_TEGELS_URL,
        "KAART_TEGELS_ATTRIBUTIE": settings.KAART_TEGELS_ATTRIBUTIE,
    }
