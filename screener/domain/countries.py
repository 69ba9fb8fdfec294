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
def _country_data() -> dict[str, object]:
    path = resources_dir() / "countries.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


@cache
def all_countries() -> dict[str, Country]:
    """Every country, members marked by their accession date; members win on names."""
    countries: dict[str, Country] = {}
    for c in _country_data().get("countries", []):  # type: ignore[attr-defined]
        countries[c["code"]] = Country(c["code"], c["en"], c["fr"])
    countries.update(nato_members())
    return dict(sorted(countries.items()))


@cache
def _territories() -> dict[str, str | None]:
    """Territory code -> the code of the nationality its people hold (None: no people)."""
    found = _country_data().get("territories", {})
    return dict(found) if isinstance(found, dict) else {}


@cache
def nationalities() -> dict[str, Country]:
    """The countries a person can be a national of, for a nationality picker: every country
    but the territories whose people hold another state's nationality (French Guiana's are
    French: choosing it would wrongly rule a French national out of NATO posts)."""
    territories = _territories()
    return {code: c for code, c in all_countries().items() if code not in territories}


@cache
def territories_of(code: str) -> tuple[Country, ...]:
    """The territories whose people hold the nationality `code` (France: French Guiana,
    Guadeloupe ...), so that a picker finds France by their names too."""
    countries = all_countries()
    return tuple(
        countries[territory]
        for territory, nationality in _territories().items()
        if nationality == code and territory in countries
    )


def nationality_of(code: str) -> str:
    """The nationality the people of `code` hold: a territory's state (French Guiana: FR),
    else `code` itself."""
    return _territories().get(code) or code


def country_name(code: str, lang: str = "en") -> str:
    country = all_countries().get(code)
    return country.name(lang) if country else code
