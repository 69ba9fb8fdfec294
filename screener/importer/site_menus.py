"""A careers site's chrome around a notice: its menu ("Home | Jobs | Sign In"), a menu's items
left one to a line, the site's address for a name. Never a title."""

from __future__ import annotations

import re

# A site's menu: "ATLAS Defence Recruitment  |  Candidates  |  Clients  |  Contact".
MENU_WORD = (
    r"(?:home|jobs|candidates|clients|employers|contact(?: us)?|about(?: us)?|search|sign (?:in|up)"
    r"|log ?in|register|my account|menu|organi[sz]ations|career guides|my network|messaging"
    r"|notifications|post a job|find jobs|company reviews|salary guide|career advice|companies"
    r"|career fair|blog|for employers|upload your cv|accueil|offres|emplois|connexion|recherche"
    r"|mon compte|s'inscrire|inscription"
    # "NATO Careers | Search Jobs | My Applications | Sign In".
    r"|(?:nato |otan )?careers|my applications|my profile|mon profil|rechercher des offres)"
)
# A site's address for a name: "JobsInDefence.com", "Emploi-Défense.fr".
SITE_ADDRESS = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|eu|int|[a-z]{2})\b", re.I
)
NAVIGATION = re.compile(rf"\|\s*{MENU_WORD}\s*(?:\||$)", re.IGNORECASE)
MENU_ITEMS = re.compile(rf"\b{MENU_WORD}\b", re.IGNORECASE)


def is_menu(line: str) -> bool:
    """'Home  My Network  Jobs  Messaging': a site's menu, nothing but its items."""
    if len(line) > 150:
        return False
    items, rest = len(MENU_ITEMS.findall(line)), MENU_ITEMS.sub(" ", line)
    return items >= 3 and not re.sub(r"[\s|·•/-]+", "", rest)


def menu_item_alone(line: str) -> bool:
    """'Search Jobs', 'My Applications': one of a menu's items, left on its own line."""
    return not re.sub(r"[\s|·•/-]+", "", MENU_ITEMS.sub(" ", line))
