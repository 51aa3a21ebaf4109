"""Django's password rules with messages in plain Dutch (B1, 'je'), for volunteers."""

from django.contrib.auth import password_validation as pv
from django.contrib.auth.forms import PasswordResetForm
from django.template import loader
from django.utils.translation import gettext as _


class LijktOpGegevens(pv.UserAttributeSimilarityValidator):
    def get_error_message(self):
        return _("Dit wachtwoord lijkt te veel op je naam of e-mailadres. Kies iets anders.")

    def get_help_text(self):
        return _("Niet je naam of e-mailadres.")


class MinimaleLengte(pv.MinimumLengthValidator):
    def get_error_message(self):
        return _("Dit wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.") % {
            "min_length": self.min_length
        }

    def get_help_text(self):
        return _("Minstens %(min_length)d tekens. Een zin van een paar woorden is goed.") % {
            "min_length": self.min_length
        }


class VeelGebruikt(pv.CommonPasswordValidator):
    def get_error_message(self):
        return _("Dit wachtwoord gebruiken veel mensen. Het is makkelijk te raden.")

    def get_help_text(self):
        return _("Geen wachtwoord dat veel mensen gebruiken.")


class AlleenCijfers(pv.NumericPasswordValidator):
    def get_error_message(self):
        return _("Dit wachtwoord heeft alleen cijfers. Gebruik ook letters.")

    def get_help_text(self):
        return _("Niet alleen cijfers.")


class WachtwoordVergetenFormulier(PasswordResetForm):
    """Django's 'forgot password' form, but its mail goes into the outbox: the mail worker
    sends it, so a slow mail server never hangs the request (issue 23)."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        from wijkportaal.mail import mail_opslaan

        mail_opslaan(
            aan=to_email,
            onderwerp=loader.render_to_string(subject_template_name, context),
            tekst=loader.render_to_string(email_template_name, context),
        )
