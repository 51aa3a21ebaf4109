"""Write requirements.lock (pip's requirements format, every package pinned with its sha256)
from the pylock.toml that ``pip lock`` made. ``make install`` installs it with
``--require-hashes``, so no indirect dependency can change or be swapped unnoticed.

Usage (``make lock`` does both steps):
    python -m pip lock -e ".[dev]" -o pylock.toml
    python tools/vergrendelen.py pylock.toml requirements.lock
"""

import sys
import tomllib
from pathlib import Path


def regels(lock: dict, eigen_project: str = "wijkportaal") -> list[str]:
    uit = []
    for pakket in sorted(lock["packages"], key=lambda p: p["name"].lower()):
        if pakket["name"] == eigen_project or "directory" in pakket:
            continue  # the project itself is installed with --no-deps -e .
        bestanden = [*pakket.get("wheels", [])]
        if "sdist" in pakket:
            bestanden.append(pakket["sdist"])
        hashes = sorted({b["hashes"]["sha256"] for b in bestanden if "sha256" in b["hashes"]})
        if not hashes:
            raise SystemExit(f"{pakket['name']}: geen sha256 in de lock.")
        uit.append(f"{pakket['name']}=={pakket['version']} \\")
        uit += [
            f"    --hash=sha256:{h}" + (" \\" if i < len(hashes) - 1 else "")
            for i, h in enumerate(hashes)
        ]
    return uit


def main(bron: str, doel: str) -> None:
    lock = tomllib.loads(Path(bron).read_text(encoding="utf-8"))
    kop = [
        "# Made by `make lock` from pyproject.toml (pip lock + tools/vergrendelen.py): every",
        "# direct and indirect dependency pinned with its sha256. Do not edit by hand.",
        "# Installed by `make install` with --require-hashes (Linux x86_64, CPython 3.11).",
    ]
    Path(doel).write_text("\n".join([*kop, *regels(lock)]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
