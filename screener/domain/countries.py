"""NATO member states and the list of all countries, read from resources/ (data, not code)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from screener.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    en: str
    fr: str
    joined_nato: dt.date | None = None

    def name(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@cache
def nato_members() -> dict[str, Country]:
    data = json.loads((resources_dir() / "nato_members.json").read_text(encoding="utf-8"))
    return {
        m["code"]: Country(m["code"], m["en"], m["fr"], dt.date.fromisoformat(m["joined"]))
        for m in data["members"]
    }


def is_nato_member(code: str, on: dt.date | None = None) -> bool:
    member = nato_members().get(code)
    if member is None:
        return False
    return on is None or member.joined_nato is None or member.joined_nato <= on


@cache
def all_countries() -> dict[str, Country]:
    """Every country, members marked by their accession date; members win on names."""
    path = resources_dir() / "countries.json"
    countries: dict[str, Country] = {}
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        for c in data["countries"]:
            countries[c["code"]] = Country(c["code"], c["en"], c["fr"])
    countries.update(nato_members())
    return dict(sorted(countries.items()))


def country_name(code: str, lang: str = "en") -> str:
    country = all_countries().get(code)
    return country.name(lang) if country else code
