"""The values of a notice's header facts: a salary with its currency and period, a G-grade or
a letter grade (or a range of them), a security clearance; and a grade found outside the
labelled header (beside the title, in a sentence, under a circular's own label).

Each parser takes the value as written and returns None when it cannot read it; the header
module decides where the values are.
"""

from __future__ import annotations

import re

from screener.domain.terms import Clearance
from screener.domain.vacancy import Grade, Salary
from screener.importer.wording import fold

AMOUNT = re.compile(
    r"\d{1,3}(?:[ ,.'\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?"
)
_CURRENCY_CODE = re.compile(r"\b(EUR|USD|GBP|CAD|CHF|NOK|SEK|DKK|PLN|CZK|HUF|RON|BGN|TRY)\b")
_CURRENCY_WORDS = (("euro", "EUR"), ("€", "EUR"), ("dollar", "USD"), ("$", "USD"), ("£", "GBP"))


def _amount(token: str) -> float | None:
    # The last separator followed by one or two digits is the decimal mark ("3,778.93",
    # "3 778,93"); every other separator groups thousands.
    decimal = ""
    match = re.search(r"[.,](\d{1,2})$", token)
    if match:
        decimal = match[1]
        token = token[: match.start()]
    digits = re.sub(r"[^\d]", "", token)
    if not digits:
        return None
    value = float(f"{digits}.{decimal}" if decimal else digits)
    return value if value > 0 else None


def parse_salary(value: str) -> Salary | None:
    match = AMOUNT.search(value)
    if match is None:
        return None
    amount = _amount(match[0])
    if amount is None:
        return None
    currency = None
    if code := _CURRENCY_CODE.search(value.upper()):
        currency = code[1]
    else:
        folded = fold(value)
        currency = next((code for word, code in _CURRENCY_WORDS if word in folded), None)
    if currency is None:
        return None
    folded = fold(value)
    yearly = any(word in folded for word in ("year", "annual", "annuel", "par an"))
    return Salary(amount=amount, currency=currency, period="yearly" if yearly else "monthly")


# G-grades (G6, G10-G12) and the letter grades used before 2016 and still by some bodies (A-2,
# A.4, C.4, B 5, L3): a letter or two, an optional '-', '.' or space, one or two digits.
_ONE_GRADE = r"([A-Z]{1,2})(?:\s?[-.]\s?|\s)?(\d{1,2})"
_GRADE = re.compile(
    rf"(?<![A-Za-z0-9]){_ONE_GRADE}(?![\d])"
    rf"(?:\s{{0,3}}(?:[-–/]|to|or|and|à|ou)\s{{0,3}}{_ONE_GRADE}(?![\d])"
    # "G-10/11", "A-2/3": the second grade's letter left out.
    r"|[-–/](\d{1,2})(?![\d/.:-]))?"
)
# A grade in a sentence about someone else (the supervisor) is not the post's.
_NOT_THE_POST = re.compile(
    r"report|supervis|under the|head of|chief|manager|superieur|sous l'autorite|rend compte|"
    r"direction de"
)


_G_GRADE = re.compile(r"(?<![A-Za-z0-9])G\s?-?(\d{1,2})(?!\d)")


def parse_grade(value: str) -> Grade | None:
    match = _GRADE.search(value)
    if match is None:
        return None
    if match[1] != "G" and (g_grade := _G_GRADE.search(value[match.start() :])):
        # "Grade: A2 / G15", "B3 (G7)": the old letter grade and today's G-grade; the G-grade.
        return Grade(min=f"G{int(g_grade[1])}")
    low = match[1] + match[2]
    high = match[3] + match[4] if match[3] else None
    if match[5] and int(match[5]) > int(match[2]):
        high = match[1] + match[5]
    if match[3] and match[3] != match[1]:
        high = None  # "A2/B3" is not a range: keep the first, the review says to check
    return Grade(min=low, max=high if high and high != low else None)


# "Budget Officer (G15)", "Budget Officer – G15 – 271001", "Senior Scientist (A3) | CMRE": a
# G-grade or an A-grade beside the title.
_TITLE_GRADE = re.compile(
    r"(?:\(|\s[-–—]\s)\s?((?:G\d{1,2}|A[1-7])(?:\s?[-–/]\s?(?:G\d{1,2}|A[1-7]))?)"
    r"\s?(?:\)|\s[-–—|]\s|$)"
)


_GRADE_ALONE = re.compile(r"^G-?\d{1,2}(?:\s?[-–/]\s?G-?\d{1,2})?$")


def grade_in_text(lines: list[str]) -> Grade | None:
    """'NATO Grade G17' outside the labelled header, or a G-grade beside the title in the
    opening lines; never a supervisor's grade."""
    for line in lines[:400]:
        if len(line) > 300:
            continue
        folded = fold(line)
        if "grade" in folded and not _NOT_THE_POST.search(folded) and (grade := parse_grade(line)):
            return grade
    opening = [line for line in lines[:40] if line][:10]
    for line in opening:
        if _GRADE_ALONE.match(line.strip()) and (grade := parse_grade(line)):
            return grade  # "G18" alone: a field of a '|'-joined header line
        match = _TITLE_GRADE.search(line) if len(line) <= 200 else None
        if match and not _NOT_THE_POST.search(fold(line)) and (grade := parse_grade(match[1])):
            return grade
    for line in lines[:40]:
        text = line.strip()
        match = _LABELLED_G_GRADE.match(text) if len(line) <= 120 else None
        match = match or (_GRADE_LABEL_LETTER.match(fold(text)) if len(line) <= 120 else None)
        match = match or (_any_label_grade(text) if len(line) <= 120 else None)
        if (
            match
            and not _NOT_THE_POST.search(fold(line))
            and (grade := parse_grade(match[1].upper()))
        ):
            return grade  # "Platová třída: G15": a circular's label, a NATO grade after it
    return None


# A letter grade under a label in another language that names a grade (the line folded):
# Norwegian "Lønnsgrad: A3", Swedish "Lönegrad", Italian/Spanish "Grado", Portuguese "Grau",
# German "Besoldungsgrad/-gruppe", Polish "Stopień", Czech "Platová třída", Dutch "Rang",
# "Salarisschaal", Danish "Lønramme", Romanian "Gradul", Turkish "Derece", Hungarian
# "Besorolás".
_GRADE_LABEL_LETTER = re.compile(
    r"^(?=[^\W\d])[^:]{0,30}(?:grad|grau|stopie|trida|schaal|besoldung|lonramme|rang|derece"
    r"|besorolas)[^:]{0,12}:\s*(?:nato\s)?([abc]-?\d(?:\s?[-–/]\s?[abc]-?\d)?)$"
)
# A label in any language over a NATO grade alone ("Βαθμός: A3", "Palgaaste: A3"): a grade,
# unless the label names a language, whose level may be written the same ("Language: C1",
# "Jazyk: B2", "Γλώσσα", "Език", "Kieli", "Nyelv").
_ANY_LABEL_GRADE = re.compile(r"^(?=[^\W\d])([^:\d]{2,40}):\s*(?:NATO\s)?([ABCG]-?\d{1,2})$")
_LANGUAGE_LABEL = re.compile(
    r"lang|engl|fren|jezik|jazyk|kalb|valod|keel|kiel|nyelv|dil\b|gjuh|tungum|sprach|sprog|sprak"
    r"|lingu|idiom|lingv|γλωσσ|език|level|niveau|cefr|slp|stanag|licen|permis|categor|class"
)


def _any_label_grade(text: str) -> re.Match[str] | None:
    match = _ANY_LABEL_GRADE.match(text)
    if match is None or _LANGUAGE_LABEL.search(fold(match[1])):
        return None
    return _ANY_GRADE_VALUE.search(match[2])


_ANY_GRADE_VALUE = re.compile(r"([ABCG]-?\d{1,2})")
# A header line in any language whose value is a NATO G-grade alone.
_LABELLED_G_GRADE = re.compile(
    r"^[^\W\d][^:]{1,40}:\s*(?:NATO\s)?(G-?\d{1,2}(?:\s?[-–/]\s?G-?\d{1,2})?)$"
)


def parse_clearance(value: str) -> Clearance | None:
    folded = fold(value)
    words = set(re.findall(r"[a-z]+", folded))
    if "cts" in words or "cosmic" in words:
        return Clearance.CTS
    if "ns" in words or "secret" in words:
        return Clearance.NS
    if "nc" in words or "confidential" in words or "confidentiel" in words:
        return Clearance.NC
    return None
