"""NATO bodies by the names notices give them, and the name a vacancy file keeps for each."""

from __future__ import annotations

# Folded name fragment -> the body's name as the vacancy file keeps it. Longest names first:
# the first match wins, and "NATO Support and Procurement Agency" says more than "NATO".
BODIES: tuple[tuple[str, str], ...] = (
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
    ("nato international staff", "NATO International Staff (NATO IS)"),
    ("secretariat international de l'otan", "NATO International Staff (NATO IS)"),
    (
        "north atlantic treaty organization international staff",
        "NATO International Staff (NATO IS)",
    ),
)
