"""``manage.py demo_opzetten`` loads each app's demo, in the order of INSTALLED_APPS."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_elke_app_met_een_demo_in_volgorde():
    uitvoer = StringIO()
    call_command("demo_opzetten", stdout=uitvoer)
    regels = uitvoer.getvalue().splitlines()
    begin = [regel.split(":")[0] for regel in regels]
    # The catalogue and accounts first: the questions and proposals refer to them.
    assert begin == [
        "Demo-catalogus geladen",
        "Demo-accounts",
        "Tweede stap van de demo-accounts",
        "Demo-informatiepunten",
        "Demo-aanmeldingen van initiatieven",
        "Demo-vragen",
        "Demo-terugbellen",
        "Demo-beheer",
    ]
    assert "WIJKPORTAALDEMOOTWEESTAPSDEMOAPP" in regels[2]
    assert "8 vragen" in regels[5]
    assert "2 telefoontjes voor vandaag, 1 acute vraag" in regels[6]
    assert "3 voorstellen, 3 correcties" in regels[7]

    # Issue 22: the reports show residents' feedback and a question it reopened.
    from vragen.models import Terugkoppeling, VraagStatus

    assert sorted(Terugkoppeling.objects.values_list("antwoord", flat=True)) == ["ja", "nee"]
    heropend = Terugkoppeling.objects.get(antwoord="nee").vraag
    assert heropend.status == VraagStatus.HEROPEND
