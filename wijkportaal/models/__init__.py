from .mail import Mailbericht

__all__ = ["Mailbericht"]
