"""A careers site's chrome around a notice: its menu ("Home | Jobs | Sign In"), a menu's items
left one to a line, the site's address for a name. Never a title."""

from __future__ import annotations

import re

from screener.importer.wording import fold

# A site's menu: "ATLAS Defence Recruitment  |  Candidates  |  Clients  |  Contact".
MENU_WORD = (
    r"(?:home|jobs|candidates|clients|employers|contact(?: us)?|about(?: us)?|search|sign (?:in|up)"
    r"|log ?in|register|my account|menu|organi[sz]ations|career guides|my network|messaging"
    r"|notifications|post a job|find jobs|company reviews|salary guide|career advice|companies"
    r"|career fair|blog|for employers|upload your cv|accueil|offres|emplois|connexion|recherche"
    r"|mon compte|s'inscrire|inscription"
    # "NATO Careers | Search Jobs | My Applications | Sign In".
    r"|(?:nato |otan )?careers|my applications|my profile|mon profil|rechercher des offres"
    # An organisation's own site: "Home | About us | Courses | Publications | Vacancies".
    r"|news|events|publications|courses|training|vacancies|media(?: centre)?|library|projects"
    r"|partners|activities|who we are|what we do|our mission|resources|links|faq|press"
    r"|actualites|evenements|formations?|nous contacter|qui sommes-nous|recrutement)"
)
# A site's address for a name: "JobsInDefence.com", "Emploi-Défense.fr".
SITE_ADDRESS = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|eu|int|[a-z]{2})\b", re.I
)
# A site's navigation, by its links' words ("Current vacancies", "How to apply", "Benefits").
NAVIGATION_WORD = re.compile(
    rf"\b{MENU_WORD}\b|\b(?:apply|how to apply|benefits|working at|working for|faq"
    r"|frequently asked questions|recruitment|sitemap|privacy|cookies|accessibility|share"
    r"|job alerts?|opportunities|internships?|research|postuler|avantages)\b",
    re.IGNORECASE,
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


# A page's buttons and sharing links: "Save job", "Share", "Apply now", "Print", "Partager".
_UI_WORD = re.compile(
    r"\b(?:save|saved|share|print|apply|email|e-mail|bookmark|report|copy link|tweet|linkedin"
    r"|facebook|twitter|x|whatsapp|follow|subscribe|alert|job alerts?|this|job|now|to a friend"
    r"|on|partager|imprimer|enregistrer|postuler|sauvegarder|signaler|envoyer|a un ami"
    # "Apply for this job", "Back to results", "Show more", "View all jobs".
    r"|for|back|to|results|search|more|less|show|view|all|jobs|similar|cette offre|offre|a|à)\b",
    re.IGNORECASE,
)
# The separators a page's chrome joins its items with: "Save job · Share", "Print | Email".
_CHROME_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s{2,}")


def only_page_chrome(line: str) -> bool:
    """'Share', 'Save job · Share', 'Home | About us | Courses': a page's buttons or its menu,
    alone or joined by '|', '·', '•' or wide gaps; never a title."""
    parts = [part for part in _CHROME_SEPARATOR.split(line.strip()) if part]
    if not parts or len(line) > 150:
        return False
    if all(not re.sub(r"[\s/&-]+", "", _UI_WORD.sub(" ", part)) for part in parts):
        return True
    return len(parts) >= 2 and all(menu_item_alone(part) for part in parts)


def menu_line(line: str) -> bool:
    """'Home | About us | Courses | Publications | Vacancies | Contact': a site's menu, its
    items short words with no figure and no label, all but one of them a menu's own words
    ("Budget Officer | NSPA | Careers | Home" is a title with the site's name and menu)."""
    parts = [part.strip() for part in line.split("|") if part.strip()]
    menu_items = sum(menu_item_alone(fold(part)) for part in parts)  # ("Actualités")
    return (
        len(parts) >= 3
        and len(line) <= 200
        and all(len(part.split()) <= 3 and not re.search(r"[\d:]", part) for part in parts)
        and menu_items >= max(2, len(parts) - 1)
    )
