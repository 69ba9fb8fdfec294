"""Words for the engine's codes, in English and French.

The core renders its own reasons so the CLI and the reports need no Qt; the GUI uses the
same functions with the UI's current language, so every surface says the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from screener.domain.assessment import DeadlineState, DeadlineStatus, Reason, Status, Verdict
from screener.domain.countries import country_name
from screener.domain.terms import Clearance, Condition
from screener.report.catalogue import EDUCATION_NAMES, merge_kind_words
from screener.report.catalogue import LANGS as LANGS  # re-exported: reports pick a language
from screener.report.catalogue import LANGUAGE_NAMES as LANGUAGE_NAMES
from screener.report.catalogue import LEVEL_NAMES as LEVEL_NAMES
from screener.report.catalogue import MONTHS_EN as _MONTHS_EN
from screener.report.catalogue import MONTHS_FR as _MONTHS_FR
from screener.report.catalogue import TEXT as _TEXT


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


# French typography: a no-break space before « : ; ? ! » and inside « », so a line is never
# broken between a word and its punctuation.
_FRENCH_SPACING = re.compile(r" ([:;?!»])|(«) ")


def _french_spacing(rendered: str) -> str:
    return _FRENCH_SPACING.sub(lambda m: f"\u00a0{m[1]}" if m[1] else f"{m[2]}\u00a0", rendered)


def french_typography(rendered: str) -> str:
    """French text with its no-break spaces (for words worded outside this catalogue)."""
    return _french_spacing(rendered)


def text(key: str, lang: str, **values: Any) -> str:
    language = _lang(lang)
    template = _TEXT[language].get(key) or _TEXT["en"].get(key)
    if not template:
        merge_kind_words()  # a kind's name or reason, merged once on first need
        template = _TEXT[language].get(key) or _TEXT["en"][key]
    rendered = template.format(**values)
    return _french_spacing(rendered) if language == "fr" else rendered


def format_date(day: dt.date, lang: str) -> str:
    if _lang(lang) == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_number(value: float, lang: str) -> str:
    """A number of years as people write it: at most two decimals, never an exponent (a
    hand-written 0.00001 read "at least 1e-05 years"), no trailing zeros."""
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if _lang(lang) == "fr" else shown


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES[_lang(lang)].get(code, code)


def level_label(level: str | None, lang: str) -> str:
    if level is None:
        return text("none", lang)
    if level == "mother_tongue":
        return text("mother_tongue", lang)
    return f"{level} ({LEVEL_NAMES[_lang(lang)].get(level, level)})"


def education_name(level: str, lang: str) -> str:
    return EDUCATION_NAMES[_lang(lang)].get(level, level)


def _join(items: list[str], lang: str) -> str:
    return text("and", lang).join(items)


def years_text(value: float, lang: str) -> str:
    """A number of years with its unit: "1 year", "2.5 years"; "0,5 an", "1,5 an", "2 ans"."""
    number = format_number(value, lang)
    shown = round(value, 2)  # the number as written decides the unit ("1 year", not "1 years")
    if _lang(lang) == "fr":
        # French takes the singular below two.
        return f"{number} an" if shown < 2 else f"{number} ans"
    return f"{number} year" if shown == 1 else f"{number} years"


def _parameter(key: str, value: Any, lang: str) -> str:
    """A criterion's parameter, as one reading of a requirement has it: "III (Intermediate)"."""
    if key == "min_years" and isinstance(value, int | float):
        return years_text(value, lang)
    if key in {"en", "fr"}:
        return text(
            "level_in", lang, language=language_name(key, lang), level=level_label(value, lang)
        )
    return _value("needs" if key == "min_level" else key, value, lang)


def _value(key: str, value: Any, lang: str, in_years: bool = False) -> str:
    """Render one reason value by what it is, so templates stay simple."""
    if key == "answer":
        return answer_text(value, lang)
    if key in {"met", "not_met"} and isinstance(value, dict):
        return _join([_parameter(k, v, lang) for k, v in value.items()], lang)
    if key == "note" and isinstance(value, dict):
        return str(value.get(_lang(lang)) or value.get("en", ""))
    if key == "languages" and isinstance(value, list):
        return _join([language_name(code, lang) for code in value], lang)
    if in_years and isinstance(value, int | float) and not isinstance(value, bool):
        return years_text(value, lang)
    if key in {"has_en", "has_fr", "one", "other", "level"}:
        return level_label(value, lang)
    if key == "needs" and isinstance(value, str) and value in EDUCATION_NAMES["en"]:
        return education_name(value, lang)
    if key == "has" and isinstance(value, str) and value in EDUCATION_NAMES["en"]:
        return education_name(value, lang)
    if key in {"has", "needs"} and isinstance(value, str) and value[:1].isdigit():
        return value  # a STANAG 6001 profile, "3332": written as the notice writes it
    if key in {"has", "needs"} and isinstance(value, str | None):
        return level_label(value, lang)
    if key in {"has", "needs", "short", "years"} and isinstance(value, int | float):
        return format_number(value, lang)
    if key == "country":
        return country_name(value, lang)
    if key == "countries":
        return ", ".join(country_name(code, lang) for code in value)
    if key == "language":
        return language_name(value, lang)
    if key in {"required", "levels"}:
        parts = [text("level_in", lang, language=language_name(code, lang), level=level_label(lvl, lang))
                 for code, lvl in value.items()]  # fmt: skip
        return _join(parts, lang)
    if key == "skills":  # an SLP's skills below the ones asked: [skill, held, asked]
        return ", ".join(
            text(
                "language_profile.skill",
                lang,
                skill=text(f"slp.{skill}", lang),
                has=has,
                needs=needs,
            )
            for skill, has, needs in value
        )
    if key in {"categories", "missing"}:
        return _join([str(v) for v in value], lang)
    return str(value)


def render_reason(reason: Reason, lang: str) -> str:
    in_years = reason.code.startswith(("experience.", "remedy.more_years"))
    values = {key: _value(key, value, lang, in_years) for key, value in reason.values.items()}
    if reason.code == "remedy.more_years" and reason.values.get("years") == 1:
        return text("remedy.more_years.one", lang)
    rendered = text(reason.code, lang, **values)
    return rendered[:1].upper() + rendered[1:]


def verdict_label(verdict: Verdict, lang: str) -> str:
    return text(f"verdict.{verdict.value}", lang)


def status_label(status: Status, lang: str) -> str:
    return text(f"status.{status.value}", lang)


def deadline_date(deadline: DeadlineStatus, lang: str) -> str:
    """The closing date, with the time when it is not the end of the day."""
    date = format_date(deadline.closes_at.date(), lang)
    if deadline.closes_at.timetz().hour != 23 or deadline.closes_at.minute != 59:
        date += f" {deadline.closes_at:%H:%M}"
    return date


def deadline_text(deadline: DeadlineStatus, lang: str) -> str:
    date = deadline_date(deadline, lang)
    if deadline.state is DeadlineState.CLOSED:
        return text("deadline.closed", lang, date=date)
    if deadline.state is DeadlineState.CLOSING_SOON:
        if deadline.days_left == 0:
            return text("deadline.closing_today", lang, date=date)
        if deadline.days_left == 1:
            return text("deadline.closing_tomorrow", lang, date=date)
        return text("deadline.closing_soon", lang, days=deadline.days_left, date=date)
    return text("deadline.open", lang, date=date)


def deadline_with_time_zone(deadline: DeadlineStatus, lang: str) -> str:
    """`deadline_text`, saying of a deadline still to come that it is Brussels time (where the
    reader has room for it: a vacancy's details, `screener show`)."""
    words = deadline_text(deadline, lang)
    if deadline.state is DeadlineState.CLOSED:
        return words
    return text("headline.deadline.brussels", lang, deadline=words)


def condition_text(
    condition: Condition, lang: str, clearance: Clearance | None, lower_grade: str | None
) -> str:
    if condition is Condition.SECURITY_CLEARANCE:
        level = ""
        if clearance is not None:
            level = text(
                "condition.security_clearance.level",
                lang,
                level=text(f"clearance.{clearance.value}", lang),
            )
        return text("condition.security_clearance", lang, level=level)
    if condition is Condition.LOWER_GRADE_APPOINTMENT:
        return text("condition.lower_grade_appointment", lang, grade=lower_grade or "")
    return text(f"condition.{condition.value}", lang)


def answer_text(answer: Any, lang: str) -> str:
    """An answer as the user gave it: yes/no/not sure, years, a level or levels, licences."""
    if answer is None:
        return "—"
    if answer is True:
        return text("yes", lang)
    if answer is False:
        return text("no", lang)
    if answer == "unsure":
        return text("unsure", lang)
    if isinstance(answer, int | float):
        return years_text(answer, lang)
    if isinstance(answer, dict):
        return ", ".join(
            f"{language_name(k, lang)} {level_label(v, lang)}" for k, v in answer.items()
        )
    if isinstance(answer, list):
        return ", ".join(answer) or text("none", lang)
    if isinstance(answer, str) and answer in EDUCATION_NAMES["en"]:
        return education_name(answer, lang)
    # Levels first: "VI" is also a country code (U.S. Virgin Islands).
    if isinstance(answer, str) and (answer in LEVEL_NAMES["en"] or answer == "mother_tongue"):
        return level_label(answer, lang)
    if isinstance(answer, str) and len(answer) == 2 and answer.isupper():
        return country_name(answer, lang)
    return str(answer)
