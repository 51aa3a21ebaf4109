"""CSV files that are safe to open in a spreadsheet program (one helper for every export).

A cell that starts with = + - @ (or a tab or carriage return) is read as a formula by Excel
and LibreOffice: a resident's words or an organisation name such as ``=HYPERLINK(...)`` would
run when a coordinator opens the file. Such a cell gets a leading apostrophe (OWASP's advice),
which spreadsheets show as text. A cell starting with + or - is only changed when it holds
more than letters, digits, spaces and ( ) . , : - (quotes, | ! = ; and the like are what an
attack needs): numbers, phone numbers and HSDS values such as ``-1FR`` (the last Friday of
a month) or ``+31 30 123 45 67`` stay as they are, because open data users need them
unchanged and the import reads them back.
"""

import csv
import re

GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")
ONSCHULDIG_NA_PLUS_MIN = re.compile(r"[+-][0-9A-Za-z ().,:-]*")


def veilige_cel(waarde):
    """The value, with an apostrophe in front when a spreadsheet would run it as a formula."""
    if not isinstance(waarde, str) or not waarde.startswith(GEVAARLIJK_BEGIN):
        return waarde
    if ONSCHULDIG_NA_PLUS_MIN.fullmatch(waarde):
        return waarde
    return "'" + waarde


class VeiligeSchrijver:
    """csv.writer whose every cell passes veilige_cel."""

    def __init__(self, bestand, **opties):
        self._schrijver = csv.writer(bestand, **opties)

    def writerow(self, rij):
        return self._schrijver.writerow([veilige_cel(w) for w in rij])

    def writerows(self, rijen):
        for rij in rijen:
            self.writerow(rij)
