from django.db import models
from django.utils.text import slugify


def unieke_slug(
    instance: models.Model, tekst: str, veld: str = "slug", max_lengte: int = 80
) -> str:
    """A slug from ``tekst`` that no other row of the instance's model uses yet."""
    basis = (slugify(tekst) or "item")[:max_lengte].strip("-")
    andere = type(instance)._default_manager.exclude(pk=instance.pk)
    slug, teller = basis, 2
    while andere.filter(**{veld: slug}).exists():
        achtervoegsel = f"-{teller}"
        slug = f"{basis[: max_lengte - len(achtervoegsel)]}{achtervoegsel}"
        teller += 1
    return slug
