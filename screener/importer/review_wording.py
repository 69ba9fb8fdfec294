"""The wording of every review item's code, in English and French (review_text.py words an
item with it; kept apart because the table is long and the functions short). The items about
the notice as a whole (header, conditions, nationality, re-import) are worded in
review_wording_notice.py and taken in here, so REVIEW_TEXT is the one table."""

from __future__ import annotations

from screener.importer.review_wording_notice import NOTICE_REVIEW_TEXT

# Template key -> (English, French). The key is the item's code, or "code.case" when one code
# has several wordings.
REVIEW_TEXT: dict[str, tuple[str, str]] = {
    "kind_mismatch": (
        "The English bullet reads as {en_kind}, the French one as {fr_kind}; the English "
        "reading was kept.",
        "La puce anglaise se lit comme {en_kind}, la française comme {fr_kind} ; la lecture "
        "anglaise a été retenue.",
    ),
    "translation_missing": (
        "No {half} bullet matches this one; its {half} text is a copy.",
        "Aucune puce en {half} ne correspond à celle-ci ; son texte en {half} est une copie.",
    ),
    "translation_missing.bullet": (
        "The notice gives no {half} twin of '{quote}'; its {half} text is a copy.",
        "L'avis ne donne pas de puce en {half} pour « {quote} » ; son texte en {half} est une "
        "copie.",
    ),
    "translation_missing.list": (
        "The {half} {part} list was not found; its texts were copied from the other language.",
        "La liste {part} en {half} est introuvable ; ses textes ont été copiés de l'autre langue.",
    ),
    "parameter_missing.domain": (
        "The domain was found in one language only.",
        "Le domaine n'a été trouvé que dans une langue.",
    ),
    "parameter_missing.field": (
        "A required field of study was found in one language only.",
        "Le domaine d'études demandé n'a été trouvé que dans une langue.",
    ),
    "years_mismatch": (
        "The English asks for {en_years} years, the French for {fr_years}; the English figure "
        "was kept.",
        "L'anglais demande {en_years} ans, le français {fr_years} ; le chiffre anglais a été "
        "retenu.",
    ),
    "language_level_mismatch": (
        "The English asks for {english}, the French for {french}; the English levels were kept.",
        "L'anglais demande {english}, le français {french} ; les niveaux de l'anglais ont été "
        "retenus.",
    ),
    "language_level_contradiction": (
        'Level {numeral} is called "{name}", which is the name of level {named_level}; check '
        "which level NATO means.",
        "Le niveau {numeral} est appelé « {name} », qui est le nom du niveau {named_level} ; "
        "vérifiez quel niveau l'OTAN veut dire.",
    ),
    "alternative_paths": (
        "The notice offers alternative paths (an education level with some years of "
        "experience, or another level with other years); a criterion holds one level, so the "
        "draft keeps the one shown: check the other path by hand.",
        "L'avis offre plusieurs voies (un niveau de formation avec quelques années "
        "d'expérience, ou un autre niveau avec d'autres années) ; un critère ne retient qu'un "
        "niveau, le brouillon garde donc celui affiché : vérifiez l'autre voie à la main.",
    ),
    "bullet_split": (
        "This bullet states {count} requirements; each became a criterion with the bullet's "
        "wording: check them.",
        "Cette puce énonce {count} exigences ; chacune est devenue un critère avec le texte de "
        "la puce : vérifiez-les.",
    ),
    "low_confidence": (
        "Read as {kind} with low confidence ({reasons}): check the kind and its parameters.",
        "Lu comme « {kind} » avec peu de certitude ({reasons}) : vérifiez le type et ses "
        "paramètres.",
    ),
    "low_confidence.countries": (
        "Only the {count} countries named in the notice were kept; check the list against it.",
        "Seuls les {count} pays cités dans l'avis ont été retenus ; comparez la liste à l'avis.",
    ),
    "low_confidence.countries_except": (
        "The notice names the countries that may not apply; the other {count} NATO members were "
        "kept: check the list against it.",
        "L'avis nomme les pays qui ne peuvent pas postuler ; les {count} autres pays membres de "
        "l'OTAN ont été retenus : comparez la liste à l'avis.",
    ),
    "low_confidence.countries_partners": (
        "The notice also accepts nationals of countries outside NATO; the {count} countries kept "
        "are the members and those it names: check the list against it.",
        "L'avis accepte aussi des ressortissants de pays hors OTAN ; les {count} pays retenus sont "
        "les membres et ceux qu'il nomme : comparez la liste à l'avis.",
    ),
    "bullet_count_mismatch": (
        "The English {part} list has {en_count} bullets, the French one {fr_count}; bullets were "
        "paired in order, so check each pair.",
        "La liste {part} anglaise a {en_count} puces, la française {fr_count} ; les puces ont "
        "été appariées dans l'ordre : vérifiez chaque paire.",
    ),
    "list_cut_short": (
        "The {half} {part} list ended at a paragraph or note, and {count} bullet(s) after it "
        "were not read as requirements; check whether they belong to the list.",
        "La liste {part} en {half} s'est arrêtée à un paragraphe ou une note, et {count} "
        "puce(s) qui suivent n'ont pas été lues comme des exigences ; vérifiez si elles en "
        "font partie.",
    ),
    "list_found_by_lead_in": (
        "The {half} {part} list was found by its lead-in sentence only (no ESSENTIAL/DESIRABLE "
        "heading); check where it starts and ends.",
        "La liste {part} en {half} a été trouvée par sa phrase d'introduction seulement (sans "
        "titre ACQUIS ESSENTIELS/SOUHAITABLES) ; vérifiez où elle commence et finit.",
    ),
    "list_found_by_qualifications": (
        "The {half} {part} list was found as the bullets under a qualifications heading (no "
        "ESSENTIAL/DESIRABLE heading): every item was taken as essential unless a lead-in or a "
        "'(desirable)' mark said otherwise; check where it starts and ends.",
        "La liste {part} en {half} a été trouvée comme les puces sous un titre de "
        "qualifications (sans titre ACQUIS ESSENTIELS/SOUHAITABLES) : chaque élément a été "
        "pris comme essentiel, sauf introduction ou mention « souhaitable » contraire ; "
        "vérifiez où elle commence et finit.",
    ),
    "list_found_by_own_start": (
        "The {half} {part} list was found by its own heading or lead-in, away from the end of "
        "the essential list; check where it starts and ends.",
        "La liste {part} en {half} a été trouvée par son propre titre ou sa phrase "
        "d'introduction, loin de la fin de la liste essentielle ; vérifiez où elle commence et "
        "finit.",
    ),
    "list_found_by_bullet_run": (
        "The {half} {part} list was found as the bullet list that reads most like requirements "
        "(no heading or lead-in was found); check where it starts and ends.",
        "La liste {part} en {half} a été trouvée comme la liste à puces qui ressemble le plus à "
        "des exigences (aucun titre ni introduction) ; vérifiez où elle commence et finit.",
    ),
    "list_found_by_prose": (
        "The {half} {part} list was found by reading sentences in a paragraph (the notice has "
        "no list): each sentence became one requirement; check where it starts and ends.",
        "La liste {part} en {half} a été trouvée en lisant les phrases d'un paragraphe (l'avis "
        "n'a pas de liste) : chaque phrase est devenue une exigence ; vérifiez où elle "
        "commence et finit.",
    ),
    "higher_level_asset": (
        "'{quote}' also says a higher level would be an asset: it was kept as one essential "
        "requirement at the level it asks for; a higher level cannot be scored as a desirable "
        "requirement of its own. Check it.",
        "« {quote} » dit aussi qu'un niveau plus élevé serait un atout : l'élément est resté une "
        "seule exigence essentielle, au niveau demandé ; un niveau plus élevé ne peut pas être "
        "évalué comme un acquis souhaitable à part. Vérifiez-le.",
    ),
    "paragraph_split": (
        "'{quote}' is a paragraph of requirements in the {part} section; it was read as "
        "{count} requirements, one per sentence or clause. Check the split.",
        "« {quote} » est un paragraphe d'exigences de la rubrique {part} ; il a été lu comme "
        "{count} exigences, une par phrase ou proposition. Vérifiez le découpage.",
    ),
    "list_found_by_second_heading": (
        "The {half} {part} list was found as the bullets under a second qualifications heading "
        "(such as 'Qualifications' after 'Requirements', as job sites copy notices): they were "
        "taken as desirable; check where it starts and ends.",
        "La liste {part} en {half} a été trouvée comme les puces sous un second titre de "
        "qualifications (« Qualifications » après « Requirements », comme les sites d'emploi "
        "recopient les avis) : elles ont été prises comme souhaitables ; vérifiez où elle "
        "commence et finit.",
    ),
    "requirements_not_found": (
        "No list of requirements was recognised in the notice; the draft has its header only. "
        "Add the ESSENTIAL and DESIRABLE requirements by hand.",
        "Aucune liste d'exigences n'a été reconnue dans l'avis ; le brouillon n'a que son "
        "en-tête. Ajoutez à la main les acquis essentiels et souhaitables.",
    ),
    "requirement_outside_lists": (
        "The notice states '{quote}' outside its requirement lists; add it as a requirement if "
        "it is one.",
        "L'avis énonce « {quote} » hors de ses listes d'exigences ; ajoutez-la comme exigence "
        "si c'en est une.",
    ),
    "requirement_outside_lists.language": (
        "The language requirement '{quote}' was read from a paragraph outside the requirement "
        "lists and added as an essential requirement; check it.",
        "L'exigence linguistique « {quote} » a été lue dans un paragraphe hors des listes "
        "d'exigences et ajoutée comme acquis essentiel ; vérifiez-la.",
    ),
    "requirement_outside_lists.language_asset": (
        "The language asset '{quote}' was read from a paragraph outside the requirement lists "
        "and added as a desirable requirement; check it.",
        "L'atout linguistique « {quote} » a été lu dans un paragraphe hors des listes "
        "d'exigences et ajouté comme acquis souhaitable ; vérifiez-le.",
    ),
    "requirement_outside_lists.section": (
        "The requirement '{quote}' was read from a section outside the requirement lists and "
        "added as an essential requirement; check it.",
        "L'exigence « {quote} » a été lue dans une section hors des listes d'exigences et "
        "ajoutée comme acquis essentiel ; vérifiez-la.",
    ),
    "requirement_outside_lists.after_lists": (
        "The requirement '{quote}' stands on its own after the requirement lists; it was added "
        "as an essential requirement: check it.",
        "L'exigence « {quote} » figure seule après les listes d'exigences ; elle a été ajoutée "
        "comme acquis essentiel : vérifiez-la.",
    ),
    "requirement_outside_lists.internal": (
        "The notice is open only to serving staff ('{quote}'): added as an essential "
        "requirement the candidate declares; check it.",
        "L'avis n'est ouvert qu'au personnel en poste (« {quote} ») : ajouté comme acquis "
        "essentiel que le candidat déclare ; vérifiez-le.",
    ),
    "requirements_outside_lists": (
        "{count} bullets outside the requirement lists read like requirements ({quotes}); "
        "check whether a list was missed and add them by hand if so.",
        "{count} puces hors des listes d'exigences ressemblent à des exigences ({quotes}) ; "
        "vérifiez si une liste a été manquée et ajoutez-les à la main le cas échéant.",
    ),
    "possible_need": (
        "The notice says the post may ask for it ('{quote}'): a possibility, not screened. If "
        "candidates must accept it, add it as a requirement (Availability).",
        "L'avis dit que le poste peut l'exiger (« {quote} ») : une possibilité, non vérifiée. "
        "Si les candidats doivent l'accepter, ajoutez-la comme exigence (Disponibilité).",
    ),
    "list_not_read": (
        "A list after the requirement lists was not read: under '{lead_in}', {count} items "
        "({quotes}). If they are requirements (often the desirable ones), add them by hand.",
        "Une liste après les listes d'exigences n'a pas été lue : sous « {lead_in} », {count} "
        "éléments ({quotes}). S'il s'agit d'exigences (souvent les souhaitables), ajoutez-les à "
        "la main.",
    ),
    "desirable_in_essential_list": (
        "'{quote}' is in the essential list but says it is desirable; it was moved to the "
        "DESIRABLE list. Check it.",
        "« {quote} » est dans la liste essentielle mais se dit souhaitable ; l'élément a été "
        "déplacé vers les acquis souhaitables. Vérifiez-le.",
    ),
    "desirable_in_essential_list.clause": (
        "'{quote}' is in the essential list but says it is desirable; its last clause was "
        "moved to the DESIRABLE list. Check it.",
        "« {quote} » est dans la liste essentielle mais se dit souhaitable ; sa dernière "
        "proposition a été déplacée vers les acquis souhaitables. Vérifiez-la.",
    ),
    "desirable_in_essential_list.one_language": (
        "Some essential items say they are desirable in one language only; they were kept "
        "essential. Check both lists.",
        "Certains acquis essentiels se disent souhaitables dans une seule langue ; ils sont "
        "restés essentiels. Vérifiez les deux listes.",
    ),
    "essential_in_desirable_list": (
        "'{quote}' is in the desirable list but says it is essential; it was moved to the "
        "ESSENTIAL list. Check it.",
        "« {quote} » est dans la liste souhaitable mais se dit essentiel ; l'élément a été "
        "déplacé vers les acquis essentiels. Vérifiez-le.",
    ),
    "essential_in_desirable_list.tail": (
        "'{quote}' is in the desirable list but only its last sentence says it is desirable; "
        "it was moved to the ESSENTIAL list, that sentence with it. Check it.",
        "« {quote} » est dans la liste souhaitable mais seule sa dernière phrase se dit "
        "souhaitable ; l'élément a été déplacé vers les acquis essentiels, cette phrase "
        "comprise. Vérifiez-le.",
    ),
    "desirable_list_not_read": (
        "The {half} {part} list seems to start at '{quote}', but no item could be read after "
        "it; add the desirable requirements by hand.",
        "La liste {part} en {half} semble commencer à « {quote} », mais aucun élément n'a pu "
        "être lu ensuite ; ajoutez les acquis souhaitables à la main.",
    ),
    "two_columns": (
        "The notice's text had English and French in two columns on the same lines; they were "
        "separated by position (English column first). Check the texts and levels against the "
        "notice.",
        "Le texte de l'avis avait l'anglais et le français en deux colonnes sur les mêmes "
        "lignes ; ils ont été séparés par position (colonne anglaise d'abord). Comparez les "
        "textes et les niveaux avec l'avis.",
    ),
    "joined_columns": (
        "The notice's text seems to hold English and French columns joined on the same lines "
        "with no gap between them (as a PDF's text copied line by line gives them); they could "
        "not be separated, so requirements may mix both languages. Import the PDF file itself, "
        "or check every requirement against the notice.",
        "Le texte de l'avis semble contenir des colonnes anglaise et française jointes sur les "
        "mêmes lignes sans espace entre elles (comme le donne le texte d'un PDF copié ligne par "
        "ligne) ; elles n'ont pas pu être séparées, et des exigences peuvent mêler les deux "
        "langues. Importez le fichier PDF lui-même, ou vérifiez chaque exigence dans l'avis.",
    ),
    "side_by_side": (
        "The notice's text had two columns on the same lines (as a PDF page prints them); the "
        "block holding the requirements was read left column first, then right. Check the "
        "lists against the notice.",
        "Le texte de l'avis avait deux colonnes sur les mêmes lignes (comme les imprime une page "
        "PDF) ; le bloc des exigences a été lu colonne de gauche d'abord, puis celle de droite. "
        "Comparez les listes avec l'avis.",
    ),
    "side_by_side_cells": (
        "The requirements were in a table with the Essential and Desirable columns side by "
        "side, whose text came out cell by cell; the cells were given to the columns in turn, "
        "and an empty cell would move the ones after it to the other list. Check each "
        "requirement's list against the notice.",
        "Les exigences étaient dans un tableau aux colonnes Essentiel et Souhaitable côte à "
        "côte, dont le texte est sorti cellule par cellule ; les cellules ont été attribuées "
        "aux colonnes tour à tour, et une cellule vide ferait passer les suivantes dans "
        "l'autre liste. Vérifiez la liste de chaque exigence dans l'avis.",
    ),
    "grid_read.plain": (
        "The requirements were read from a table set out as text ('{quote}'), a row's lines "
        "joined, its mark deciding its list. Check them against the notice's table.",
        "Les exigences ont été lues dans un tableau mis en forme en texte (« {quote} »), les "
        "lignes d'une rangée jointes, sa marque décidant de sa liste. Comparez-les au tableau.",
    ),
    "grid_read.marks_lower": (
        "The requirements were read from a table set out as text ('{quote}') whose marks are "
        "not on each row's first line: where a requirement ends is a guess. Check each one.",
        "Les exigences ont été lues dans un tableau en texte (« {quote} ») dont les marques ne "
        "sont pas sur la première ligne des rangées : leurs limites sont devinées. Vérifiez-les.",
    ),
    "grid_read.no_header": (
        "The requirements were read from rows ending in an E or D mark, from '{quote}' on, with "
        "no header row (E read as essential, D as desirable). Check them against the notice.",
        "Les exigences ont été lues dans des rangées terminées par E ou D, à partir de "
        "« {quote} », sans rangée d'en-tête (E lu essentiel, D souhaitable). Vérifiez-les.",
    ),
    "grid_unread": (
        "The notice has a table of requirements ('{quote}') whose rows could not be read; add "
        "its requirements by hand.",
        "L'avis a un tableau d'exigences (« {quote} ») dont les rangées n'ont pas pu être lues ; "
        "ajoutez ses exigences à la main.",
    ),
    **NOTICE_REVIEW_TEXT,
}
