"""What a browser adds to each page of a web page it prints to PDF ("Save as PDF", "Microsoft
Print to PDF"), taken off again: the top line with the date, time and page title ("11/30/26,
9:25 PM Officer (Finance) | NATO Careers") and the bottom line with the address and the page
count (the page's web address, then "1/3"). Left in, they came between a list's
items at every page break, and the date was a candidate for the notice's deadline.

Only a page whose last line is the address line is changed, and only lines in the browser's
own forms.
"""

from __future__ import annotations

import re

_DATE_TIME = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
# Chromium's and Edge's top line: the date and time in the locale's short form, then the
# page's title ("11/30/26, 9:25 PM ...", "30/11/2026 21:25 ...", "2026-11-30, 21:25 ...");
# Safari's: the title, then the date and time.
# (Never a labelled date: "Closing date: 15/01/2027 23:59".)
DATE_TIME_LINE = re.compile(rf"^{_DATE_TIME}(?:\s|$)|(?<![:–-])\s{_DATE_TIME}$")
PRINTED_AT_START = re.compile(rf"^{_DATE_TIME}(?:\s|$)")
# The bottom line: the page's address and its number ("1/3", "Page 1 of 3", "1 of 3"), or the
# number alone after the address. pypdf gives "file" drawn with a ligature as "ﬁle".
ADDRESS_LINE = re.compile(
    r"^(?:https?|ﬁle|file)://\S+(?:\s+(?:\d{1,3}\s?/\s?\d{1,3}|(?:page\s+)?\d{1,3}\s+of\s+\d{1,3}"
    r"|page\s+\d{1,3}))?$",
    re.IGNORECASE,
)


# Firefox's margins: the page's title and address at the top ("Vacancy details | NSPA", then
# the page's address), the page count and the date and time at the bottom ("1 of 3
# 30/11/2026, 14:05"), either way round.
_PAGE_COUNT = r"(?:page\s+)?\d{1,3}\s?(?:/|of|sur|de|von)\s?\d{1,3}"
COUNT_LINE = re.compile(
    rf"^(?:{_PAGE_COUNT}(?:\s+{_DATE_TIME})?|{_DATE_TIME}\s+{_PAGE_COUNT})$", re.IGNORECASE
)
ENDS_WITH_ADDRESS = re.compile(r"(?:^|\s)(?:https?|ﬁle|file)://\S+$", re.IGNORECASE)


def without_browser_lines(text: str) -> str:
    """The page's text without the browser's date-and-title line at its top and its
    address-and-page-number line at its bottom (Chromium), or its title-and-address line and
    its page-count-and-date line (Firefox)."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled:
        return text
    first, last = filled[0], filled[-1]
    if ADDRESS_LINE.match(lines[last].strip()):
        top = DATE_TIME_LINE
    elif COUNT_LINE.match(lines[last].strip()):
        top = ENDS_WITH_ADDRESS
    else:
        return text  # no browser printed it (its bottom line is on every page)
    drop = {last}
    # The top line is drawn at the top of the page, or last but one (Chromium draws both
    # margins after the page's content).
    before = [index for index in filled if index < last]
    for index in [*before[-1:], first] if before else []:
        if top.search(lines[index].strip()):
            drop.add(index)
    if (
        top is ENDS_WITH_ADDRESS
        and len(before) > 1
        and ADDRESS_LINE.match(lines[before[1]].strip())
    ):
        drop |= {first, before[1]}  # the title, then the address on a line of its own
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)
