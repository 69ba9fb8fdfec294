"""Prose read sentence by sentence: a paragraph cut into its sentences (not after "e.g." or
"LL.M."), a sentence cut into the requirements it states ("X would be an asset, as would Y",
"a degree in law and at least 5 years of ..."), and what each clause says of itself: that it
is required ("must", "(essential)"), wished ("an asset", "un atout") or asked at all.

prose_requirements.py finds the paragraphs that hold requirements; the list readers
(prose_items.py, section_sentences.py) read their items' sentences with these.
"""

from __future__ import annotations

import re

from screener.importer.prose_clauses import EN_MUST as _EN_MUST
from screener.importer.prose_clauses import FR_MUST as _FR_MUST
from screener.importer.wording import fold

_ASSET = re.compile(
    r"\b(?:advantage|asset|desirable|preferred|a plus|un plus|atouts?|avantages?|souhaitable)"
    r"|\b(?:considered|viewed|regarded) favou?rably|\bconsideree?s? favorablement"
)
# "EU citizenship is neither required nor an advantage": says what does not count.
_NOT_ASSET = re.compile(
    r"\b(?:not|nor|no|never|pas|ni)\s(?:\S+\s){0,2}(?:an? )?(?:advantage|asset|atout)"
)
# A full stop before a capital ends a sentence; "LL.M. or" and "e.g. the" do not.
# Nor after "e.g.", "i.e.", "U.S.", "LL.M.", "No.": abbreviations, not ends (a capital alone
# may end one: "category B. The incumbent ...").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!\.[A-Z]\.)(?<!\bNo\.)(?<!\bcf\.)"
    r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bapprox\.)\s+(?=[A-Z\"«À-Ý])"
)
_MAX_SENTENCES = 20


def prose_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph."""
    parts = (part.strip().rstrip(".").strip() for part in _SENTENCE_END.split(paragraph))
    return [part for part in parts if len(part) > 3][:_MAX_SENTENCES]


# One sentence, two requirements: "X would be an asset, as would Y"; "... a degree in law and
# must also have six years of experience". Each part is a requirement of the sentence's list.
_SECOND_REQUIREMENT = re.compile(
    r",?\s(?:as (?:would|is|are|will|does|do|should)(?: also)?\s|and (?:they |he or she )?"
    r"(?=(?:must|should|shall|will need to) (?:also )?(?:have|possess|hold|be|demonstrate|show"
    r"|speak|pass|complete|obtain|undergo|attend)\b))"
    # "..., and a minimum of 10 years of ...", "... (essential) and have a minimum of ...":
    # after a comma or an inline mark, "and" opening a requirement of its own (never "law and
    # economics").
    r"|(?:,|(?<=\)))\s(?:and|as well as)\s"
    r"(?=(?:have|possess|hold|speak|a minimum of|at least|\d{1,2}\+? years)\b)"
    # "... hold a degree in law and have at least 5 years ...", "... and has at least ...":
    # "and" before a verb of its own.
    r"|\sand\s(?=(?:have|has|holds?|possess(?:es)?) (?:at least|a minimum of|\d{1,2}\+? years"
    r"|(?:an? )?(?:good |sound |solid |working |excellent |thorough |proven )?(?:knowledge|experience"
    r"|command|understanding))\b)"
    # ("...; or a master's degree and 4 years of ...": another path to the same requirement.)
    r"|;\s(?!(?:or|ou|either|alternatively)\b)"
    # "... lower secondary education and you hold a valid licence", "It would be an advantage
    # if you hold a category D licence, have completed a course, or have a good knowledge of":
    # each verb of the reader's profile opens a requirement.
    r"|,?\sand you (?=(?:hold|have|possess|speak|are)\b)"
    # ("... et vous êtes titulaire d'un permis", "... ou si vous avez suivi un cours".)
    r"|,?\set vous (?=(?:[eê]tes|avez|poss[eé]dez|parlez|ma[iî]trisez|justifiez)\b)"
    r"|,?\s(?:or|and|ou|et) if you (?=(?:hold|have|possess|speak|are)\b)"
    r"|,?\s(?:ou|et) si vous (?=(?:[eê]tes|avez|poss[eé]dez|parlez|ma[iî]trisez)\b)"
    r"|,\s(?:or |and )?(?=(?:hold|have|possess) (?:completed|obtained|a |an |at least|\d))"
    # "It would be an advantage to hold a PhD, to speak Portuguese, and to have experience of
    # ...", "Un doctorat serait un atout, de même que de parler ..., et d'avoir ...": each
    # infinitive after a comma opens a requirement.
    r"|(?:,\s(?:or |and )?|\s(?:or|and)\s)to (?=(?:hold|have|possess|speak|know|be|demonstrate"
    r"|show)\b)"
    r"|(?:,\s(?:ou |et )?|\s(?:ou|et)\s)d(?:e\s|')(?=(?:avoir|parler|poss[eé]der|ma[iî]triser|conna[iî]tre"
    r"|justifier|[eê]tre)\b)"
    # "a degree (essential) and 5 years of ...", "SAP (desirable) and French (desirable)":
    # after an inline mark, "and" always starts the next requirement.
    r"|(?:(?<=\(essential\))|(?<=\(desirable\))|(?<=\(required\))|(?<=\(an asset\))"
    r"|(?<=\(essentiel\))|(?<=\(souhaitable\))|(?<=\(un atout\))|(?<=\(asset\)))"
    r",?\s(?:and|et)\s"
    # The same in French: "..., et doit avoir au moins six années ...", "X serait un atout,
    # de même qu'une expérience de Y".
    r"|,?\s(?:et|ainsi que) (?:il |elle |ils |elles )?(?=(?:doit|doivent|devra|devront)"
    r" (?:egalement |également |aussi )?(?:avoir|poss[eé]der|[eê]tre|justifier|ma[iî]triser"
    r"|parler|r[eé]ussir|obtenir|suivre|d[eé]montrer)\b)"
    r"|,\s(?:de m[eê]me qu(?:e\s|')|tout comme\s)"
    # "... titulaire d'un diplôme en droit et justifier d'au moins cinq ans d'expérience".
    r"|\set\s(?=(?:avoir|justifier|poss[eé]der|disposer)\s(?:d['e]\s?|d’)?(?:au moins|un minimum"
    r"|\d{1,2}\s(?:ans|ann[eé]es)|une (?:bonne |excellente |solide )?(?:connaissance|exp[eé]rience"
    r"|ma[iî]trise)))",
    re.IGNORECASE,
)
# After a semicolon, a clause that states a fact ("...; the working language of the Centre is
# English") explains the requirement before it: it is not one of its own.
_FACT = re.compile(r"^(?:the|this|it|its|these|that|which|there)\b", re.IGNORECASE)
# "...; the incumbent will be required to pass an annual weapons qualification": what the
# post will ask of the holder of the requirement before it, part of that requirement.
_WILL = re.compile(r"^(?:the|this|he|she|they|it)\b[^,;]{0,40}?\swill\b", re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:must|should|shall|required|requirement|essential|asset|advantage|plus|preferred"
    r"|minimum|at least|experience|degree|knowledge|licen[cs]e|certific|ability|able to)\b",
    re.IGNORECASE,
)


def split_compound(sentence: str) -> list[str]:
    """The requirements one prose sentence states, in its order."""
    parts: list[str] = []
    for part in (p.strip(" ,;.") for p in _SECOND_REQUIREMENT.split(sentence)):
        if len(part) <= 3:
            continue
        if parts and _FACT.match(part) and (not _ASKS.search(part) or _WILL.match(part)):
            parts[-1] = f"{parts[-1]}; {part}"
        else:
            parts.extend(_years_apart(part))
    return parts


# "a university degree in law and at least 5 years of experience in ...": the years are a
# requirement of their own; not in "a degree and 2 years, or a diploma and 6 years" (two
# paths, read together by the typing).
_AND_YEARS = re.compile(r"\s(?:and|as well as)\s(?=(?:at least|a minimum of|minimum) \d{1,2}\b)")
_OR = re.compile(r"\bor\b", re.IGNORECASE)
# "a PhD; or a master's degree and at least 4 years of ...": the years are the second path's.
_PATH_OR = re.compile(r"[,;]\s(?:or|ou)\s", re.IGNORECASE)


def _years_apart(part: str) -> list[str]:
    pieces = _AND_YEARS.split(part, maxsplit=1)
    if len(pieces) < 2 or _OR.search(pieces[1]) or len(pieces[0]) <= 3:
        return [part]
    if _PATH_OR.search(pieces[0]):
        return [part]
    return pieces


def split_all(sentences: list[str]) -> list[str]:
    return [part for sentence in sentences for part in split_compound(sentence)]


# A clause that says it is required: "... must ...", "... is essential", "(essential)".
_ESSENTIAL_SAID = re.compile(
    r"\bmust\b|\b(?:is|are) (?:essential|required|mandatory|a must)\b"
    r"|\((?:essential|required|mandatory|essentiel(?:le)?|obligatoire|requise?)\)"
    r"|\b(?:est|sont) (?:essentiel(?:le)?s?|obligatoires?|exigee?s?|requise?s?|indispensables?)\b"
)


# "... in a military or police organisation (essential)": the mark sorts the clause, it is no
# part of what is asked (read into an experience's domain, it would be shown as such).
_INLINE_MARK = re.compile(
    r"\s?\((?:essential|required|mandatory|desirable|an asset|asset|essentiel(?:le)?|souhaitable"
    r"|un atout|obligatoire)\)\s*$",
    re.IGNORECASE,
)


def without_mark(part: str) -> str:
    """A clause without the inline mark that sorted it."""
    return _INLINE_MARK.sub("", part).rstrip() or part


def says_essential(part: str) -> bool:
    """Whether a clause says itself that it is required."""
    return bool(_ESSENTIAL_SAID.search(fold(part)))


def wished(sentence: str) -> bool:
    """Whether a sentence says it is an asset ("would be an advantage", "un atout")."""
    folded = fold(sentence)
    return bool(_ASSET.search(folded)) and not _NOT_ASSET.search(folded)


def says_must(sentence: str) -> bool:
    """Whether a sentence says what candidates must be or have ("The incumbent must ...",
    "Le titulaire doit ...")."""
    folded = fold(sentence)
    return bool(_EN_MUST.match(folded) or _FR_MUST.match(folded))


def asks_in_prose(part: str) -> bool:
    """Whether a clause of prose asks or wishes for something."""
    return bool(ASKED.search(fold(part))) or wished(part)


# Any sentence of a requirement paragraph: says what is asked or wished.
ASKED = re.compile(
    r"\b(?:must|should|shall|(?:is|are) (?:essential|required|a must)|required|would be an?"
    r"|(?:is|are) an? (?:plus|asset|advantage)|doit|doivent|souhaitable|atout"
    r"|(?:est|sont) (?:exigee?s?|requise?s?|indispensables?|essentiel(?:le)?s?|obligatoires?))\b"
)
