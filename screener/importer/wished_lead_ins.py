"""The many ways a notice opens its desirable list, besides DESIRABLE / ACQUIS SOUHAITABLES.

Careers pages and job boards write it as a heading of their own ("Nice-to-have", "Bonus
points", "Atouts") or as a sentence ending in a colon that says the items are wished, not
required ("It would be nice if you also have:", "It is also desirable that you have:",
"Ideally, you also bring:", "Ce serait un plus si vous avez :"). Patterns on folded lines
(lower case, no accents), tried by requirement_lists with its own lead-ins.
"""

from __future__ import annotations

# What says "wished": an advantage, an asset, a plus, nice, a bonus, preferred, ideally.
_EN_WISH = (
    r"(?:desirable|desired|advantageous|an? (?:\w+ )?(?:advantage|asset|plus|bonus)"
    r"|nice|bonus|preferred|preferably|ideally|even better|beneficial|appreciated|valued"
    r"|helpful|useful)"
)
# A short line ending in a colon that says so: "It would be nice if you also have:",
# "It is also desirable that you have:", "Ideally, you will also bring:", "Bonus points if:".
# Who is addressed or what follows may be anything short; a period or semicolon inside means
# a sentence of the text, not a lead-in.
EN_WISHED_LEAD_IN = (
    r"^(?:\d{1,2}\s?\.?\s?)?[^.;:]{0,60}\b(?:(?:would|will|could|might|is|are|'d|'s)"
    rf"(?: also| equally| further)?(?: be| considered| seen as)?(?: considered)? {_EN_WISH}"
    r"|ideally|preferably|bonus points?|even better|extra points?|a plus if|it's a plus"
    # "You'll stand out if you have:", "Would be great if you have:", "We'd love it if ...:".
    r"|stand out|set you apart|(?:would|'d|will) (?:also )?(?:be great|love)|great if"
    r"|(?:also |additionally )?(?:appreciated|valued|desirable|advantageous|beneficial)"
    r"(?: but not (?:required"
    r"|essential|mandatory))?)\b[^.;:]{0,60}"
    # Ending in its colon, or as a careers page's heading over the list ("It would be a plus
    # if you have"): on the verb the list's items complete.
    r"(?::|\b(?:have|bring|offer|know)\s?)$"
    # A heading alone: "Nice-to-have", "Nice to haves", "Good-to-have skills", "Bonus",
    # "Pluses", "Desirable but not essential".
    r"|^(?:\d{1,2}\s?\.?\s?)?(?:(?:nice|good|great)[- ]to[- ]haves?|bonus(?: points)?|pluses"
    r"|extras|(?:desirable|preferred|optional|advantageous|beneficial)"
    r"(?: but not (?:required|essential|mandatory))?"
    r"|not required but (?:desirable|preferred|a plus|an asset))"
    r"(?: (?:skills|qualifications|requirements|experience|criteria))?\s?:?$"
)
_FR_WISH = (
    r"(?:souhaitables?|souhaitee?s?|un atout|des atouts|un plus|un avantage|des avantages"
    r"|apprecie(?:e|s|es)?|bienvenue?s?|valorise(?:e|s|es)?|preferable)"
)
# "Ce serait un plus si vous avez :", "Il serait souhaitable que vous ayez :", "Idéalement,
# vous avez aussi :", "Seraient appréciés :", "Atouts supplémentaires :".
FR_WISHED_LEAD_IN = (
    r"^(?:\d{1,2}\s?\.?\s?)?[^.;:]{0,60}\b(?:(?:serait|seraient|sera|seront|est|sont"
    rf"|constitue|constituent|constituera|constitueront|constituerait|constitueraient|represente"
    rf"|representent|representerait|representeraient)(?: aussi| egalement| considere(?:e|s|es)? comme)?"
    rf" {_FR_WISH}|idealement|de preference|en plus|un plus"
    # "Nous apprécierions également :", "Vous vous démarquerez si ... :", "Ce serait génial".
    r"|apprecier(?:ions|ait|aient|ons)|demarquer(?:ez|a|ont)?|genial)\b[^.;:]{0,60}\s?:$"
    r"|^(?:\d{1,2}\s?\.?\s?)?(?:(?:seraient|serait) (?:apprecie(?:e|s|es)?|un plus|souhaitables?)"
    r"|(?:les |un |des )?(?:atouts?|plus|points? forts?|bonus|souhaitables?|souhaite"
    r"|apprecie(?:e|s|es)?)"
    r"(?: (?:supplementaires|complementaires))?)\s?:?$"
)
