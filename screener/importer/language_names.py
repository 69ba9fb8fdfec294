"""Language names a notice may use, in English and French, and where a text names them.

English and French are NATO's official languages and are handled apart by the callers; the
others cover every European language and the major world languages notices ask for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screener.importer.wording import fold

# Folded names in English and French -> ISO 639-1. English and French are the official languages
# and are handled apart; these are the others notices ask for.
OTHER_LANGUAGES: dict[str, str] = {
    "russian": "ru",
    "russe": "ru",
    "arabic": "ar",
    "arabe": "ar",
    "chinese": "zh",
    "mandarin": "zh",
    "chinois": "zh",
    "german": "de",
    "allemand": "de",
    "spanish": "es",
    "espagnol": "es",
    "italian": "it",
    "italien": "it",
    "ukrainian": "uk",
    "ukrainien": "uk",
    "polish": "pl",
    "polonais": "pl",
    "turkish": "tr",
    "turc": "tr",
    "turque": "tr",
    "portuguese": "pt",
    "portugais": "pt",
    "dutch": "nl",
    "neerlandais": "nl",
    "greek": "el",
    "grec": "el",
    "grecque": "el",
    "romanian": "ro",
    "roumain": "ro",
    "japanese": "ja",
    "japonais": "ja",
    "korean": "ko",
    "coreen": "ko",
    "persian": "fa",
    "farsi": "fa",
    "persan": "fa",
    "hebrew": "he",
    "hebreu": "he",
    "hungarian": "hu",
    "hongrois": "hu",
    "czech": "cs",
    "tcheque": "cs",
    "serbian": "sr",
    "serbe": "sr",
    "croatian": "hr",
    "croate": "hr",
    "bulgarian": "bg",
    "bulgare": "bg",
    "georgian": "ka",
    "georgien": "ka",
    "albanian": "sq",
    "albanais": "sq",
    "norwegian": "no",
    "norvegien": "no",
    "swedish": "sv",
    "suedois": "sv",
    "danish": "da",
    "danois": "da",
    "finnish": "fi",
    "finnois": "fi",
    "estonian": "et",
    "estonien": "et",
    "latvian": "lv",
    "letton": "lv",
    "lithuanian": "lt",
    "lituanien": "lt",
    "slovak": "sk",
    "slovaque": "sk",
    "slovenian": "sl",
    "slovene": "sl",
    "macedonian": "mk",
    "macedonien": "mk",
    "icelandic": "is",
    "islandais": "is",
    # Other European languages, then major world languages (English name, French name).
    "luxembourgish": "lb",
    "luxembourgeois": "lb",
    "letzebuergesch": "lb",
    "maltese": "mt",
    "maltais": "mt",
    "irish": "ga",
    "irlandais": "ga",
    "gaelic": "ga",
    "welsh": "cy",
    "gallois": "cy",
    "catalan": "ca",
    "basque": "eu",
    "galician": "gl",
    "galicien": "gl",
    "bosnian": "bs",
    "bosnien": "bs",
    "belarusian": "be",
    "bielorusse": "be",
    "armenian": "hy",
    "armenien": "hy",
    "azerbaijani": "az",
    "azerbaidjanais": "az",
    "azeri": "az",
    "hindi": "hi",
    "urdu": "ur",
    "ourdou": "ur",
    "bengali": "bn",
    "punjabi": "pa",
    "pendjabi": "pa",
    "tamil": "ta",
    "tamoul": "ta",
    "pashto": "ps",
    "pachto": "ps",
    "kurdish": "ku",
    "kurde": "ku",
    "swahili": "sw",
    "indonesian": "id",
    "indonesien": "id",
    "malay": "ms",
    "malais": "ms",
    "vietnamese": "vi",
    "vietnamien": "vi",
    "thai": "th",
    "somali": "so",
    "amharic": "am",
    "amharique": "am",
    "tigrinya": "ti",
    "tigrigna": "ti",
    "hausa": "ha",
    "haoussa": "ha",
    "kazakh": "kk",
    "uzbek": "uz",
    "ouzbek": "uz",
    "mongolian": "mn",
    "mongol": "mn",
    "tagalog": "tl",
    "filipino": "tl",
    "cantonese": "zh",
    "cantonais": "zh",
    "afrikaans": "af",
    "nepali": "ne",
    "nepalais": "ne",
    "tajik": "tg",
    "tadjik": "tg",
    "turkmen": "tk",
    "turkmene": "tk",
    "kyrgyz": "ky",
    "kirghiz": "ky",
    "yoruba": "yo",
    "zulu": "zu",
    "zoulou": "zu",
    "burmese": "my",
    "birman": "my",
    "khmer": "km",
    "sinhala": "si",
    "cingalais": "si",
    "flemish": "nl",
    "flamand": "nl",
    "frisian": "fy",
    "frison": "fy",
    "romansh": "rm",
    "romanche": "rm",
    "faroese": "fo",
    "feroien": "fo",
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
}
# French adjectives agree with "langue": "allemande", "italienne", "lettonne".
_LANGUAGE_RE = re.compile(
    r"\b("
    + "|".join(sorted(map(re.escape, OTHER_LANGUAGES), key=len, reverse=True))
    + r")(?:n?e)?s?\b"
)


@dataclass(frozen=True, slots=True)
class LanguageMention:
    code: str
    start: int
    end: int


def find_languages(text: str) -> list[LanguageMention]:
    """Language names in order of appearance (both official languages included)."""
    folded = fold(text)
    return [
        LanguageMention(OTHER_LANGUAGES[m[1]], m.start(), m.end())
        for m in _LANGUAGE_RE.finditer(folded)
    ]
