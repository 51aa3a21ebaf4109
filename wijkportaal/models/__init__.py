from .mail import Berichtkanaal, Mailbericht

__all__ = ["Berichtkanaal", "Mailbericht"]
