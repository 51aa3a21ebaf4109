"""Helpers for the Content Security Policy in settings.py."""

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

STIJLBLOK = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def oorsprong(url: str) -> list[str]:
    """The origin (scheme://host[:port]) of a URL template such as the map tiles' URL."""
    delen = urlsplit(url)
    if not delen.scheme or not delen.netloc:
        return []  # a relative URL is served by this site: 'self' covers it
    return [f"{delen.scheme}://{delen.netloc}"]


def stijl_hash(inhoud: str) -> str:
    digest = hashlib.sha256(inhoud.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def stijl_hashes(map_: Path) -> list[str]:
    """Hashes of the static <style> blocks in the templates (500.html, print pages).

    A block with template code in it renders differently each time, so it cannot be allowed
    by a hash: it is left out, and the browser blocks it (a test catches that).
    """
    hashes = set()
    for pad in sorted(map_.rglob("*.html")):
        for inhoud in STIJLBLOK.findall(pad.read_text(encoding="utf-8")):
            if "{{" not in inhoud and "{%" not in inhoud:
                hashes.add(stijl_hash(inhoud))
    return sorted(hashes)
