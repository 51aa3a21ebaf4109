"""Hypothesis strategies for hostile form and query-string input."""

from urllib.parse import quote_plus

from hypothesis import strategies as st

# Any text Django can receive: every unicode category except lone surrogates, which cannot
# be encoded as UTF-8 and so never reach a view.
TEKENS = st.characters(blacklist_categories=("Cs",))
STUURTEKENS = st.characters(min_codepoint=0, max_codepoint=31) | st.sampled_from(
    ["\x7f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffe"]
)
VIJANDIG = [
    "",
    " ",
    "\x00",
    "\r\n",
    "0",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999999",
    "true",
    "on",
    "[]",
    "{}",
    "null",
    "None",
    "2026-02-30",
    "9999-12-31",
    "' OR 1=1 --",
    '"; DROP TABLE vragen_vraag; --',
    "<script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
    "../../etc/passwd",
    "%00%ff",
    "javascript:alert(1)",
    "//evil.example/",
    "http://evil.example/",
    "00000000-0000-0000-0000-000000000000",
    "e\u0301" * 300,
    "👩\u200d👩\u200d👧\u200d👦" * 50,
    "𝔘𝔱𝔯𝔢𝔠𝔥𝔱",
    "ﷺ" * 20,
    "İıŞş",
    "a@b",
    "@",
    "x" * 255 + "@example.com",
]


def lange_tekst() -> st.SearchStrategy[str]:
    """Very long strings (up to 60,000 characters) without generating them one by one."""
    return st.builds(
        lambda stuk, keer: (stuk or "x") * keer,
        st.text(TEKENS, min_size=1, max_size=5),
        st.integers(min_value=500, max_value=12_000),
    )


def waarde(geldig: list[str] | None = None) -> st.SearchStrategy[str]:
    """One value for a field: random text, control characters, hostile classics, very long
    strings, or (to get past the first check) a valid value of the field."""
    keuzes = [
        st.text(TEKENS, max_size=40),
        st.text(STUURTEKENS, min_size=1, max_size=10),
        st.sampled_from(VIJANDIG),
        lange_tekst(),
    ]
    if geldig:
        keuzes.append(st.sampled_from(geldig))
    return st.one_of(*keuzes)


def formulier(velden: dict[str, list[str] | None], extra: bool = True):
    """A form as a list of (key, value) pairs: each field missing, once, or repeated (a list
    where one value is expected); sometimes unknown keys on top."""
    paren = [
        st.one_of(
            st.just([]),
            st.lists(waarde(geldig), min_size=1, max_size=3).map(
                lambda waarden, naam=naam: [(naam, w) for w in waarden]
            ),
        )
        for naam, geldig in velden.items()
    ]
    if extra:
        paren.append(st.lists(st.tuples(st.text(TEKENS, max_size=15), waarde()), max_size=3))
    return st.tuples(*paren).map(lambda delen: [paar for deel in delen for paar in deel])


def ruwe_query() -> st.SearchStrategy[str]:
    """A query string that is not well formed: broken percent escapes, invalid UTF-8."""
    return st.lists(
        st.sampled_from(
            [
                "%",
                "%F",
                "%FF",
                "%00",
                "%C0%AF",
                "%E2%82",
                "&",
                "=",
                "==",
                "&&",
                ";",
                "+",
                "a",
                "page",
                "q",
                "wijk",
                "[]",
                "%ZZ",
                "%u0041",
            ]
        ),
        max_size=25,
    ).map("".join)


def codeer(paren: list[tuple[str, str]]) -> str:
    """x-www-form-urlencoded, as a browser sends it (keys may repeat)."""
    return "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in paren)
