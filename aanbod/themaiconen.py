"""Simple line icons (inline SVG) for the themes, in the style of Utrecht's icon set.

@utrecht/icon ships the icon names and the .utrecht-icon styles but not the drawings, so
these are our own: 24 x 24, one stroke colour (currentColor), decorative (aria-hidden): the
theme's name is always written beside the icon. An unknown theme gets a plain dot.
"""

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

_LIJNEN = {
    # a cup with steam
    "ontmoeting": "M4 10h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 11h2a2.5 2.5 0 0 1 0 5h-2"
    "M8 3v3M12 3v3",
    # a star
    "activiteiten-en-vrije-tijd": "M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 "
    "9.6l6.2-.9z",
    # a wrench
    "praktische-hulp": "M14.5 4a5 5 0 0 0-4.6 6.8L4 16.7 7.3 20l5.9-5.9A5 5 0 0 0 20 9.5"
    "l-3 3-3-1-1-3z",
    # a euro sign in a circle
    "geld-en-schulden": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM15.5 8.5a4 4 0 1 0 0 7M7 11h6M7 13h6",
    # a house
    "wonen": "M3 11l9-7 9 7M5 9.5V20h5v-6h4v6h5V9.5",
    # a heart with a pulse
    "gezondheid-en-leefstijl": "M12 20s-8-4.7-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 "
    "15.3 12 20 12 20zM6 12h3l1.5-2.5L13 15l1.5-3H18",
    # a hand holding a heart
    "zorg-en-ondersteuning": "M12 11s-4-2.4-4-5a2 2 0 0 1 4-.6A2 2 0 0 1 16 6c0 2.6-4 5-4 5zM3 15h4"
    "l3 2h5a1.5 1.5 0 0 0 0-3h-3M16 15l4-2a1.5 1.5 0 0 1 1.5 2.5L15 20H3",
    # a briefcase
    "werk-en-dagbesteding": "M3 8h18v11H3zM9 8V5h6v3M3 13h18",
    # a raised hand
    "vrijwilligerswerk": "M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6"
    "a1.5 1.5 0 0 1 3 0v7a7 7 0 0 1-7 7h-.5A5.5 5.5 0 0 1 5 17.5L4 13a1.5 1.5 0 0 1 2.8-1L8 14",
    # two speech balloons
    "lotgenoten-en-ervaringsdeskundigen": "M3 4h11v8H8l-3 3v-3H3zM17 8h4v8h-2v3l-3-3h-5v-2",
    # an i in a circle
    "informatie-en-advies": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.5",
    # a grown-up and a child
    "opvoeden-en-jeugd": "M8 3.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM5 21v-7l-1-1 1.5-4h5L12 13l-1 1v7"
    "M17 10a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM15 21v-4l-.5-1 1-2h3l1 2-.5 1v4",
}
_PUNT = "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z"


def themaicoon(slug: str, klasse: str = "utrecht-icon tegel__icoon") -> SafeString:
    """The inline SVG of a theme's icon, hidden from screen readers."""
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" '
        'height="24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" '
        'stroke-linejoin="round"><path d="{}"/></svg>',
        klasse,
        mark_safe(_LIJNEN.get(slug, _PUNT)),
    )
