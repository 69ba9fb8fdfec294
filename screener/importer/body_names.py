"""The NATO bodies a notice can name, as a table: each name or fragment a notice writes (in
English, in French, in the languages of the national circulars that relay a notice), folded, and
the name a vacancy file keeps for that body. Kept apart from the code that finds a body in a
notice's text (screener.importer.bodies) because it is data that grows with every body met, and
because the title readers derive the bodies' short names from it too (BODY_ACRONYMS)."""

from __future__ import annotations

import re

# Folded name fragment -> the body's name as the vacancy file keeps it. Longest names first:
# the first match wins, and "NATO Support and Procurement Agency" says more than "NATO".
_PA = "NATO Parliamentary Assembly (NATO PA)"
BODIES: tuple[tuple[str, str], ...] = (
    # Agencies whose names hold another body's ("NATO Airborne Early Warning ..."): first.
    (
        "nato airborne early warning and control programme management agency",
        "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
    ),
    (
        "nato airborne early warning & control programme management agency",
        "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
    ),
    (
        "naew&c programme management agency",
        "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)",
    ),
    ("napma", "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"),
    ("international board of auditors", "International Board of Auditors for NATO (IBAN)"),
    ("(iban)", "International Board of Auditors for NATO (IBAN)"),
    (
        "nato cooperative cyber defence centre of excellence",
        "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)",
    ),
    ("ccdcoe", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)"),
    ("allied command counter intelligence", "Allied Command Counter Intelligence (ACCI)"),
    ("nato rapid deployable corps", "NATO Rapid Deployable Corps (NRDC)"),
    ("nato support and procurement agency", "NATO Support and Procurement Agency (NSPA)"),
    ("nspa", "NATO Support and Procurement Agency (NSPA)"),
    (
        "nato communications and information agency",
        "NATO Communications and Information Agency (NCIA)",
    ),
    ("ncia", "NATO Communications and Information Agency (NCIA)"),
    ("nato airborne early warning", "NATO Airborne Early Warning & Control Force (NAEW&C Force)"),
    ("naew&c", "NATO Airborne Early Warning & Control Force (NAEW&C Force)"),
    ("naewc", "NATO Airborne Early Warning & Control Force (NAEW&C Force)"),
    ("international military staff", "NATO International Military Staff (IMS)"),
    ("etat-major militaire international", "NATO International Military Staff (IMS)"),
    ("supreme headquarters allied powers europe", "Allied Command Operations (SHAPE)"),
    ("allied command operations", "Allied Command Operations (ACO)"),
    ("allied command transformation", "Allied Command Transformation (ACT)"),
    ("supreme allied commander transformation", "Allied Command Transformation (ACT)"),
    # A command's own name, as the notice writes it: never a parent body it does not name.
    ("joint force command naples", "Allied Joint Force Command Naples (JFC Naples)"),
    ("jfc naples", "Allied Joint Force Command Naples (JFC Naples)"),
    ("joint force command brunssum", "Allied Joint Force Command Brunssum (JFCBS)"),
    ("jfcbs", "Allied Joint Force Command Brunssum (JFCBS)"),
    ("joint force command norfolk", "Joint Force Command Norfolk (JFC Norfolk)"),
    ("joint force command", "Allied Joint Force Command"),
    ("joint warfare centre", "Joint Warfare Centre (JWC)"),
    ("joint warfare center", "Joint Warfare Centre (JWC)"),
    ("joint force training centre", "Joint Force Training Centre (JFTC)"),
    ("jftc", "Joint Force Training Centre (JFTC)"),
    (
        "joint analysis and lessons learned centre",
        "Joint Analysis and Lessons Learned Centre (JALLC)",
    ),
    ("nato special operations headquarters", "NATO Special Operations Headquarters (NSHQ)"),
    ("nshq", "NATO Special Operations Headquarters (NSHQ)"),
    ("nato science and technology organization", "NATO Science and Technology Organization (STO)"),
    ("science and technology organization", "NATO Science and Technology Organization (STO)"),
    (
        "organisation pour la science et la technologie",
        "NATO Science and Technology Organization (STO)",
    ),
    (
        "centre for maritime research",
        "NATO STO Centre for Maritime Research and Experimentation (CMRE)",
    ),
    ("allied land command", "Allied Land Command (LANDCOM)"),
    ("landcom", "Allied Land Command (LANDCOM)"),
    ("allied maritime command", "Allied Maritime Command (MARCOM)"),
    ("marcom", "Allied Maritime Command (MARCOM)"),
    ("allied air command", "Allied Air Command (AIRCOM)"),
    ("aircom", "Allied Air Command (AIRCOM)"),
    ("nci agency", "NATO Communications and Information Agency (NCIA)"),
    (
        "defence innovation accelerator for the north atlantic",
        "Defence Innovation Accelerator for the North Atlantic (DIANA)",
    ),
    ("nato diana", "Defence Innovation Accelerator for the North Atlantic (DIANA)"),
    ("nato innovation fund", "NATO Innovation Fund (NIF)"),
    ("nato defense college", "NATO Defense College (NDC)"),
    ("nato school oberammergau", "NATO School Oberammergau (NSO)"),
    (
        "nato communications and information academy",
        "NATO Communications and Information Academy (NCI Academy)",
    ),
    ("nci academy", "NATO Communications and Information Academy (NCI Academy)"),
    ("nato standardization office", "NATO Standardization Office (NSO)"),
    ("nato standardisation office", "NATO Standardization Office (NSO)"),
    ("nato force integration unit", "NATO Force Integration Unit (NFIU)"),
    ("nfiu", "NATO Force Integration Unit (NFIU)"),
    ("nato cis group", "NATO CIS Group (NCISG)"),
    ("ncisg", "NATO CIS Group (NCISG)"),
    ("multinational corps northeast", "Headquarters Multinational Corps Northeast (MNC NE)"),
    ("multinational corps north east", "Headquarters Multinational Corps Northeast (MNC NE)"),
    ("mnc ne", "Headquarters Multinational Corps Northeast (MNC NE)"),
    ("nato defence college", "NATO Defense College (NDC)"),
    ("nato alliance ground surveillance", "NATO Alliance Ground Surveillance Force (NAGSF)"),
    ("nagsf", "NATO Alliance Ground Surveillance Force (NAGSF)"),
    (
        "nato eurofighter and tornado management agency",
        "NATO Eurofighter and Tornado Management Agency (NETMA)",
    ),
    ("netma", "NATO Eurofighter and Tornado Management Agency (NETMA)"),
    ("nato helicopter management agency", "NATO Helicopter Management Agency (NAHEMA)"),
    ("nahema", "NATO Helicopter Management Agency (NAHEMA)"),
    ("joint support and enabling command", "Joint Support and Enabling Command (JSEC)"),
    ("allied rapid reaction corps", "Headquarters Allied Rapid Reaction Corps (ARRC)"),
    ("nato mission iraq", "NATO Mission Iraq (NMI)"),
    (
        "deployable air command and control centre",
        "Deployable Air Command and Control Centre (DACCC)",
    ),
    ("daccc", "Deployable Air Command and Control Centre (DACCC)"),
    ("kosovo force", "Kosovo Force (KFOR)"),
    ("kfor", "Kosovo Force (KFOR)"),
    # The Parliamentary Assembly is a body of its own, outside NATO's structure, with its own
    # "International Secretariat" (before the International Staff's names: at the same place
    # in the text, the first listed wins).
    ("nato parliamentary assembly", _PA),
    ("parliamentary assembly of nato", _PA),
    ("international secretariat of the nato parliamentary assembly", _PA),
    ("assemblee parlementaire de l'otan", _PA),
    ("secretariat international de l'assemblee parlementaire", _PA),
    ("parlamentarische versammlung der nato", _PA),
    ("assemblea parlamentare della nato", _PA),
    ("(nato pa)", _PA),
    ("nato international staff", "NATO International Staff (NATO IS)"),
    ("international staff", "NATO International Staff (NATO IS)"),
    ("(nato is)", "NATO International Staff (NATO IS)"),
    # The International Staff in the languages of the national circulars that relay it.
    ("mezinarodni sekretariat", "NATO International Staff (NATO IS)"),
    ("internationaler stab", "NATO International Staff (NATO IS)"),
    ("internationale staf", "NATO International Staff (NATO IS)"),
    ("secretariado internacional", "NATO International Staff (NATO IS)"),
    ("segretariato internazionale", "NATO International Staff (NATO IS)"),
    ("sekretariat miedzynarodowy", "NATO International Staff (NATO IS)"),
    ("miedzynarodowy sekretariat", "NATO International Staff (NATO IS)"),
    # NATO IS's divisions and offices at NATO Headquarters, named without the body.
    ("political affairs and security policy division", "NATO International Staff (NATO IS)"),
    ("defence policy and planning division", "NATO International Staff (NATO IS)"),
    ("executive management division", "NATO International Staff (NATO IS)"),
    ("defence investment division", "NATO International Staff (NATO IS)"),
    ("public diplomacy division", "NATO International Staff (NATO IS)"),
    ("joint intelligence and security division", "NATO International Staff (NATO IS)"),
    ("nato office of resources", "NATO International Staff (NATO IS)"),
    ("secretariat international de l'otan", "NATO International Staff (NATO IS)"),
    (
        "north atlantic treaty organization international staff",
        "NATO International Staff (NATO IS)",
    ),
    # Bodies by their French names, as French-language copies of a notice give them.
    ("secretariat international", "NATO International Staff (NATO IS)"),
    ("bureau otan des ressources", "NATO International Staff (NATO IS)"),
    ("agence otan de soutien et d'acquisition", "NATO Support and Procurement Agency (NSPA)"),
    (
        "agence otan d'information et de communication",
        "NATO Communications and Information Agency (NCIA)",
    ),
    (
        "force aeroportee de detection lointaine et de controle de l'otan",
        "NATO Airborne Early Warning & Control Force (NAEW&C Force)",
    ),
    (
        "grand quartier general des puissances alliees en europe",
        "Allied Command Operations (SHAPE)",
    ),
    ("(shape)", "Allied Command Operations (SHAPE)"),
    ("commandement allie transformation", "Allied Command Transformation (ACT)"),
    ("commandement allie pour la transformation", "Allied Command Transformation (ACT)"),
    ("commandant supreme allie transformation", "Allied Command Transformation (ACT)"),
    ("puissances alliees en europe", "Allied Command Operations (SHAPE)"),
    ("bureau otan de normalisation", "NATO Standardization Office (NSO)"),
    ("agence otan de normalisation", "NATO Standardization Office (NSO)"),
    (
        "agence d'information et de communication de l'otan",
        "NATO Communications and Information Agency (NCIA)",
    ),
    ("agence de soutien et d'acquisition de l'otan", "NATO Support and Procurement Agency (NSPA)"),
    ("commandement aerien allie", "Allied Air Command (AIRCOM)"),
    ("commandement maritime allie", "Allied Maritime Command (MARCOM)"),
    ("commandement terrestre allie", "Allied Land Command (LANDCOM)"),
    ("centre de guerre interarmees", "Joint Warfare Centre (JWC)"),
    ("ecole de l'otan", "NATO School Oberammergau (NSO)"),
    ("commandement allie operations", "Allied Command Operations (ACO)"),
    ("college de defense de l'otan", "NATO Defense College (NDC)"),
    (
        "centre pour la recherche et l'experimentation maritimes",
        "NATO STO Centre for Maritime Research and Experimentation (CMRE)",
    ),
    ("(cmre)", "NATO STO Centre for Maritime Research and Experimentation (CMRE)"),
)


# The bodies' short names ("NSPA", "JFCBS", "LANDCOM"), from the names files keep: a title
# keeps them in capitals, and a title line may start with one.
BODY_ACRONYMS = frozenset(m for _, name in BODIES for m in re.findall(r"\(([A-Z&]{2,8})", name))
