"""The forms of the question desk, the online question and the partner page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod, Doelgroep, Informatiepunt, Thema, Wijk
from vragen.models import Kanaal, Uitkomst, VraagStatus
from vragen.routering import bekende_aanspreekpunten
from wijkportaal.spam import HoningpotFormulier

MAX_VRAAG = 4000


class ContactMetToestemming(forms.Form):
    """Name, phone and e-mail: only with the resident's explicit consent."""

    toestemming_contact = forms.BooleanField(required=False)
    contact_naam = forms.CharField(label=_("Naam"), max_length=120, required=False)
    contact_telefoon = forms.CharField(label=_("Telefoon"), max_length=40, required=False)
    contact_email = forms.EmailField(label=_("E-mail"), required=False)
    berichten_via = forms.ChoiceField(
        label=_("Wil je een bericht als er iets verandert met je vraag?"),
        choices=[
            ("email", _("Ja, per e-mail")),
            ("sms", _("Ja, per sms")),
            ("geen", _("Nee, geen berichten")),
        ],
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Alleen als je hierboven toestemming geeft."),
    )

    def clean(self) -> dict:
        data = super().clean()
        self._berichtkanaal_kiezen(data)
        gegevens = [data.get(v) for v in ("contact_naam", "contact_telefoon", "contact_email")]
        if any(gegevens) and not data.get("toestemming_contact"):
            self.add_error("toestemming_contact", self.fout_geen_toestemming)
        if data.get("toestemming_contact") and not (
            data.get("contact_telefoon") or data.get("contact_email")
        ):
            self.add_error("contact_telefoon", _("Vul een telefoonnummer of e-mailadres in."))
        return data

    def _berichtkanaal_kiezen(self, data: dict) -> None:
        """Messages only with consent, by the chosen channel; not chosen (an older page)
        means e-mail when there is an address. Stored as '' for no messages."""
        keuze = data.get("berichten_via") or ""
        if not data.get("toestemming_contact"):
            data["berichten_via"] = ""
            return
        if not keuze:
            keuze = "email" if data.get("contact_email") else "geen"
        zonder_email = not data.get("contact_email") and "contact_email" not in self.errors
        if keuze == "email" and zonder_email:
            self.add_error(
                "contact_email",
                _("Vul je e-mailadres in voor berichten per e-mail, of kies 'geen berichten'."),
            )
        if keuze == "sms" and not data.get("contact_telefoon"):
            self.add_error(
                "contact_telefoon",
                _("Vul een mobiel nummer in voor berichten per sms, of kies 'geen berichten'."),
            )
        data["berichten_via"] = "" if keuze == "geen" else keuze


class BaliForm(ContactMetToestemming):
    tekst = forms.CharField(
        label=_("De vraag, in de woorden van de inwoner"),
        max_length=MAX_VRAAG,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    themas = forms.ModelMultipleChoiceField(
        label=_("Thema's"),
        queryset=Thema.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    wijk = forms.ModelChoiceField(
        label=_("Wijk"),
        queryset=Wijk.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Onbekend"),
    )
    informatiepunt = forms.ModelChoiceField(
        label=_("Informatiepunt"),
        queryset=Informatiepunt.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Geen (bijvoorbeeld een huisbezoek)"),
    )
    kanaal = forms.ChoiceField(
        label=_("Hoe kwam de vraag binnen?"),
        choices=[c for c in Kanaal.choices if c[0] != Kanaal.ONLINE],
        initial=Kanaal.BALIE,
        widget=forms.RadioSelect,
    )
    doelgroep = forms.ModelChoiceField(
        label=_("Doelgroep (als dat ertoe doet)"),
        queryset=Doelgroep.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Niet van belang"),
    )
    notitie = forms.CharField(
        label=_("Wat is er al gedaan? (uitkomst tot nu toe)"),
        max_length=MAX_VRAAG,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    aanbod = forms.ModelMultipleChoiceField(
        label=_("Doorverwezen naar"),
        queryset=Aanbod.objects.zichtbaar(),
        to_field_name="hsds_id",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    acuut = forms.BooleanField(
        label=_("Acuut: er moet vandaag iets gebeuren"),
        help_text=_("De vraag komt bovenaan elke lijst en de coördinator krijgt direct bericht."),
        required=False,
    )
    kwetsbaar = forms.BooleanField(
        label=_("Kwetsbare inwoner: later nabellen of de hulp er is"),
        help_text=_(
            "Met toestemming en een telefoonnummer plannen we een telefoontje over 3 werkdagen."
        ),
        required=False,
    )
    terugbellen_op = forms.DateField(
        label=_("Terugbellen op (als de inwoner dat wil)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in, bijvoorbeeld 14-12-2026.")},
    )
    terugbel_reden = forms.CharField(label=_("Waarom terugbellen?"), max_length=300, required=False)
    uitkomst = forms.ChoiceField(
        label=_("Uitkomst als de vraag direct beantwoord is"),
        choices=Uitkomst.choices,
        initial=Uitkomst.GEHOLPEN,
        required=False,
        widget=forms.RadioSelect,
    )

    fout_geen_toestemming = _("Vink toestemming aan, of laat naam, telefoon en e-mail leeg.")

    def __init__(self, *args, direct: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.direct = direct
        self.fields["toestemming_contact"].label = _(
            "De inwoner wil dat iemand contact opneemt en geeft toestemming om naam en telefoon "
            "of e-mail daarvoor te bewaren. We gebruiken ze alleen voor deze vraag."
        )

    def clean(self) -> dict:
        data = super().clean()
        if self.direct:
            if data.get("toestemming_contact"):
                self.add_error(
                    "toestemming_contact",
                    _(
                        "Een direct beantwoorde vraag heeft geen contactgegevens nodig. "
                        "Haal het vinkje en de gegevens weg."
                    ),
                )
            if not data.get("uitkomst"):
                self.add_error("uitkomst", _("Kies de uitkomst."))
            if data.get("acuut"):
                self.add_error(
                    "acuut", _("Een acute vraag sluit je niet direct af. Haal het vinkje weg.")
                )
        if data.get("terugbellen_op"):
            if not data.get("toestemming_contact"):
                self.add_error(
                    "terugbellen_op",
                    _("Terugbellen kan alleen met toestemming: zet het vinkje hierboven."),
                )
            elif not data.get("contact_telefoon"):
                self.add_error("terugbellen_op", _("Vul het telefoonnummer van de inwoner in."))
        return data


class OnlineVraagForm(HoningpotFormulier, ContactMetToestemming):
    tekst = forms.CharField(
        label=_("Wat is je vraag?"),
        help_text=_("Schrijf het in je eigen woorden. Kort is goed."),
        max_length=MAX_VRAAG,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Schrijf je vraag op.")},
    )
    wijk = forms.ModelChoiceField(
        label=_("In welke wijk woon je?"),
        queryset=Wijk.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Weet ik niet / zeg ik liever niet"),
    )
    informatiepunt = forms.ModelChoiceField(
        label=_("Welk informatiepunt helpt je?"),
        help_text=_("Laat je dit leeg, dan kiezen we het informatiepunt bij jouw wijk."),
        queryset=Informatiepunt.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Het informatiepunt bij mijn wijk"),
    )

    fout_geen_toestemming = _(
        "Zet een vinkje als we contact met je mogen opnemen. Of laat je gegevens leeg."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["toestemming_contact"].label = _(
            "Ja, jullie mogen mij bellen of mailen over deze vraag. "
            "Jullie gebruiken mijn gegevens alleen daarvoor."
        )
        self.fields["contact_naam"].label = _("Je naam (mag ook alleen je voornaam)")
        self.fields["contact_telefoon"].label = _("Je telefoonnummer")
        self.fields["contact_email"].label = _("Je e-mailadres")
        self.fields["contact_email"].error_messages["invalid"] = _(
            "Dit e-mailadres klopt niet. Kijk of er een @ in staat, bijvoorbeeld naam@voorbeeld.nl."
        )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Nieuwe status"), choices=VraagStatus.choices)
    uitkomst = forms.ChoiceField(
        label=_("Uitkomst (bij afgehandeld)"),
        choices=[("", "—"), *Uitkomst.choices],
        required=False,
    )
    notitie = forms.CharField(
        label=_("Notitie"),
        max_length=MAX_VRAAG,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, vraag=None, **kwargs):
        super().__init__(*args, **kwargs)
        if vraag is not None:
            self.fields["status"].choices = [
                (s, VraagStatus(s).label) for s in vraag.volgende_statussen
            ]


class NotitieForm(forms.Form):
    notitie = forms.CharField(
        label=_("Notitie"), max_length=MAX_VRAAG, widget=forms.Textarea(attrs={"rows": 2})
    )


class AanspreekpuntForm(forms.Form):
    """Another eerste aanspreekpunt, chosen from the ones the routing rules know."""

    aanspreekpunt = forms.ChoiceField(
        label=_("Nieuw eerste aanspreekpunt"),
        help_text=_("De aanspreekpunten uit de routeringsregels."),
        error_messages={
            "required": _("Kies een aanspreekpunt."),
            "invalid_choice": _(
                "Dat aanspreekpunt kennen we niet (meer). Kies er een uit de lijst."
            ),
        },
    )
    reden = forms.CharField(label=_("Waarom een ander aanspreekpunt?"), max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.bekend = {str(r.pk): r for r in bekende_aanspreekpunten()}
        self.fields["aanspreekpunt"].choices = [("", "—")] + [
            (pk, f"{r.organisatie.naam}: {r.contactpersoon} ({r.email})")
            for pk, r in self.bekend.items()
        ]

    def clean(self) -> dict:
        data = super().clean()
        regel = self.bekend.get(data.get("aanspreekpunt") or "")
        if regel is not None:
            data["organisatie"] = regel.organisatie
            data["contactpersoon"] = regel.contactpersoon
            data["email"] = regel.email
        return data


class AanbodWijzigenForm(forms.Form):
    """Add an offer to a question, or take one off: hsds ids of visible offers."""

    toevoegen = forms.ModelMultipleChoiceField(
        queryset=Aanbod.objects.zichtbaar(), to_field_name="hsds_id", required=False
    )
    weghalen = forms.ModelMultipleChoiceField(
        queryset=Aanbod.objects.all(), to_field_name="hsds_id", required=False
    )

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors and not (data.get("toevoegen") or data.get("weghalen")):
            raise forms.ValidationError(_("Kies aanbod om toe te voegen of weg te halen."))
        return data


class PartnerForm(forms.Form):
    ACTIES = [
        ("accepteren", _("Ik neem de vraag aan")),
        ("afwijzen", _("Ik neem de vraag niet aan")),
        ("notitie", _("Alleen een notitie toevoegen")),
        ("afronden", _("De vraag is klaar")),
    ]
    actie = forms.ChoiceField(label=_("Wat wil je doen?"), choices=ACTIES, widget=forms.RadioSelect)
    uitkomst = forms.ChoiceField(
        label=_("Uitkomst (als de vraag klaar is)"),
        choices=[("", "—"), *Uitkomst.choices],
        required=False,
    )
    notitie = forms.CharField(
        label=_("Notitie of reden"),
        max_length=MAX_VRAAG,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("actie") == "afwijzen" and not data.get("notitie", "").strip():
            self.add_error("notitie", _("Schrijf op waarom je de vraag niet aanneemt."))
        if data.get("actie") == "notitie" and not data.get("notitie", "").strip():
            self.add_error("notitie", _("Schrijf een notitie."))
        if data.get("actie") == "afronden" and not data.get("uitkomst"):
            self.add_error("uitkomst", _("Kies de uitkomst."))
        return data
