from datetime import date

import pytest

from tests.factories import maak_vraag
from vragen.models import Reactienorm
from vragen.werkdagen import norm_in_werkdagen, werkdagen_optellen


@pytest.mark.parametrize(
    ("start", "werkdagen", "verwacht"),
    [
        (date(2026, 3, 2), 3, date(2026, 3, 5)),  # Monday -> Thursday
        (date(2026, 3, 5), 3, date(2026, 3, 10)),  # Thursday: skip the weekend
        (date(2026, 3, 7), 1, date(2026, 3, 9)),  # asked on Saturday -> Monday
        # Easter 2026: Good Friday 3 April and Easter Monday 6 April are skipped.
        (date(2026, 4, 2), 1, date(2026, 4, 7)),
        (date(2026, 4, 2), 3, date(2026, 4, 9)),
        # King's Day: Monday 27 April 2026.
        (date(2026, 4, 24), 1, date(2026, 4, 28)),
        # Christmas 2026 (Friday 25, Saturday 26) and New Year's Day 2027 (Friday).
        (date(2026, 12, 24), 1, date(2026, 12, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        # King's Day 2028 is a Thursday.
        (date(2028, 4, 26), 1, date(2028, 4, 28)),
    ],
)
def test_werkdagen_optellen(start, werkdagen, verwacht):
    assert werkdagen_optellen(start, werkdagen) == verwacht


@pytest.mark.django_db
def test_norm_per_thema_strengste_telt_en_standaard_is_drie(settings):
    from aanbod.models import Thema

    geld = Thema.objects.get(slug="geld-en-schulden")
    ontmoeting = Thema.objects.get(slug="ontmoeting")
    Reactienorm.objects.create(thema=geld, werkdagen=1)
    Reactienorm.objects.create(thema=ontmoeting, werkdagen=5)
    assert norm_in_werkdagen({geld.pk, ontmoeting.pk}) == 1
    assert norm_in_werkdagen({ontmoeting.pk}) == 5
    assert norm_in_werkdagen(set()) == 3
    settings.VRAGEN_REACTIENORM_WERKDAGEN = 4
    assert norm_in_werkdagen(set()) == 4


@pytest.mark.django_db
def test_deadline_van_een_nieuwe_vraag(zet_nu):
    from tests.conftest import amsterdam

    zet_nu(amsterdam(2026, 12, 23, 16))  # Wednesday before Christmas
    vraag = maak_vraag(themas=("ontmoeting",))
    # Thursday 24, (Christmas 25, 26, Sunday 27), Monday 28, Tuesday 29.
    assert vraag.deadline == date(2026, 12, 29)
