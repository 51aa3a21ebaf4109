"""Shared model behaviour."""


class AlleenAanvullen:
    """For logs and histories: rows are added, never changed (``save`` on an existing row
    raises). Set ``wijzigen_verboden`` to the message; ``delete_verboden`` also blocks delete."""

    wijzigen_verboden = "Deze gegevens worden alleen aangevuld, nooit gewijzigd."
    delete_verboden = False

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError(self.wijzigen_verboden)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.delete_verboden:
            raise ValueError(self.wijzigen_verboden)
        return super().delete(*args, **kwargs)
