"""The figures the blind batches 5 to 48 keep (45 is held out), scored the way their testers
score them (tester_batch_support.py; the testers' files in corpus/blind5 ... corpus/blind48)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tester_batch_support import assert_kept, corpus_batch, figures

# Blind figures (on main, before any change for them), then what each batch must keep:
# batch 5: 86/117 found, 76/117 kind and parameters strict, header fields 51/72;
# batch 6: 91/103 found, 83/103 strict, header fields 55/72 (titles 5/12);
# batch 7: 98/114 found, 89/114 strict (78%), non-debatable 74/90, 5 extra, header 69/72;
# batch 8: 90/120 found, 78/120 strict (65%), non-debatable 69/95, 4 extra, header 65/72,
# nationality 11/12 (a duty station read as the only nation allowed).
# batch 9: 93/108 found, 77/108 strict (71%), non-debatable 63/77, 2 extra, header 64/72,
# nationality 11/12 (a list lost under "Qualifications and experience required" + "Essential");
# batch 10: 93/102 found, 80/102 strict (78%), non-debatable 69/79, header 71/72, nationality
# 11/12 (lists cut at page breaks and under letter-spaced headings);
# batch 11: 74/86 found, 64/86 strict, non-debatable 54/63, header 57/72 (bodies 4/12): a
# consultancy call's "Required profile" / "Assets", an internship's "We will also look at",
# prose with two requirements in a sentence, NATO HQ divisions and five bodies not known;
# batch 12: 75/91 found, 63/91 strict, non-debatable 54/68, header 66/72: a PDF page's two
# columns (duties | qualifications) and lists written as one paragraph of semicolons lost.
# batch 13: 95/104 found, 80/104 strict, non-debatable 70/81, 4 extra, header 64/72: job-board
# reposts and forwards (a page's "Similar jobs" read as desirables, a newsletter's list in
# labelled parts cut short, a site's own deadline, an agency's masthead as the title);
# batch 14: 107/117 found, 95/117 strict, non-debatable 78/89, header 70/72: specialist posts
# (items marked "(E)" / "(D)" under a heading with a note, "; and" joining two items, a degree
# "at master's level", NAPMA and IBAN).
# batch 15 (French-only and French-first copies, matched in either language): 85/100 found,
# 75/100 strict, non-debatable 68/89, 9 extra, header 55/72, nationality 11/12 ("nationals of
# NATO member countries, including Canada" read as Canada alone): French desirable headings,
# a page footer inside a bullet, French education words and header labels not read;
# batch 16 (NATO Command Structure post descriptions): 85/115 found, 70/115 strict,
# non-debatable 58/74, 3 extra, header 63/72: "REQUIRED (ESSENTIAL)" headings with '>' items
# and an E/D table lost whole, "in the last 10 years" read as the years asked, special
# requirements before the lists left out, and "NATO Standard Language Proficiency Level 2222"
# read as NATO level VI.
# batch 17 (everyday careers-site copies across job families and grades): 115/115 found,
# 108/115 strict, non-debatable 96/99, header 66/72: labels on lines of their own, a header
# run onto one line (the body taken from the duties), "a maximum of 3 years" read as a minimum;
# batch 18 (requirements whose meaning is the trap): 98/102 found, 85/102 strict,
# non-debatable 66/78, 1 extra, header 68/72, nationality 10/12 ("all NATO nations except
# ..." read as the excluded countries only, partner countries dropped), levels offered either
# way round read as fixed, a second requirement lost inside one bullet.
# Left: English and French STANAG profiles kept as statements (the documented choice, marked
# debatable by the testers), an IATA/UFTAA diploma kept as a statement, an internship board's
# banner taken as the title, no grade (a flagged placeholder), "extended hours" read as
# overtime (debatable), "class C1 or C" kept as C1 with C as the alternative reading (a
# criterion asks for all its categories).
# Batches 19, 20 and 21 (representative mixes: careers pages, PDF text, job-board reposts,
# forwarded e-mails, national circulars; French-only and French-first copies):
# batch 19: 115/115 found, 106/115 strict, non-debatable 98/99, 1 extra, header 70/72: a degree
# "with a PhD in ..." read as a bachelor's, a job site's banner taken as the title, a
# French-first copy's titles swapped;
# batch 20: 104/116 found, 98/116 strict, non-debatable 79/92, header 71/72: lettered parts'
# numbered items "(1) (2) (3)" merged into one (a CPA/ACCA qualification lost), "Atouts
# (conditions souhaitables)" not opened, "diplôme SSIAP 2" read as a bachelor's degree;
# batch 21: 114/119 found, 109/119 strict, non-debatable 89/97, 4 extra, header 66/72,
# nationality 11/12 (a forwarder's "Slovak nationals may apply" taken as the rule), "Advantages:"
# not opened, "English: V (Advanced) - essential" left desirable.
# Left: English / French STANAG profiles and levels without a NATO level kept as statements,
# special requirements outside the lists (an on-call rota) (all debatable).
# STANAG 6001 profiles read whole are now a `language_profile` criterion per language (checked
# against the candidate's SLP), a kind no tester's file lists: the testers listed a statement,
# a language or the official languages for those bullets, so batches 7, 8, 11-14, 16 and 20
# to 24 hold lower strict figures than before (e.g. batch 16: 96 -> 89, non-debatable 74 -> 67),
# and a line with two profiles, or with a NATO level and a profile, gives two criteria (batch 8:
# 0 -> 3 extra, batch 11: 0 -> 1). The "kept as statements" notes below predate that.
# "Extended hours" and "long hours" are now a working day beyond the usual one (outside
# office hours), not overtime, as seven of the nine testers who met them read them: batches 9
# and 21, whose testers expected overtime (debatable), hold one strict bullet fewer, and
# batches 8, 20, 26, 30, 39, 41 and 43 one or two more.
_KEPT = {
    "blind5": {"found": 117, "strict": 106, "nd_strict": 85, "extra": 1, "header": 72},
    "blind6": {"found": 103, "strict": 97, "nd_strict": 86, "extra": 0, "header": 69},
    # Batch 7's third extra: an on-call roster a notice's Special Requirements say "is
    # required", which the tester's list left out.
    "blind7": {"found": 114, "strict": 107, "nd_strict": 89, "extra": 3, "header": 72},
    "blind8": {"found": 120, "strict": 110, "nd_strict": 94, "extra": 3, "header": 72},
    # Batches 9 and 10's testers expected another language's STANAG level as the NATO level of
    # the same figure (SLP 3 as III); the two scales differ (see the importer's
    # stanag_profiles.py), so those four bullets keep the language without a level.
    "blind9": {"found": 108, "strict": 91, "nd_strict": 73, "extra": 2, "header": 71},
    "blind10": {"found": 102, "strict": 91, "nd_strict": 78, "extra": 0, "header": 72},
    # Left: English / French STANAG profiles kept as statements (all debatable); a
    # consultancy's and an internship's "no grade" kept as the flagged placeholder; "on-call
    # rotation outside office hours" read as both needs (the tester calls it arguable).
    "blind11": {"found": 86, "strict": 76, "nd_strict": 61, "extra": 1, "header": 70},
    "blind12": {"found": 91, "strict": 74, "nd_strict": 65, "extra": 0, "header": 72},
    # Left: English / French STANAG profiles and levels without a NATO level kept as
    # statements (all debatable); a "must be prepared to deploy" sentence under the
    # competencies read as a requirement (the tester accepts it as an extra).
    "blind13": {"found": 104, "strict": 90, "nd_strict": 79, "extra": 1, "header": 72},
    "blind14": {"found": 117, "strict": 106, "nd_strict": 88, "extra": 0, "header": 72},
    # Left: "Anglais : niveau avancé (SLP 3333)" a statement (debatable).
    "blind15": {"found": 100, "strict": 99, "nd_strict": 89, "extra": 0, "header": 72},
    # Left: English / French STANAG profiles kept as statements (16, all debatable); needs
    # stated as a possibility under Remarks and Working conditions ("may be required to work
    # irregular hours", "overtime may be required") not taken (2, debatable); a deployability
    # medical read as travel (debatable).
    "blind16": {"found": 113, "strict": 89, "nd_strict": 67, "extra": 0, "header": 72},
    # Left (all debatable): an English STANAG profile kept as a statement (technical
    # secondary diplomas, once read as secondary, are now higher secondary as the testers of
    # batches 17, 20 and 28 all read them); NCIA's degree-or-years item
    # and "Master's, or a Bachelor's + 2 years in lieu" read as master with the bachelor as
    # the alternative.
    "blind17": {"found": 115, "strict": 113, "nd_strict": 99, "extra": 0, "header": 72},
    "blind18": {"found": 102, "strict": 101, "nd_strict": 78, "extra": 0, "header": 72},
    "blind19": {"found": 115, "strict": 107, "nd_strict": 99, "extra": 0, "header": 72},
    "blind20": {"found": 116, "strict": 107, "nd_strict": 92, "extra": 0, "header": 72},
    # Batch 21's extra: "class B; class BE is an advantage" split into two (the tester calls
    # it a sensible reading).
    "blind21": {"found": 118, "strict": 113, "nd_strict": 97, "extra": 1, "header": 72},
    # Batches 22-24, first runs on main: 22 109/116 strict, header 66/72 (a one-line paste's
    # "Desirable" glued to a bullet, ECDL as a driving licence, titles from a facts row, a
    # division line, a site banner); 23 113/118, header 68/72 (an unnumbered "English - SLP
    # 3333" under "c. Language" joined to the bullet above, "AWS or Microsoft Azure", a
    # "Job Identification" title, a US-ordered deadline); 24 117/125, 7 extra, header 69/72 (a
    # nationality list after "i.e." lost, a print stamp's date as the deadline, an unmarked
    # list run into the competencies, parent commands as the body).
    # Left: debatable readings (English /
    # French STANAG profiles as statements, a degree-or-years item with its alternative,
    # "outside normal working hours" added to on-call needs, EASA Part-66 B1 / B2 apart); 24's
    # extra: "la catégorie C constitue un atout" split off as a desirable (harmless).
    "blind22": {"found": 116, "strict": 109, "nd_strict": 94, "extra": 0, "header": 72},
    "blind23": {"found": 118, "strict": 112, "nd_strict": 98, "extra": 0, "header": 72},
    # (24: 112 strict since "on call outside duty hours" also reads the outside hours, as
    # "on call outside working hours" does everywhere; the tester, debatable, expected on call.)
    "blind24": {"found": 125, "strict": 112, "nd_strict": 99, "extra": 1, "header": 72},
    # Batches 25-27, first runs on main: 25 108/113 strict, header 69/72 (a ">>"-marked list in an
    # e-mail cut at a ";", an on-call roster, a menu item and a letterhead as titles, a US
    # "01/05/2027" read day first); 26 95/109, header 71/72, nationality 11/12 (a job board's
    # unmarked lines under "What you bring (essential)", a forwarder's "UK nationals", "(CE is an
    # asset)" moving a licence, an item after a NOTE, "Applications by:"); 27 96/107, header
    # 68/72 (STANAG profiles; site banners as titles, "Identifiant de l'offre", a
    # space-aligned "Security"). Left: debatable readings; 25's and 26's extra: an asset clause
    # split off as a desirable ("a PhD ... is an asset", "CE is an asset"). With STANAG profiles
    # read as language_profile, batch 26 holds 94 strict (its tester listed statements and
    # languages, "Turkish language SLP 3333" a language without a level) and batch 27 104
    # (its tester listed the new kind; "Command of English (STANAG 6001 level 3)" stays a
    # statement).
    "blind25": {"found": 113, "strict": 112, "nd_strict": 89, "extra": 1, "header": 72},
    "blind26": {"found": 109, "strict": 97, "nd_strict": 79, "extra": 1, "header": 72},
    "blind27": {"found": 107, "strict": 104, "nd_strict": 87, "extra": 1, "header": 72},
    # Batches 28-31, first runs on main: 28 98/109 strict, header 67/72 (desirable lists under
    # "Nice-to-have" and "It would be nice if you also have:" lost, one silently; incidents
    # outside normal working hours a statement; "BA4/BA5 (RGIE)"; titles from site chrome, a
    # dual grade, a body from a bullet); 29 105/106, header 66/72, 2 extra (a job board's
    # "Salary: ... More jobs like this" as a desirable; titles and bodies: an NRDC, a COE, a
    # CAOC); 30 100/106, header 64/72 ("It is also desirable that you have:" lost silently, a
    # page footer cutting the official-languages bullet from its levels, "Microsoft
    # certification ... or CompTIA Network+" losing Microsoft; six titles); 31 102/102, header
    # 67/72 (titles and bodies only). Left (debatable): "extended hours" read as overtime,
    # "Fluency in French" a flagged statement, a degree-or-secondary item read as a degree with
    # its alternative; 29's extra: "and admission to the bar" a requirement of its own.
    "blind28": {"found": 109, "strict": 108, "nd_strict": 98, "extra": 0, "header": 72},
    "blind29": {"found": 106, "strict": 105, "nd_strict": 93, "extra": 1, "header": 72},
    "blind30": {"found": 106, "strict": 106, "nd_strict": 92, "extra": 0, "header": 72},
    "blind31": {"found": 102, "strict": 102, "nd_strict": 96, "extra": 0, "header": 72},
    # Batches 32-35, first runs on main: 32 99/112 strict, header 69/72 (a SHAPE list of plain
    # lines under "(a) ... (f)" part labels lost, its NOTES read as desirables; a ship's Master
    # read as a master's degree; "SLP 3332 (Listening 3, ...)", ISTQB a statement; a letterhead
    # fragment as the body, a Czech circular's clearance); 33 111/112, header 70/72 (a title from
    # a site menu, a post number over the notice's); 34 112/116, header 71/72 (a PDF page break's
    # repeated reference ending the list, the official languages lost; an item under a long
    # part label; "Announcement No."); 35 109/114, header 71/72 ("SLP in English of 2222",
    # "Cisco CCNP", firearms experience lost, a "- 1 / 3 -" footer as an item, "Share" as the
    # title). Left (debatable): "150 days per year at sea" with travel; "III in the second
    # official language" beside "IV in one" read as III in both. Extras: requirements from
    # Special Requirements paragraphs (flagged) and "NATO level IV (SLP 3333)" split in two.
    "blind32": {"found": 112, "strict": 111, "nd_strict": 101, "extra": 3, "header": 72},
    "blind33": {"found": 112, "strict": 112, "nd_strict": 98, "extra": 1, "header": 72},
    "blind34": {"found": 116, "strict": 116, "nd_strict": 106, "extra": 1, "header": 72},
    "blind35": {"found": 114, "strict": 113, "nd_strict": 105, "extra": 0, "header": 72},
    # Batches 36-37, first runs on main: 36 83/113 strict (kind 91), header 70/72 (requirements
    # written as prose paragraphs: a forwarded e-mail's one "Requirements:" paragraph gave none,
    # an IS notice's paragraphs one criterion each and its DESIRABLE paragraph moved to
    # essential; an "Area | Requirement | Category" table's Essential rows lost and its header
    # row a requirement; "4.2 Desirable. It would be an advantage ..." glued to the last
    # essential item; "Bachelor's degree in Nursing (BSN)" a certificate; a "1. POST:" title;
    # the STO above its CMRE); 37 103/112 (kind 109), header 70/72 (a job board's glued
    # "Desirable:" putting the split one bullet off and its duties read as requirements; a
    # label table's wrapped Languages row read twice; an installer's certificate a statement;
    # an "Organisation:" unit as the body). Left (debatable): on call "outside normal working
    # hours" also read as outside office hours (36-11, not marked debatable: its tester calls
    # it defensible); "III in the second official language" as III in both; "IV in English; a
    # knowledge of French would be an advantage" two criteria (the testers' words span both:
    # two bullets not found and their extras); 36's extra: "English mother tongue and an
    # excellent knowledge of French" two language criteria.
    "blind36": {"found": 113, "strict": 111, "nd_strict": 104, "extra": 1, "header": 72},
    "blind37": {"found": 110, "strict": 109, "nd_strict": 97, "extra": 4, "header": 72},
    # Batches 38-39, first runs on main: 38 104/106 strict, header 72/72 (a level per skill,
    # "English - oral level V, written level IV", read at V; the scorer's match landing on the
    # first of a two-language bullet's criteria); 39 86/95 (kind 87), 8 extra, header 72/72 (a
    # saved page's side-by-side Essential | Desirable table gave no requirement; a bilingual
    # copy's French lines each a criterion; "TDY travel, up to 25% of working time" a
    # statement). Left (debatable): 38's two-language bullet (the scorer's artefact: 1 strict,
    # 2 extra); 39's "extended hours during exercises" read as overtime.
    "blind38": {"found": 106, "strict": 105, "nd_strict": 90, "extra": 2, "header": 72},
    "blind39": {"found": 95, "strict": 95, "nd_strict": 90, "extra": 0, "header": 72},
    # Batches 40-41, first runs on main: 40 105/118 strict, header 71/72 (an "Area |
    # Requirement | E/D" grid in PDF text gave nothing; a task done "in English" read as
    # level VI; a wrapped aligned title; a licence's FAA alternative dropped); 41 77/107, 25
    # extra, header 70/72, nationality 11/12 (an E/D grid typed with "|"; side-by-side columns
    # typed with "|" whose wrapped lines became requirements; "PLS 3333"; a French header's
    # paired labels; a vacancy number beside a post number; a sponsoring non-member dropped).
    # Left (debatable): 40's degree-or-experience alternatives read as the degree with the
    # lower level as its other reading (01, 03), 40-07's paramedic qualification also read as a
    # certification (the extra); 41-04's "extended hours" as overtime, 41-05's two-language
    # bullet (the scorer's artefact: 1 extra) and 41-03's profile in both languages.
    "blind40": {"found": 118, "strict": 116, "nd_strict": 112, "extra": 1, "header": 72},
    # 41-02's "Diplôme universitaire (master) ...; une licence accompagnée de deux années
    # d'expérience ... peut être acceptée": a master's, the licence with years its other reading
    # (as in English), where the tester wanted the licence (debatable): one strict fewer.
    "blind41": {"found": 107, "strict": 106, "nd_strict": 91, "extra": 2, "header": 72},
    # Batch 42 was held out: written blind and scored once on the finished importer, 115/115
    # found, 112 strict, header 71/72 (software "release deployments" read as travel too,
    # "Medically fit to deploy" as availability; DACCC's notice given its parent command as
    # the body, which its tester did not accept: now the unit the notice names). Batch 43, first run 89/101 strict,
    # header 71/72, nationality 11/12 (a table drawn with "+---+" borders read as three glued
    # rows; "English 2222; German 3333" after a STANAG 6001 lead-in; an A-grade beside a job
    # board's title; a medical certificate proving fitness read as a certification; a
    # footnote's ineligible country kept). Left (43): the debatable alternatives and "extended
    # hours" (Part-66 "B1 (B1.1)" is now one licence, B1.1; a diploma in a field without a
    # level is education at higher secondary level, flagged).
    "blind42": {"found": 115, "strict": 114, "nd_strict": 108, "extra": 1, "header": 72},
    "blind43": {"found": 101, "strict": 99, "nd_strict": 92, "extra": 3, "header": 72},
    # Batch 44 (ten French notices), first run 68/86 strict, header 58/60 (a circular's "CE QUE
    # L'EMPLOYEUR EXIGE" / "CE QUI EST SOUHAITABLE" over "(1)" items lost whole; a job board's
    # item wrapped before a capital broke its list; "p. 2" a criterion; "N° de l'avis",
    # "Réf. de l'employeur" and "Fonction :" not read as labels; years of translation "vers le
    # français" read as a language; "fins de semaine"; ACCA/CPA named in French; teaching at
    # university level read as a degree; a school certificate read as a certification).
    "blind44": {"found": 86, "strict": 86, "nd_strict": 73, "extra": 0, "header": 60},
    # Batch 45 (a representative mix of twelve bodies), held out: written blind at the start of
    # its change and run once on the finished importer, 107/117 strict (93/100 not debatable),
    # 111 found, 5 extra, header 71/72, nationality 11/12: a job board's "+" items, a wrapped
    # item's line in capitals taken for a heading, "VN Number:", "Employer ref: LANDCOM ...",
    # a COE named after its words, the NAEW&C programme's member nations, "CompTIA Linux+ or
    # RHCSA", a driver's certificate of professional competence (CAP) read as a trade diploma.
    # Left: two debatable degree readings, an SLP line naming two languages (two criteria) and
    # "category C would be an asset" moved to the desirable list (the scorer's 2 extra).
    "blind45": {"found": 117, "strict": 115, "nd_strict": 100, "extra": 2, "header": 72},
    # Batch 46 (copies from the web and office software of bodies other than the IS), first run
    # on main 101/115 strict (86/98 not debatable), 105 found, 2 extra, header 69/72: a job
    # board's "What you need to bring (essential)" and "It would be a plus if you have
    # (desirable)" not opened and a bullet wrapped after "–" ending the list (8 lost); a
    # site's menu printed line by line beside the header (the title "IT Search"); an item's
    # second sentence giving the official languages' levels cut off; "...; a degree at EQF
    # level 6 with 2 additional years ... in lieu" read as the minimum; "Advanced Cardiac Life
    # Support (ACLS)" a statement; a Part-66 licence's type-rated aircraft as a licence;
    # "Reference: NETMA-2611" and a title ending in ";". Left (debatable): "extended hours" as
    # outside office hours where the tester read overtime, and "may be required to undertake
    # deployments ... on-call duty" under Special Requirements (a possibility) not taken.
    "blind46": {"found": 114, "strict": 113, "nd_strict": 98, "extra": 0, "header": 72},
    # Batch 47 (a representative mix), first run on main 92/98 strict (80/83 not debatable),
    # 98 found, 3 extra, header 72/72: "University degree (Master's)" read as a bachelor's,
    # "CIPS Level 5 ..., or equivalent procurement certification (e.g. CPSM)" as CPSM alone.
    # Left: "travel frequently, often at short notice" also short notice (the tester agrees it
    # is at least as good), two degrees with a lower level and years kept as the higher level
    # with the lower as its other reading, "extended hours" as outside office hours (both
    # debatable), and two SLPs in one bullet giving two criteria (the scorer's 3 extra).
    "blind47": {"found": 98, "strict": 94, "nd_strict": 82, "extra": 3, "header": 72},
    # Batch 48 (ten French notices), first run 72/87 strict (60/74 not debatable), 76 found,
    # header 56/60: "3.1 Indispensables" / "3.2 Souhaitables" and "Profil – atouts" not opened
    # (a PDF's whole list lost), "diplôme universitaire (master)" read as a licence, shift work
    # "en équipes (matin/après-midi)" and "par postes" and "missions fréquentes" not read, the
    # references "N° / No :", "AVIS DE VACANCE D'EMPLOI N° ..." and "Référence employeur :",
    # the title "Emploi :" and a board's "Clôture des candidatures :" not read.
    "blind48": {"found": 87, "strict": 87, "nd_strict": 74, "extra": 0, "header": 60},
    # Batch 50 (qualifications structured beyond a plain Essential / Desirable pair), first run
    # 59/114 strict (55/97 not debatable), 67 found, 5 extra, header 68/72: requirements in
    # prose paragraphs, lists cut at a sub-heading inside the qualifications ("Languages",
    # "Skills and Knowledge", run-in "Education. ... Other."), a careers platform's flattened
    # labels ("Job Requisition ID" / "R-270033" read as a title, "Posting end date") and its
    # unmarked "What you bring" lines, items starred under "Items marked with an asterisk (*)
    # are desirable", "Reference: STRATCOM COE 2027-02". Left: three degrees with a lower level
    # and years kept as the higher level with the lower as its other reading, a page's two
    # "Attributes" left unread (all debatable), "programming skills in Python or C++ are
    # essential, [with] experience with ... sensor data sets" read as two requirements (2 extra),
    # a "C1 or SLP 3333" line giving two criteria (1) and "a technical diploma in IT is
    # preferred" after the level asked moved to the desirable list (1).
    "blind50": {"found": 111, "strict": 108, "nd_strict": 96, "extra": 4, "header": 72},
    # Batch 51 (structured qualifications in English, French and bilingual copies), first run
    # 75/114 strict (67/99 not debatable), 85 found, 7 extra, header 71/72: a profile said to
    # the reader in the present ("You have ...", "You are willing to ...") not read, a prose
    # paragraph cut at a wrapped "NATO SLP 3333." and at a wrapped "desirable.", "considered
    # favourably" read as an alternative, "Attributes" ending the paragraphs; French blocks
    # after the list ("Compétences linguistiques", "Autres atouts", "Conditions particulières :
    # déplacements") and "Langues / Languages" lost; "Le/la titulaire devra / The incumbent
    # must:" over items in both languages not opened; a desirable sentence of semicolons read
    # as one; "Working pattern:", "will work extended hours and weekends", a medical fitness
    # under "SPECIAL REQUIREMENTS" not read; "Civilian Vacancy –" kept in the title. Left: a
    # certificate "or the ability to obtain it within 6 months" kept as a statement (the
    # importer's rule for certificates to obtain), "may be required" travel left to the
    # review, two degree levels (all debatable but the certificate), and "SLP 4444 in one and
    # 3333 in the other" a statement (it was read as 4444 in both).
    "blind51": {"found": 112, "strict": 108, "nd_strict": 97, "extra": 0, "header": 72},
    # Batch 52 (a representative mix: careers pages, PDF text, a job-board repost, a forwarded
    # e-mail, a national circular, a saved page, a French-first copy, a text table, a LinkedIn
    # repost), first run 87/102 strict (82/93 not debatable), 94 found, 2 extra, header 71/72:
    # an Essential and a Desirable column side by side in a "+---+" text table read as one
    # requirement a side, "POST: Imagery Analyst" in a two-column PDF header line not read as
    # the title, "a PhD ...; or a master's degree ... and at least 4 years" cut into three
    # requirements, "level V in French, level IV in English" after a mother tongue keeping
    # English alone. Left: four degrees with a lower level and years kept as the higher level
    # with the lower as its other reading (all debatable).
    "blind52": {"found": 102, "strict": 98, "nd_strict": 93, "extra": 0, "header": 72},
    # Batch 53 (copies from today's web: careers platforms, job-board and LinkedIn-style
    # reposts, forwarded e-mails, PDF text, Italian and Norwegian circulars, a French-only copy,
    # a saved page), first run 99/104 strict (86/88 not debatable), 103 found, 1 extra, header
    # 66/72: a social post's author line taken as the title ("We're hiring! Press Officer at
    # ..." not read), a letterhead over "Titolo del posto:", a job board's "– NATO CAOC
    # Torrejón (Madrid) – Grade G13" kept in the title, a Norwegian circular's "Referanse",
    # "Lønnsgrad" and "Søknadsfrist" not read, "occasional Saturdays" and "Ready for shift work
    # and short-notice recall" not read as weekends and availability, an availability sentence
    # after the lists dropped. Left: two degrees with a lower level and years kept as the
    # higher level with the lower as its other reading (debatable), and "category C would be an
    # advantage" read as a desirable licence C, which the tester did not list (1 extra).
    "blind53": {"found": 104, "strict": 102, "nd_strict": 88, "extra": 1, "header": 72},
    # Batch 54 (a representative mix: careers pages, job boards, PDF text, a forwarded e-mail, a
    # national circular, a saved page, a French-first copy, a text table), scored once as a
    # held-out batch: 101/104 strict (93/94 not debatable), 101 found, 1 extra, header 69/72:
    # travel named and said to be required after the lists, or measured under "Working
    # conditions", not read; "Post Title:" beside the first page's "Page 1 of 3" dropped as a
    # running header and "1. POST CONTEXT" taken as the title; a job board's "Seniority level:
    # Associate" read as the title; "ORGANISATION POUR LA SCIENCE ..." read as a label. Left:
    # "may be required to travel occasionally" left to the review (a possibility; debatable),
    # and a medical fitness under "Special requirements" which the tester did not list (1 extra).
    "blind54": {"found": 103, "strict": 103, "nd_strict": 94, "extra": 1, "header": 72},
    # Batch 55 (bodies and layouts met least so far: agencies' and programme offices' sites,
    # COEs, a mission, the NATO School; two-column PDF forms, Word numbered headings, a careers
    # page printed with its menus, an e-mail chain, copies in both languages, a requirements
    # table), first run 96/105 strict (81/88 not debatable), 100 found, 4 extra, header 69/72:
    # a two-column form's header with its title wrapped in its column, "1.1 Post title:", a
    # title beside "Grade: G13" in the right-hand column; "Additional qualifications that would
    # be an advantage" not opening the desirable list; "English SLP 3333. A working knowledge of
    # Dutch or German is an asset." kept whole; "readiness for business trips" a statement; a
    # prose sentence of three assets in infinitives read as one. Left: "willing to sail for
    # extended periods" read as travel too (debatable), and 3 extras (a desirable licence CE, a
    # second language of one bullet, a preferred clause).
    "blind55": {"found": 105, "strict": 104, "nd_strict": 88, "extra": 3, "header": 72},
    # Batch 56 (a representative mix), first run 77/81 strict (66/69 not debatable), 81 found,
    # 1 extra, header 60/60: "level V in English or French, and level III in the other" read
    # as V in English alone; "CompTIA A+ or Network+" kept the second product without its
    # vendor. Left: on-call and extended hours kept with `outside_office_hours` (the tester
    # listed it out; the corpus's testers list it in), and an EASA Part-66 licence inside an
    # education bullet given as a certification of its own (1 extra).
    "blind56": {"found": 81, "strict": 79, "nd_strict": 67, "extra": 1, "header": 60},
}


@pytest.mark.parametrize("batch", sorted(_KEPT))
def test_each_blind_batch_keeps_its_figures(
    batch: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = corpus_batch(batch, tmp_path)
    with capsys.disabled():
        print("\n" + figures(result, batch))
    assert_kept(result, _KEPT[batch])
