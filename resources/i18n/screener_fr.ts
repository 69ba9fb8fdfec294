<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Screener</source>
        <translation>À propos de Screener</translation>
    </message>
    <message>
        <source>Screener {version}</source>
        <translation>Screener {version}</translation>
    </message>
    <message>
        <source>Checks, offline, whether you meet the requirements of a NATO vacancy.</source>
        <translation>Vérifie, hors ligne, si vous remplissez les conditions d&apos;un avis de vacance de l&apos;OTAN.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>Licence: see the files that came with Screener</source>
        <translation>Licence&#xa0;: voir les fichiers fournis avec Screener</translation>
    </message>
    <message>
        <source>Your data folder (profiles, settings, your own vacancy files):
{folder}</source>
        <translation>Votre dossier de données (profils, réglages, vos propres fichiers d&apos;avis de vacance)&#xa0;:
{folder}</translation>
    </message>
    <message>
        <source>Screener never connects to the network: nothing you enter leaves this computer.</source>
        <translation>Screener ne se connecte jamais au réseau&#xa0;: rien de ce que vous saisissez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
</context>
<context>
    <name>AdviserMenu</name>
    <message>
        <source>A&amp;dviser</source>
        <translation>C&amp;onseil</translation>
    </message>
    <message>
        <source>Candidates and &amp;vacancies…</source>
        <translation>Candidats et &amp;postes…</translation>
    </message>
    <message>
        <source>Screen a folder of profiles and read the table in the app</source>
        <translation>Évaluer un dossier de profils et lire le tableau dans l&apos;application</translation>
    </message>
    <message>
        <source>What would open &amp;more vacancies</source>
        <translation>&amp;Ce qui ouvrirait d&apos;autres postes</translation>
    </message>
    <message>
        <source>The changes to this profile&apos;s facts that would open the most vacancies</source>
        <translation>Les changements des données de ce profil qui ouvriraient le plus de postes</translation>
    </message>
    <message>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>This profile across the open vacancies, as PDF or HTML</source>
        <translation>Ce profil pour tous les postes ouverts, en PDF ou HTML</translation>
    </message>
    <message>
        <source>Deadlines to &amp;calendar…</source>
        <translation>Dates limites dans le cale&amp;ndrier…</translation>
    </message>
    <message>
        <source>The deadlines of the open vacancies this profile may apply to, as .ics</source>
        <translation>Les dates limites des postes ouverts auxquels ce profil peut postuler, en .ics</translation>
    </message>
    <message>
        <source>E&amp;xport vacancy pack…</source>
        <translation>E&amp;xporter un lot d&apos;avis…</translation>
    </message>
    <message>
        <source>Share chosen vacancy files as one .zip pack</source>
        <translation>Partager des fichiers d&apos;avis choisis en un seul lot .zip</translation>
    </message>
    <message>
        <source>&amp;Import vacancy pack…</source>
        <translation>&amp;Importer un lot d&apos;avis…</translation>
    </message>
    <message>
        <source>Add the vacancies of a .zip pack to your vacancies</source>
        <translation>Ajouter les avis d&apos;un lot .zip à vos avis de vacance</translation>
    </message>
    <message>
        <source>&amp;Office name…</source>
        <translation>Nom du &amp;bureau…</translation>
    </message>
    <message>
        <source>The name of your office, at the top of every dossier</source>
        <translation>Le nom de votre bureau, en tête de chaque dossier</translation>
    </message>
    <message>
        <source>Profiles folder</source>
        <translation>Dossier des profils</translation>
    </message>
    <message>
        <source>Screening the profiles…</source>
        <translation>Évaluation des profils en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Candidates and vacancies</source>
        <translation>Candidats et postes</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>ce profil</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous {file}.</translation>
    </message>
    <message>
        <source>Pack saved as {file}.</source>
        <translation>Lot enregistré sous {file}.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Your office&apos;s name, printed at the top of every dossier (empty for none):</source>
        <translation>Le nom de votre bureau, imprimé en tête de chaque dossier (vide pour aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
</context>
<context>
    <name>AllDossiers</name>
    <message>
        <source>Save all dossiers</source>
        <translation>Enregistrer tous les dossiers</translation>
    </message>
    <message>
        <source>{count} of these files are already in {folder}: {names}. Replace them?</source>
        <translation>{count} de ces fichiers sont déjà dans {folder}&#xa0;: {names}. Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Dossiers saved: {count}, in {folder}.</source>
        <translation>Dossiers enregistrés&#xa0;: {count}, dans {folder}.</translation>
    </message>
    <message>
        <source>Not saved, the profile file could not be read or changed since the table was made: {names}.</source>
        <translation>Non enregistrés, le fichier de profil n&apos;a pas pu être lu ou a changé depuis que le tableau a été fait&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>{level}; in the field named: {answer}</source>
        <translation>{level}&#xa0;; dans le domaine indiqué&#xa0;: {answer}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch screening</source>
        <translation>Évaluation par lots</translation>
    </message>
    <message>
        <source>Screens every profile in a folder against every vacancy: one row a candidate, one column a vacancy, saved as a CSV file for a spreadsheet.</source>
        <translation>Évalue chaque profil d&apos;un dossier au regard de chaque avis de vacance&#xa0;: une ligne par candidat(e), une colonne par avis, le tout enregistré dans un fichier CSV pour tableur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; a screening under way is stopped</source>
        <translation>Ferme cette fenêtre&#xa0;; une évaluation en cours est arrêtée</translation>
    </message>
    <message>
        <source>Sc&amp;reen</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Screens every profile against every vacancy and saves the CSV file</source>
        <translation>Évalue chaque profil au regard de chaque avis de vacance et enregistre le fichier CSV</translation>
    </message>
    <message>
        <source>Also save as &amp;JSON…</source>
        <translation>Enregistrer aussi en &amp;JSON…</translation>
    </message>
    <message>
        <source>Also save as JSON</source>
        <translation>Enregistrer aussi en JSON</translation>
    </message>
    <message>
        <source>Saves the same results as data (JSON), with the reasons&apos; codes</source>
        <translation>Enregistre les mêmes résultats sous forme de données (JSON), avec les codes des motifs</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>Évaluation en cours…</translation>
    </message>
    <message>
        <source>Screening the profiles…</source>
        <translation>Évaluation des profils en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Candidates screened: {candidates}; vacancies: {vacancies}. Results saved to {file}.</source>
        <translation>Candidat(e)s évalué(e)s&#xa0;: {candidates}&#xa0;; avis de vacance&#xa0;: {vacancies}. Résultats enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Files skipped ({count}):</source>
        <translation>Fichiers ignorés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>Aucun fichier n&apos;a été ignoré.</translation>
    </message>
    <message>
        <source>Nothing was saved: {problem}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>{file} is one of the files screened; choose another name for the results.</source>
        <translation>{file} fait partie des fichiers examinés&#xa0;; choisissez un autre nom pour les résultats.</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Also saved as {file}.</source>
        <translation>Également enregistré sous {file}.</translation>
    </message>
    <message>
        <source>Show in the &amp;app</source>
        <translation>Affi&amp;cher dans l&apos;application</translation>
    </message>
    <message>
        <source>Show in the app</source>
        <translation>Afficher dans l&apos;application</translation>
    </message>
    <message>
        <source>Opens the results as a table of candidates and vacancies</source>
        <translation>Ouvre les résultats sous forme de tableau des candidats et des postes</translation>
    </message>
    <message>
        <source>&amp;Open the CSV file</source>
        <translation>&amp;Ouvrir le fichier CSV</translation>
    </message>
    <message>
        <source>Open the CSV file</source>
        <translation>Ouvrir le fichier CSV</translation>
    </message>
    <message>
        <source>Opens the results in the spreadsheet application set for CSV files</source>
        <translation>Ouvre les résultats dans le tableur choisi pour les fichiers CSV</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>Shows the folder holding the CSV file in the file manager</source>
        <translation>Affiche le dossier qui contient le fichier CSV dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>BatchFields</name>
    <message>
        <source>The vacancies shown in the main window ({count})</source>
        <translation>Les avis de vacance affichés dans la fenêtre principale ({count})</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Choisissez où enregistrer le fichier CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for {what}</source>
        <translation>Parcourir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Opens a dialog to choose it</source>
        <translation>Ouvre une fenêtre pour le choisir</translation>
    </message>
    <message>
        <source>&amp;Profiles folder:</source>
        <translation>Dossier des &amp;profils&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles folder</source>
        <translation>Dossier des profils</translation>
    </message>
    <message>
        <source>The folder holding one profile file (.json) per candidate</source>
        <translation>Le dossier qui contient un fichier de profil (.json) par candidat(e)</translation>
    </message>
    <message>
        <source>&amp;Vacancies folder:</source>
        <translation>Dossier des &amp;avis de vacance&#xa0;:</translation>
    </message>
    <message>
        <source>Vacancies folder</source>
        <translation>Dossier des avis de vacance</translation>
    </message>
    <message>
        <source>A folder of vacancy files; leave empty for the vacancies shown in the main window</source>
        <translation>Un dossier de fichiers d&apos;avis de vacance&#xa0;; laissez vide pour utiliser les avis affichés dans la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Save results as:</source>
        <translation>&amp;Enregistrer les résultats sous&#xa0;:</translation>
    </message>
    <message>
        <source>Save results as (CSV file)</source>
        <translation>Enregistrer les résultats sous (fichier CSV)</translation>
    </message>
    <message>
        <source>The CSV file the results are written to</source>
        <translation>Le fichier CSV où les résultats sont écrits</translation>
    </message>
    <message>
        <source>Save results as</source>
        <translation>Enregistrer les résultats sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the folder that holds the profiles.</source>
        <translation>Choisissez le dossier qui contient les profils.</translation>
    </message>
    <message>
        <source>The vacancies folder was not found: {folder}</source>
        <translation>Dossier des avis de vacance introuvable&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation>Choisissez où enregistrer le fichier CSV.</translation>
    </message>
    <message>
        <source>The results cannot be saved as {file}: choose a file in an existing folder.</source>
        <translation>Impossible d&apos;enregistrer les résultats sous {file}&#xa0;: choisissez un fichier dans un dossier existant.</translation>
    </message>
</context>
<context>
    <name>BatchWorker</name>
    <message>
        <source>No readable vacancy files were found.</source>
        <translation>Aucun fichier d&apos;avis de vacance lisible n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>No readable profiles (*.json) in {folder}.</source>
        <translation>Aucun profil lisible (*.json) dans {folder}.</translation>
    </message>
    <message>
        <source>{file} is one of the files screened; choose another name for the results.</source>
        <translation>{file} fait partie des fichiers examinés&#xa0;; choisissez un autre nom pour les résultats.</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CandidateSummaryDialog</name>
    <message>
        <source>{name}: summary for {reference}</source>
        <translation>{name}&#xa0;: résumé pour {reference}</translation>
    </message>
</context>
<context>
    <name>CandidateViews</name>
    <message>
        <source>Deadlines to calendar</source>
        <translation>Dates limites dans le calendrier</translation>
    </message>
    <message>
        <source>No open vacancy the candidate may apply to.</source>
        <translation>Aucun poste ouvert auquel le candidat peut postuler.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Save dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Web pages (*.html)</source>
        <translation>Fichiers PDF (*.pdf);;Pages web (*.html)</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Closes today</source>
        <translation>Clôture aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Closes tomorrow</source>
        <translation>Clôture demain</translation>
    </message>
    <message numerus="yes">
        <source>Closes in %n days</source>
        <translation>
            <numerusform>Clôture dans %n jour</numerusform>
            <numerusform>Clôture dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This file could not be loaded.</source>
        <translation>Ce fichier n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>{problem} (+{count} more)</source>
        <translation>{problem} (+{count} autres)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Draft · {status}</source>
        <translation>Brouillon · {status}</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Make sure each answer is right before you see your result. Change takes you back to the question, then back to this list.</source>
        <translation>Vérifiez que chaque réponse est juste avant de voir votre résultat. «&#xa0;Modifier&#xa0;» vous ramène à la question, puis à cette liste.</translation>
    </message>
    <message>
        <source>See my &amp;result</source>
        <translation>&amp;Voir mon résultat</translation>
    </message>
    <message>
        <source>Answers: {count}; not answered: {open}.</source>
        <translation>Réponses&#xa0;: {count}&#xa0;; sans réponse&#xa0;: {open}.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change your answer: {requirement}</source>
        <translation>Modifier votre réponse&#xa0;: {requirement}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Goes to the question, then back here.</source>
        <translation>Votre réponse&#xa0;: {answer}. Ouvre la question, puis revient ici.</translation>
    </message>
</context>
<context>
    <name>CommandKeys</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Candidates and vacancies</source>
        <translation>Candidats et postes</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>What would open more…</source>
        <translation>Ce qui ouvrirait d&apos;autres postes…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Dossiers for all shown…</source>
        <translation>Dossiers de tous les candidats affichés…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>{country} — for {territory}</source>
        <translation>{country} — pour {territory}</translation>
    </message>
    <message>
        <source>Type the name of your country</source>
        <translation>Tapez le nom de votre pays</translation>
    </message>
    <message>
        <source>Filters the list of countries; use the arrow keys to choose from it</source>
        <translation>Filtre la liste des pays&#xa0;; choisissez-y le vôtre avec les flèches</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Every country; NATO member states are marked as such</source>
        <translation>Tous les pays&#xa0;; les États membres de l&apos;OTAN sont signalés comme tels</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>{country} — NATO member</source>
        <translation>{country} — membre de l&apos;OTAN</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <source>“{words}”</source>
        <translation>«&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>The importer is not sure of this reading ({percent}%): check it.</source>
        <translation>L&apos;importation n&apos;est pas sûre de cette lecture ({percent}&#xa0;%)&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>In the notice</source>
        <translation>Dans l&apos;avis</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>French:</source>
        <translation>Français&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of requirement</source>
        <translation>Type d&apos;exigence</translation>
    </message>
    <message>
        <source>What the requirement checks; changing it changes the settings below</source>
        <translation>Ce que l&apos;exigence vérifie&#xa0;; le modifier modifie les paramètres ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Warning about the notice</source>
        <translation>Mise en garde sur l&apos;avis</translation>
    </message>
    <message>
        <source>Show this &amp;warning to candidates</source>
        <translation>Montrer cette &amp;mise en garde aux candidat(e)s</translation>
    </message>
    <message>
        <source>Show this warning to candidates</source>
        <translation>Montrer cette mise en garde aux candidat(e)s</translation>
    </message>
    <message>
        <source>{warning} Untick when your corrections make the warning wrong.</source>
        <translation>{warning} Décochez si vos corrections rendent la mise en garde inexacte.</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Essential. The notice says:</source>
        <translation>Acquis essentiel. L&apos;avis indique&#xa0;:</translation>
    </message>
    <message>
        <source>Desirable (an advantage). The notice says:</source>
        <translation>Acquis souhaitable (un atout). L&apos;avis indique&#xa0;:</translation>
    </message>
    <message>
        <source>Please note: {warning}</source>
        <translation>À noter&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>Not met: {reason}</source>
        <translation>Non rempli&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>What would change it: {remedy}</source>
        <translation>Ce qui changerait le résultat&#xa0;: {remedy}</translation>
    </message>
    <message>
        <source>This answer already rules you out for this vacancy, because the requirement is essential. You can still go on to see the full picture.</source>
        <translation>Cette réponse vous exclut déjà pour ce poste, car l&apos;exigence est essentielle. Vous pouvez tout de même continuer pour avoir une vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>{count} requirements; each question reads its own.</source>
        <translation>{count}&#xa0;exigences&#xa0;; chaque question lit la sienne.</translation>
    </message>
    <message>
        <source>Your answer: {answer}.</source>
        <translation>Votre réponse&#xa0;: {answer}.</translation>
    </message>
    <message>
        <source>“{requirement}”: {reason}</source>
        <translation>«&#xa0;{requirement}&#xa0;»&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CriterionParameters</name>
    <message>
        <source>“Or &amp;equivalent” is accepted</source>
        <translation>«&#xa0;Ou &amp;équivalent&#xa0;» est accepté</translation>
    </message>
    <message>
        <source>Or equivalent</source>
        <translation>Ou équivalent</translation>
    </message>
    <message>
        <source>The notice accepts an equivalent instead</source>
        <translation>L&apos;avis accepte aussi un équivalent</translation>
    </message>
    <message>
        <source>Words from the notice; they are shown to candidates</source>
        <translation>Termes de l&apos;avis&#xa0;; ils sont montrés aux candidat(e)s</translation>
    </message>
    <message>
        <source>Nationals of any NATO member country</source>
        <translation>Ressortissant(e)s de tout pays membre de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Nationals of the countries listed below</source>
        <translation>Ressortissant(e)s des pays énumérés ci-dessous</translation>
    </message>
    <message>
        <source>Who may apply</source>
        <translation>Qui peut postuler</translation>
    </message>
    <message>
        <source>Which nationalities the notice accepts</source>
        <translation>Les nationalités que l&apos;avis accepte</translation>
    </message>
    <message>
        <source>&amp;Who may apply:</source>
        <translation>&amp;Qui peut postuler&#xa0;:</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. BE FR DE</source>
        <translation>Codes à deux lettres, p. ex. BE FR DE</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO country codes separated by spaces or commas, for a listed scope</source>
        <translation>Codes pays ISO séparés par des espaces ou des virgules, pour une liste de pays</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation>Formation minimale</translation>
    </message>
    <message>
        <source>The lowest education level accepted</source>
        <translation>Le niveau de formation le plus bas accepté</translation>
    </message>
    <message>
        <source>Minimum &amp;level:</source>
        <translation>&amp;Niveau minimum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field of study:</source>
        <translation>&amp;Domaine d&apos;études&#xa0;:</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Domaine d&apos;études</translation>
    </message>
    <message>
        <source>Minimum years</source>
        <translation>Nombre minimum d&apos;années</translation>
    </message>
    <message>
        <source>Years of experience the notice asks for</source>
        <translation>Années d&apos;expérience demandées par l&apos;avis</translation>
    </message>
    <message>
        <source>Minimum &amp;years:</source>
        <translation>Nom&amp;bre minimum d&apos;années&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of experience</source>
        <translation>Type d&apos;expérience</translation>
    </message>
    <message>
        <source>e.g. de</source>
        <translation>p. ex. de</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <source>Two-letter ISO 639-1 language code</source>
        <translation>Code de langue ISO 639-1 à deux lettres</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>&amp;Code de langue&#xa0;:</translation>
    </message>
    <message>
        <source>Any ability</source>
        <translation>Toute aptitude</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimum</translation>
    </message>
    <message>
        <source>Minimum level on NATO&apos;s scale</source>
        <translation>Niveau minimum sur l&apos;échelle de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Minimum l&amp;evel:</source>
        <translation>Niveau &amp;minimum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mother tongue asked for</source>
        <translation>&amp;Langue maternelle demandée</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Langue maternelle</translation>
    </message>
    <message>
        <source>The notice asks for this language as mother tongue</source>
        <translation>L&apos;avis demande cette langue comme langue maternelle</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>p. ex. en</translation>
    </message>
    <message>
        <source>this language</source>
        <translation>cette langue</translation>
    </message>
    <message>
        <source>STANAG 6001 pro&amp;file:</source>
        <translation>Pro&amp;fil STANAG 6001&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Licence categories</source>
        <translation>Catégories de permis</translation>
    </message>
    <message>
        <source>One licence category per line, e.g. B</source>
        <translation>Une catégorie de permis par ligne, p. ex. B</translation>
    </message>
    <message>
        <source>The test is repea&amp;ted (e.g. every year)</source>
        <translation>L&apos;épreuve est &amp;renouvelée (p. ex. chaque année)</translation>
    </message>
    <message>
        <source>Recurring test</source>
        <translation>Épreuve renouvelée</translation>
    </message>
    <message>
        <source>The fitness test is taken again regularly</source>
        <translation>Le test d&apos;aptitude physique est repassé régulièrement</translation>
    </message>
    <message>
        <source>E&amp;xperience with firearms</source>
        <translation>Expérien&amp;ce des armes à feu</translation>
    </message>
    <message>
        <source>Firearms experience</source>
        <translation>Expérience des armes à feu</translation>
    </message>
    <message>
        <source>The notice asks for experience in the use of firearms</source>
        <translation>L&apos;avis demande une expérience de l&apos;emploi d&apos;armes à feu</translation>
    </message>
    <message>
        <source>A shooting &amp;test</source>
        <translation>Une épreuve de ti&amp;r</translation>
    </message>
    <message>
        <source>Shooting test</source>
        <translation>Épreuve de tir</translation>
    </message>
    <message>
        <source>The notice asks candidates to pass shooting tests</source>
        <translation>L&apos;avis demande de réussir des épreuves de tir</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Travail posté</translation>
    </message>
    <message>
        <source>Outside office hours</source>
        <translation>En dehors des heures de bureau</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Week-ends</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>At short notice</source>
        <translation>À bref délai</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Astreintes</translation>
    </message>
    <message>
        <source>The post needs the candidate to be available for this</source>
        <translation>Le poste demande d&apos;être disponible pour cela</translation>
    </message>
    <message>
        <source>Available for</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>What the post needs the candidate to be available for</source>
        <translation>Ce pour quoi le poste demande que la personne soit disponible</translation>
    </message>
    <message>
        <source>Available &amp;for:</source>
        <translation>&amp;Disponible pour&#xa0;:</translation>
    </message>
    <message>
        <source>Any &amp;of:</source>
        <translation>Au c&amp;hoix&#xa0;:</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>One certification name per line; any one of them meets the requirement</source>
        <translation>Un nom de certification par ligne&#xa0;; une seule d&apos;entre elles suffit</translation>
    </message>
    <message>
        <source>Nothing to set: candidates say whether they meet this requirement.</source>
        <translation>Rien à paramétrer&#xa0;: les candidat(e)s indiquent s&apos;ils remplissent cette exigence.</translation>
    </message>
</context>
<context>
    <name>CriterionResultRow</name>
    <message>
        <source>Enter: change this answer.</source>
        <translation>Entrée&#xa0;: modifier cette réponse.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change answer: {requirement}</source>
        <translation>Modifier la réponse&#xa0;: {requirement}</translation>
    </message>
    <message>
        <source>Goes back to the question about this requirement</source>
        <translation>Revient à la question sur cette exigence</translation>
    </message>
    <message>
        <source>{status}: {requirement}</source>
        <translation>{status}&#xa0;: {requirement}</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <source>shift work</source>
        <translation>travail posté</translation>
    </message>
    <message>
        <source>work outside office hours</source>
        <translation>travail en dehors des heures de bureau</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nuits</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>week-ends</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>short notice</source>
        <translation>disponibilité à bref délai</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>heures supplémentaires</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>déplacements</translation>
    </message>
    <message>
        <source>on-call or standby duty</source>
        <translation>astreintes ou permanences</translation>
    </message>
    <message>
        <source>This post has physical or shooting tests that are repeated.</source>
        <translation>Ce poste comporte des épreuves physiques ou de tir, à repasser régulièrement.</translation>
    </message>
    <message>
        <source>When and how this post needs you to work.</source>
        <translation>Quand et comment ce poste vous demande de travailler.</translation>
    </message>
    <message>
        <source>Skills and knowledge only you can judge. Answer honestly: NATO checks them during selection.</source>
        <translation>Des compétences et connaissances que vous seul(e) pouvez évaluer. Répondez honnêtement&#xa0;: l&apos;OTAN les vérifie lors de la sélection.</translation>
    </message>
    <message>
        <source>None of these is required: each one you have is an advantage.</source>
        <translation>Aucun de ces acquis n&apos;est obligatoire&#xa0;: chacun d&apos;eux est un atout.</translation>
    </message>
    <message>
        <source>In short: {needs}.</source>
        <translation>En bref&#xa0;: {needs}.</translation>
    </message>
    <message>
        <source>Certifications named: {names}, or an equivalent.</source>
        <translation>Certifications citées&#xa0;: {names}, ou un équivalent.</translation>
    </message>
    <message>
        <source>Certifications named: {names}.</source>
        <translation>Certifications citées&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The test is repeated, usually every year.</source>
        <translation>L&apos;épreuve est à repasser, en général chaque année.</translation>
    </message>
    <message>
        <source>The post includes a regular shooting test.</source>
        <translation>Le poste comporte une épreuve de tir régulière.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered in “{window}” has not been kept. Close the window and discard it?</source>
        <translation>Ce que vous avez saisi dans «&#xa0;{window}&#xa0;» n&apos;a pas été gardé. Fermer la fenêtre et l&apos;abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DossierRun</name>
    <message>
        <source>Making the dossier…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <source>Making {count} dossiers…</source>
        <translation>Préparation de {count} dossiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DrivingLicencePage</name>
    <message>
        <source>Tick every category on your driving licence.</source>
        <translation>Cochez chaque catégorie de votre permis de conduire.</translation>
    </message>
    <message>
        <source>I &amp;hold a driving licence</source>
        <translation>J&apos;ai un permis de con&amp;duire</translation>
    </message>
    <message>
        <source>Then tick the categories you hold</source>
        <translation>Cochez ensuite les catégories dont vous êtes titulaire</translation>
    </message>
    <message>
        <source>I have no dri&amp;ving licence</source>
        <translation>Je n&apos;ai a&amp;ucun permis de conduire</translation>
    </message>
    <message>
        <source>You hold no driving licence</source>
        <translation>Vous n&apos;avez aucun permis de conduire</translation>
    </message>
    <message>
        <source>Not s&amp;ure</source>
        <translation>P&amp;as sûr(e)</translation>
    </message>
    <message>
        <source>You are not sure what your licence covers</source>
        <translation>Vous ne savez pas exactement ce que couvre votre permis</translation>
    </message>
    <message>
        <source>Categories you hold:</source>
        <translation>Catégories dont vous êtes titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>Catégorie {category}</translation>
    </message>
    <message>
        <source>Tick if your licence includes category {category}</source>
        <translation>Cochez si votre permis comprend la catégorie {category}</translation>
    </message>
    <message>
        <source>This post asks for: {categories}.</source>
        <translation>Ce poste demande&#xa0;: {categories}.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose “I have no driving licence”.</source>
        <translation>Cochez au moins une catégorie, ou choisissez «&#xa0;Je n&apos;ai aucun permis de conduire&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <source>You completed lower secondary school.</source>
        <translation>Vous avez terminé le premier cycle de l&apos;enseignement secondaire.</translation>
    </message>
    <message>
        <source>A school-leaving diploma that gives access to university (for example the baccalauréat, A levels or Abitur).</source>
        <translation>Un diplôme de fin d&apos;études secondaires donnant accès à l&apos;université (par exemple le baccalauréat, les A levels ou l&apos;Abitur).</translation>
    </message>
    <message>
        <source>A first university degree, usually three or four years.</source>
        <translation>Un premier diplôme universitaire, obtenu en général en trois ou quatre ans.</translation>
    </message>
    <message>
        <source>A post-graduate degree after a first university degree.</source>
        <translation>Un diplôme de deuxième cycle, obtenu après un premier diplôme universitaire.</translation>
    </message>
    <message>
        <source>A PhD or equivalent.</source>
        <translation>Un doctorat (PhD) ou un équivalent.</translation>
    </message>
    <message>
        <source>Choose the highest level of education you have completed.</source>
        <translation>Choisissez le plus haut niveau de formation que vous avez achevé.</translation>
    </message>
    <message>
        <source>Your highest completed education:</source>
        <translation>Votre plus haut niveau de formation achevé&#xa0;:</translation>
    </message>
    <message>
        <source>I am not s&amp;ure my education counts as equivalent</source>
        <translation>Je ne suis pas sûr(e) que ma formation soit reconnue comme é&amp;quivalente</translation>
    </message>
    <message>
        <source>Not sure my education counts as equivalent</source>
        <translation>Pas sûr(e) que ma formation soit reconnue comme équivalente</translation>
    </message>
    <message>
        <source>Tick if you cannot tell whether your diploma is at the level asked for</source>
        <translation>Cochez si vous ne savez pas si votre diplôme est du niveau demandé</translation>
    </message>
    <message>
        <source>Field named in the notice: {field}</source>
        <translation>Domaine cité dans l&apos;avis&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Screener met an unexpected problem. Your answers are kept and you can carry on. If it happens again, copy the details and send them to whoever supports Screener for you.</source>
        <translation>Screener a rencontré un problème inattendu. Vos réponses sont conservées et vous pouvez continuer. Si cela se reproduit, copiez les détails et envoyez-les à la personne qui assure l&apos;assistance de Screener pour vous.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Détails techniques de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copies the error details to the clipboard</source>
        <translation>Copie les détails de l&apos;erreur dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <source>Count only the years that fit the description. Half years are fine.</source>
        <translation>Ne comptez que les années qui correspondent à la description. Les demi-années sont acceptées.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Années d&apos;expérience</translation>
    </message>
    <message>
        <source>Years of experience {domain}; the notice asks for at least {needs}</source>
        <translation>Années d&apos;expérience {domain}&#xa0;; l&apos;avis en demande au moins {needs}</translation>
    </message>
    <message>
        <source>&amp;Years of experience (at least {needs} asked for):</source>
        <translation>&amp;Années d&apos;expérience (au moins {needs} demandées)&#xa0;:</translation>
    </message>
    <message>
        <source>Type a number of years between 0 and {max}, for example 4 or 2.5.</source>
        <translation>Tapez un nombre d&apos;années entre 0 et {max}, par exemple 4 ou 2,5.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open vacancy file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;avis de vacance…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>is too large a Word document for a notice</source>
        <translation>est un document Word trop volumineux pour un avis</translation>
    </message>
    <message>
        <source>is not a Word document (no document part)</source>
        <translation>n&apos;est pas un document Word (il n&apos;a pas de partie document)</translation>
    </message>
    <message>
        <source>is not a readable Word document ({reason}): open it in Word and save it again, or copy its text and use Paste</source>
        <translation>n&apos;est pas un document Word lisible ({reason})&#xa0;: ouvrez-le dans Word et enregistrez-le de nouveau, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>text is too large ({size:,} characters; the limit is {limit:,})</source>
        <translation>le texte est trop long ({size:,} caractères&#xa0;; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>is empty: there is no notice text to import</source>
        <translation>est vide&#xa0;: il n&apos;y a pas de texte d&apos;avis à importer</translation>
    </message>
    <message>
        <source>is a binary file, not the text of a notice</source>
        <translation>est un fichier binaire, pas le texte d&apos;un avis</translation>
    </message>
    <message>
        <source>looks like binary data, not the text of a notice</source>
        <translation>ressemble à des données binaires, pas au texte d&apos;un avis</translation>
    </message>
    <message>
        <source>has {count:,} lines; a vacancy notice has a few hundred, so this does not look like one</source>
        <translation>compte {count:,} lignes&#xa0;; un avis de vacance en compte quelques centaines, ce texte n&apos;en est donc pas un</translation>
    </message>
    <message>
        <source>has {count:,} requirement bullets; a vacancy notice has far fewer, so this does not look like one</source>
        <translation>compte {count:,} puces d&apos;exigences&#xa0;; un avis de vacance en compte bien moins, ce texte n&apos;en est donc pas un</translation>
    </message>
    <message>
        <source>has a requirement of {count:,} characters; notice bullets are far shorter, so the requirement lists could not be read</source>
        <translation>contient une exigence de {count:,} caractères&#xa0;; les puces d&apos;un avis sont bien plus courtes, les listes d&apos;exigences n&apos;ont donc pas pu être lues</translation>
    </message>
    <message>
        <source>is not a NATO vacancy notice: no title, reference, grade or deadline was found, and no requirement list (an ESSENTIAL or ACQUIS ESSENTIELS heading, a lead-in such as &apos;The incumbent must:&apos;, a qualifications heading followed by bullets, or a bullet list of requirements)</source>
        <translation>n&apos;est pas un avis de vacance de l&apos;OTAN&#xa0;: aucun titre, aucune référence, aucun grade ni aucune date limite n&apos;a été trouvé, ni aucune liste d&apos;exigences (un titre ESSENTIAL ou ACQUIS ESSENTIELS, une introduction comme «&#xa0;Le titulaire doit&#xa0;:&#xa0;», un titre de qualifications suivi de puces, ou une liste à puces d&apos;exigences)</translation>
    </message>
    <message>
        <source>could not build a draft ({where}: {reason})</source>
        <translation>le brouillon n&apos;a pas pu être construit ({where}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>is {format}, which Screener cannot read: {advice}</source>
        <translation>est {format}, que Screener ne sait pas lire&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>is an OpenDocument spreadsheet, presentation or drawing, not a text: open it in LibreOffice and save the notice as .odt or .docx, or copy its text and use Paste</source>
        <translation>est un classeur, une présentation ou un dessin OpenDocument, pas un texte&#xa0;: ouvrez-le dans LibreOffice et enregistrez l&apos;avis en .odt ou .docx, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is a vacancy pack, not a notice: add its vacancies with Adviser &gt; Import vacancy pack… (screener pack import)</source>
        <translation>est un lot d&apos;avis de vacance, pas un avis&#xa0;: ajoutez ses avis avec Conseil &gt; Importer un lot d&apos;avis… (screener pack import)</translation>
    </message>
    <message>
        <source>PDF import needs the optional &apos;pdf&apos; extra: .venv/bin/pip install &apos;screener[pdf]&apos; (or copy the notice&apos;s text into a .txt file and import that)</source>
        <translation>l&apos;import de PDF demande le complément facultatif «&#xa0;pdf&#xa0;»&#xa0;: .venv/bin/pip install &apos;screener[pdf]&apos; (ou copiez le texte de l&apos;avis dans un fichier .txt et importez celui-ci)</translation>
    </message>
    <message>
        <source>is not UTF-8 (or Windows-1252) text (byte {byte})</source>
        <translation>n&apos;est pas du texte UTF-8 (ni Windows-1252) (octet {byte})</translation>
    </message>
    <message>
        <source>the PDF is password-protected; open it with its password and save or copy its text instead</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; ouvrez-le avec son mot de passe et enregistrez ou copiez plutôt son texte</translation>
    </message>
    <message>
        <source>is not a PDF (it has no PDF header): if it is a saved web page, a Word document or text, give it that extension (.html, .docx, .txt) or paste its text</source>
        <translation>n&apos;est pas un PDF (il n&apos;a pas d&apos;en-tête PDF)&#xa0;: si c&apos;est une page web enregistrée, un document Word ou du texte, donnez-lui cette extension (.html, .docx, .txt) ou collez son texte</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; a notice has far fewer</source>
        <translation>le PDF compte {count} pages&#xa0;; un avis en compte bien moins</translation>
    </message>
    <message>
        <source>the PDF holds more than {limit:,} characters of text by page {page}; a notice has far fewer</source>
        <translation>le PDF contient plus de {limit:,} caractères de texte à la page {page}&#xa0;; un avis en contient bien moins</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({reason}): open it in a PDF reader and copy its text, then use Paste</source>
        <translation>le PDF ne peut pas être lu ({reason})&#xa0;: ouvrez-le dans un lecteur PDF et copiez son texte, puis utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is a document Screener wrote (“{title}”), not a vacancy notice: import the vacancy&apos;s own notice (its web page, PDF or text)</source>
        <translation>est un document écrit par Screener («&#xa0;{title}&#xa0;»), pas un avis de vacance&#xa0;: importez l&apos;avis du poste lui-même (sa page web, son PDF ou son texte)</translation>
    </message>
    <message>
        <source>the PDF has no pages: it holds no notice</source>
        <translation>le PDF n&apos;a aucune page&#xa0;: il ne contient aucun avis</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?); copy the notice&apos;s text instead</source>
        <translation>le PDF n&apos;a pas de couche de texte (un document numérisé&#xa0;?)&#xa0;; copiez plutôt le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>page {page} of the PDF holds {size} MB of drawing instructions; a notice&apos;s page holds far less: copy the notice&apos;s text instead</source>
        <translation>la page {page} du PDF contient {size} Mo d&apos;instructions de dessin&#xa0;; une page d&apos;avis en contient bien moins&#xa0;: copiez plutôt le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>the PDF&apos;s first {count} pages hold more than {limit} MB of drawing instructions; a notice holds far less: copy the notice&apos;s text instead</source>
        <translation>les {count} premières pages du PDF contiennent plus de {limit} Mo d&apos;instructions de dessin&#xa0;; un avis en contient bien moins&#xa0;: copiez plutôt le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>page {page} of the PDF is drawn with over {limit:,} instructions and characters; a notice&apos;s page with far fewer: copy the notice&apos;s text instead</source>
        <translation>la page {page} du PDF est dessinée avec plus de {limit:,} instructions et caractères&#xa0;; une page d&apos;avis avec bien moins&#xa0;: copiez plutôt le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>the PDF&apos;s first {count} pages are drawn with over {limit:,} instructions and characters; a notice with far fewer: copy the notice&apos;s text instead</source>
        <translation>les {count} premières pages du PDF sont dessinées avec plus de {limit:,} instructions et caractères&#xa0;; un avis avec bien moins&#xa0;: copiez plutôt le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>file is too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>le fichier est trop volumineux ({size:,} octets&#xa0;; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>is an e-mail of over {count:,} parts, not a notice</source>
        <translation>est un e-mail de plus de {count:,} parties, pas un avis</translation>
    </message>
    <message>
        <source>is an e-mail without a readable text body: open it in your mail program and copy the notice&apos;s text, then use Paste</source>
        <translation>est un e-mail sans corps de texte lisible&#xa0;: ouvrez-le dans votre messagerie et copiez le texte de l&apos;avis, puis utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>input is too large (the limit is {limit:,} bytes)</source>
        <translation>l&apos;entrée est trop volumineuse (la limite est de {limit:,} octets)</translation>
    </message>
    <message>
        <source>has tables of over {count:,} rows; a notice&apos;s have far fewer</source>
        <translation>contient des tableaux de plus de {count:,} lignes&#xa0;; ceux d&apos;un avis en ont bien moins</translation>
    </message>
    <message>
        <source>is too large an OpenDocument file for a notice</source>
        <translation>est un fichier OpenDocument trop volumineux pour un avis</translation>
    </message>
    <message>
        <source>is not an OpenDocument text (it has no content.xml)</source>
        <translation>n&apos;est pas un texte OpenDocument (il n&apos;a pas de content.xml)</translation>
    </message>
    <message>
        <source>is not a readable OpenDocument file ({reason}): open it in LibreOffice and save it again, or copy its text and use Paste</source>
        <translation>n&apos;est pas un fichier OpenDocument lisible ({reason})&#xa0;: ouvrez-le dans LibreOffice et enregistrez-le de nouveau, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is not readable Rich Text (groups nested over {count} deep): open it in a word processor and save it as .docx, or copy its text and use Paste</source>
        <translation>n&apos;est pas du texte RTF lisible (groupes imbriqués sur plus de {count} niveaux)&#xa0;: ouvrez-le dans un traitement de texte et enregistrez-le en .docx, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is not Rich Text (it does not start with {{\rtf): give it the extension of what it is (.txt, .html, .docx), or copy its text and use Paste</source>
        <translation>n&apos;est pas du texte RTF (il ne commence pas par {{\rtf)&#xa0;: donnez-lui l&apos;extension de ce qu&apos;il est (.txt, .html, .docx), ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is a Rich Text file of over {count:,} instructions; a notice has far fewer</source>
        <translation>est un fichier RTF de plus de {count:,} instructions&#xa0;; un avis en compte bien moins</translation>
    </message>
    <message>
        <source>is not a readable Safari web archive ({reason}): open it in Safari and save it as &quot;Page Source&quot;, or copy its text and use Paste</source>
        <translation>n&apos;est pas une archive web Safari lisible ({reason})&#xa0;: ouvrez-la dans Safari et enregistrez-la en «&#xa0;Source de la page&#xa0;», ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>its page is over {limit:,} bytes</source>
        <translation>sa page dépasse {limit:,} octets</translation>
    </message>
    <message>
        <source>is not a readable saved web page ({reason}): open it in a browser and save it as &quot;Webpage, HTML only&quot;, or copy its text and use Paste</source>
        <translation>n&apos;est pas une page web enregistrée lisible ({reason})&#xa0;: ouvrez-la dans un navigateur et enregistrez-la en «&#xa0;Page Web, HTML uniquement&#xa0;», ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>a part&apos;s headers do not end</source>
        <translation>les en-têtes d&apos;une partie ne se terminent pas</translation>
    </message>
    <message>
        <source>it has no boundary between its parts</source>
        <translation>elle n&apos;a pas de séparateur entre ses parties</translation>
    </message>
    <message>
        <source>its page is not among its first {count:,} parts</source>
        <translation>sa page n&apos;est pas parmi ses {count:,} premières parties</translation>
    </message>
    <message>
        <source>it holds no HTML page</source>
        <translation>elle ne contient aucune page HTML</translation>
    </message>
    <message>
        <source>its page cannot be decoded: {reason}</source>
        <translation>sa page ne peut pas être décodée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>its content is {type}, not a web page</source>
        <translation>son contenu est {type}, pas une page web</translation>
    </message>
    <message>
        <source>its page has no text</source>
        <translation>sa page n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>save it as .docx or PDF, or copy its text and use Paste</source>
        <translation>enregistrez-le en .docx ou en PDF, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>a Word 97-2003 document</source>
        <translation>un document Word 97-2003</translation>
    </message>
    <message>
        <source>an Outlook message</source>
        <translation>un message Outlook</translation>
    </message>
    <message>
        <source>in Outlook, File &gt; Save As and choose HTML, MHT or Text Only, or copy its text and use Paste</source>
        <translation>dans Outlook, choisissez Fichier &gt; Enregistrer sous et HTML, MHT ou Texte seul, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>an Apple Pages document</source>
        <translation>un document Apple Pages</translation>
    </message>
    <message>
        <source>export it as Word (.docx) or PDF from Pages</source>
        <translation>exportez-le en Word (.docx) ou en PDF depuis Pages</translation>
    </message>
    <message>
        <source>an XPS document</source>
        <translation>un document XPS</translation>
    </message>
    <message>
        <source>print it to PDF, or copy its text and use Paste</source>
        <translation>imprimez-le en PDF, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>an Excel spreadsheet</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>une présentation PowerPoint</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>unpack it and import the notice inside</source>
        <translation>décompressez-la et importez l’avis qu’elle contient</translation>
    </message>
    <message>
        <source>an image (a scan or a screenshot)</source>
        <translation>une image (un document numérisé ou une capture d&apos;écran)</translation>
    </message>
    <message>
        <source>import the notice itself (its web page, PDF or Word file), or copy its text and use Paste</source>
        <translation>importez l&apos;avis lui-même (sa page web, son PDF ou son fichier Word), ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>... and {count:,} more problems not listed</source>
        <translation>… et {count:,} autres problèmes non listés</translation>
    </message>
    <message>
        <source>expected a two-letter country code in capitals, such as &apos;FR&apos; or &apos;PL&apos;</source>
        <translation>un code de pays de deux lettres majuscules est attendu, comme &apos;FR&apos; ou &apos;PL&apos;</translation>
    </message>
    <message>
        <source>expected a two-letter language code in lower case, such as &apos;en&apos; or &apos;fr&apos;</source>
        <translation>un code de langue de deux lettres minuscules est attendu, comme &apos;en&apos; ou &apos;fr&apos;</translation>
    </message>
    <message>
        <source>expected a STANAG 6001 profile: four levels from 0 to 5 (listening, speaking, reading, writing), each but 5 with an optional &apos;+&apos;, such as &apos;3333&apos; or &apos;3+32+2&apos;</source>
        <translation>un profil STANAG 6001 est attendu&#xa0;: quatre niveaux de 0 à 5 (compréhension orale, expression orale, compréhension écrite, expression écrite), chacun sauf 5 suivi d&apos;un &apos;+&apos; facultatif, comme &apos;3333&apos; ou &apos;3+32+2&apos;</translation>
    </message>
    <message>
        <source>expected an id of lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64, the first a letter or digit), such as &apos;english-level&apos;</source>
        <translation>un identifiant de lettres minuscules, de chiffres, de &apos;-&apos; et de &apos;_&apos; est attendu (64 au plus, le premier une lettre ou un chiffre), comme &apos;english-level&apos;</translation>
    </message>
    <message>
        <source>expected a reference of letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 32, the first a letter or digit), such as &apos;250939&apos;</source>
        <translation>une référence de lettres, de chiffres, de &apos;.&apos;, de &apos;-&apos; et de &apos;_&apos; est attendue (32 au plus, le premier une lettre ou un chiffre), comme &apos;250939&apos;</translation>
    </message>
    <message>
        <source>expected a three-letter currency code in capitals, such as &apos;EUR&apos;</source>
        <translation>un code de devise de trois lettres majuscules est attendu, comme &apos;EUR&apos;</translation>
    </message>
    <message>
        <source>expected a code of lower-case letters, digits and &apos;_&apos;</source>
        <translation>un code de lettres minuscules, de chiffres et de &apos;_&apos; est attendu</translation>
    </message>
    <message>
        <source>missing &apos;kind&apos;; expected one of: {kinds}</source>
        <translation>&apos;kind&apos; manque&#xa0;; l&apos;une de ces valeurs est attendue&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>unknown kind {kind}; expected one of: {kinds}</source>
        <translation>type inconnu {kind}&#xa0;; l&apos;une de ces valeurs est attendue&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>unknown field (check its spelling)</source>
        <translation>champ inconnu (vérifiez son orthographe)</translation>
    </message>
    <message>
        <source>expected a table of named values ({ name = value, ... } in TOML, an object in JSON)</source>
        <translation>une table de valeurs nommées est attendue ({ nom = valeur, ... } en TOML, un objet en JSON)</translation>
    </message>
    <message>
        <source>{expected} (got {got})</source>
        <translation>{expected} (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>un nombre entier est attendu&#xa0;; ce texte n&apos;en est pas un</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>un nombre entier est attendu, pas un nombre à virgule</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>un nombre est attendu&#xa0;; ce texte n&apos;en est pas un</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>un nombre fini est attendu</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>true ou false est attendu&#xa0;; cette valeur ne peut pas être interprétée</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>Input should be a valid date</source>
        <translation>une date est attendue</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>la valeur doit être supérieure ou égale à {ge}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>la valeur doit être inférieure ou égale à {le}</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>la valeur doit être supérieure à {gt}</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>la valeur doit être inférieure à {lt}</translation>
    </message>
    <message>
        <source>String should have at least 1 character</source>
        <translation>le texte doit compter au moins 1 caractère</translation>
    </message>
    <message>
        <source>String should have at least {min_length} characters</source>
        <translation>le texte doit compter au moins {min_length} caractères</translation>
    </message>
    <message>
        <source>String should have at most 1 character</source>
        <translation>le texte doit compter 1 caractère au plus</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>le texte doit compter {max_length} caractères au plus</translation>
    </message>
    <message>
        <source>Input should be {choices} or {last}</source>
        <translation>la valeur doit être {choices} ou {last}</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>la valeur doit être {expected}</translation>
    </message>
    <message>
        <source>List should have at least 1 item after validation, not {actual_length}</source>
        <translation>la liste doit compter au moins 1 élément, et non {actual_length}</translation>
    </message>
    <message>
        <source>List should have at least {min_length} items after validation, not {actual_length}</source>
        <translation>la liste doit compter au moins {min_length} éléments, et non {actual_length}</translation>
    </message>
    <message>
        <source>Dictionary should have at least 1 item after validation, not {actual_length}</source>
        <translation>la table doit compter au moins 1 valeur, et non {actual_length}</translation>
    </message>
    <message>
        <source>List should have at most 1 item after validation, not {actual_length}</source>
        <translation>la liste doit compter 1 élément au plus, et non {actual_length}</translation>
    </message>
    <message>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>la liste doit compter {max_length} éléments au plus, et non {actual_length}</translation>
    </message>
    <message>
        <source>Input should be a valid date or datetime, {error}</source>
        <translation>une date est attendue (AAAA-MM-JJ)&#xa0;; {error}</translation>
    </message>
    <message>
        <source>Datetimes provided to dates should have zero time - e.g. be exact dates</source>
        <translation>une date sans heure est attendue (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Input should be in a valid time format, {error}</source>
        <translation>une heure est attendue&#xa0;; {error}</translation>
    </message>
    <message>
        <source>Input should be a valid time</source>
        <translation>une heure est attendue</translation>
    </message>
    <message>
        <source>input is too short</source>
        <translation>la valeur est trop courte</translation>
    </message>
    <message>
        <source>invalid character in year</source>
        <translation>caractère non valide dans l&apos;année</translation>
    </message>
    <message>
        <source>invalid character in month</source>
        <translation>caractère non valide dans le mois</translation>
    </message>
    <message>
        <source>invalid character in day</source>
        <translation>caractère non valide dans le jour</translation>
    </message>
    <message>
        <source>invalid date separator, expected `-`</source>
        <translation>séparateur de date non valide, `-` est attendu</translation>
    </message>
    <message>
        <source>month value is outside expected range of 1-12</source>
        <translation>le mois n&apos;est pas compris entre 1 et 12</translation>
    </message>
    <message>
        <source>day value is outside expected range</source>
        <translation>ce jour n&apos;existe pas dans ce mois</translation>
    </message>
    <message>
        <source>invalid datetime separator, expected `T`, `t`, `_` or space</source>
        <translation>séparateur entre la date et l&apos;heure non valide, `T`, `t`, `_` ou une espace est attendu</translation>
    </message>
    <message>
        <source>invalid time separator, expected `:`</source>
        <translation>séparateur d&apos;heure non valide, `:` est attendu</translation>
    </message>
    <message>
        <source>hour value is outside expected range of 0-23</source>
        <translation>l&apos;heure n&apos;est pas comprise entre 0 et 23</translation>
    </message>
    <message>
        <source>minute value is outside expected range of 0-59</source>
        <translation>les minutes ne sont pas comprises entre 0 et 59</translation>
    </message>
    <message>
        <source>second value is outside expected range of 0-59</source>
        <translation>les secondes ne sont pas comprises entre 0 et 59</translation>
    </message>
    <message>
        <source>invalid timezone sign</source>
        <translation>signe de fuseau horaire non valide</translation>
    </message>
    <message>
        <source>timezone offset must be less than 24 hours</source>
        <translation>le décalage horaire doit être inférieur à 24 heures</translation>
    </message>
    <message>
        <source>unexpected extra characters at the end of the input</source>
        <translation>caractères en trop à la fin de la valeur</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>vacancy format</source>
        <translation>format d&apos;avis</translation>
    </message>
    <message>
        <source>profile format</source>
        <translation>format de profil</translation>
    </message>
    <message>
        <source>pack format</source>
        <translation>format de lot</translation>
    </message>
    <message>
        <source>was saved by a newer version of Screener ({format} {version}; this version reads formats up to {supported}). Update Screener to open it; the file was left as it is.</source>
        <translation>a été enregistré par une version plus récente de Screener ({format} {version}&#xa0;; cette version lit les formats jusqu&apos;au {supported}). Mettez Screener à jour pour l&apos;ouvrir&#xa0;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); it was not read</source>
        <translation>n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;; il n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>is a file where a folder is needed</source>
        <translation>est un fichier là où un dossier est nécessaire</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{folder} is a file where a folder is needed</source>
        <translation>{folder} est un fichier là où un dossier est nécessaire</translation>
    </message>
    <message>
        <source>this folder cannot be read ({reason}); its files were not loaded</source>
        <translation>ce dossier ne peut pas être lu ({reason})&#xa0;; ses fichiers n&apos;ont pas été chargés</translation>
    </message>
    <message>
        <source>a number has more than 4,300 digits</source>
        <translation>un nombre compte plus de 4&#xa0;300 chiffres</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>file is too large (over {limit:,} bytes; the limit is {limit:,})</source>
        <translation>le fichier est trop volumineux (plus de {limit:,} octets&#xa0;; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>is UTF-16 text; save it as UTF-8 (the encoding Screener reads)</source>
        <translation>est du texte UTF-16&#xa0;; enregistrez-le en UTF-8 (l&apos;encodage que Screener lit)</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8 (the encoding Screener reads)</source>
        <translation>n&apos;est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8 (l&apos;encodage que Screener lit)</translation>
    </message>
    <message>
        <source>expected true, false, &quot;unsure&quot; or a number of years</source>
        <translation>true, false, &quot;unsure&quot; ou un nombre d&apos;années est attendu</translation>
    </message>
    <message>
        <source>JSON syntax error: {reason}</source>
        <translation>erreur de syntaxe JSON&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the key {key} appears more than once in one object</source>
        <translation>la clé {key} apparaît plus d&apos;une fois dans un même objet</translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>JSON value cannot be read: {reason}</source>
        <translation>une valeur JSON ne peut pas être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the profile names {count:,} languages; at most {limit:,} are allowed</source>
        <translation>le profil nomme {count:,} langues&#xa0;; {limit:,} au plus sont admises</translation>
    </message>
    <message>
        <source>is empty; it is not a profile</source>
        <translation>est vide&#xa0;; ce n&apos;est pas un profil</translation>
    </message>
    <message>
        <source>expected a JSON object ({{ ... }}) at the top level</source>
        <translation>un objet JSON ({{ ... }}) est attendu au premier niveau</translation>
    </message>
    <message>
        <source>data is nested too deeply</source>
        <translation>les données sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>could not be read as a profile: {error}: {reason}</source>
        <translation>n&apos;a pas pu être lu comme profil&#xa0;: {error}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file name is not valid text (UTF-8); rename the file to use it</source>
        <translation>le nom du fichier n&apos;est pas du texte valide (UTF-8)&#xa0;; renommez le fichier pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>the file name holds &apos;{char}&apos;, which a profile&apos;s file name cannot; rename the file to use it</source>
        <translation>le nom du fichier contient &apos;{char}&apos;, ce que le nom d&apos;un fichier de profil ne peut pas contenir&#xa0;; renommez le fichier pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>the file name ends in {suffix}, not {expected}; rename the file to use it</source>
        <translation>le nom du fichier se termine par {suffix}, et non par {expected}&#xa0;; renommez le fichier pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>this file was not overwritten; save under another name, or delete the file first</source>
        <translation>ce fichier n&apos;a pas été remplacé&#xa0;; enregistrez sous un autre nom, ou supprimez d&apos;abord le fichier</translation>
    </message>
    <message>
        <source>cannot be saved: its folder is no longer there (a USB stick or a network drive taken away?); it is saved as soon as the folder is back</source>
        <translation>ne peut pas être enregistré&#xa0;: son dossier n&apos;est plus là (une clé USB ou un lecteur réseau retiré&#xa0;?)&#xa0;; il sera enregistré dès que le dossier sera de retour</translation>
    </message>
    <message>
        <source>cannot be saved: {reason}</source>
        <translation>ne peut pas être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation>profil introuvable</translation>
    </message>
    <message>
        <source>cannot be deleted: {reason}</source>
        <translation>ne peut pas être supprimé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the key {key} has {count:,} dotted parts; at most {limit} are allowed</source>
        <translation>la clé {key} compte {count:,} parties séparées par des points&#xa0;; {limit} au plus sont admises</translation>
    </message>
    <message>
        <source>has {count:,} requirements (essential and desirable); a vacancy file holds at most {limit}</source>
        <translation>compte {count:,} exigences (essentielles et souhaitables)&#xa0;; un fichier d&apos;avis en contient {limit} au plus</translation>
    </message>
    <message>
        <source>{value} is listed more than once</source>
        <translation>{value} figure plus d&apos;une fois</translation>
    </message>
    <message>
        <source>TOML syntax error: {reason}</source>
        <translation>erreur de syntaxe TOML&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>lines end with a carriage return alone (old Mac line endings), which TOML does not allow; save the file with LF or CRLF line endings</source>
        <translation>les lignes se terminent par un retour chariot seul (fins de ligne des anciens Mac), ce que TOML n&apos;admet pas&#xa0;; enregistrez le fichier avec des fins de ligne LF ou CRLF</translation>
    </message>
    <message>
        <source>TOML is nested too deeply</source>
        <translation>le TOML est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>TOML value cannot be read: {reason}</source>
        <translation>une valeur TOML ne peut pas être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not be read as a vacancy: {error}: {reason}</source>
        <translation>n&apos;a pas pu être lu comme avis de vacance&#xa0;: {error}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{amount} is no salary; expected an amount from {low:,} to {high:,}</source>
        <translation>{amount} n&apos;est pas un traitement&#xa0;; un montant de {low:,} à {high:,} est attendu</translation>
    </message>
    <message>
        <source>asks about {count} languages; at most {limit} are allowed</source>
        <translation>porte sur {count} langues&#xa0;; {limit} au plus sont admises</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>not a vacancy pack: no {manifest}</source>
        <translation>ce n&apos;est pas un lot d&apos;avis&#xa0;: il n&apos;a pas de {manifest}</translation>
    </message>
    <message>
        <source>not a vacancy file name; skipped</source>
        <translation>ce n&apos;est pas un nom de fichier d&apos;avis&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is in the pack twice; skipped</source>
        <translation>figure deux fois dans le lot&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is too large ({size:,} bytes; the limit is {limit:,}); skipped</source>
        <translation>est trop volumineux ({size:,} octets&#xa0;; la limite est de {limit:,})&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>holds more than {limit:,} bytes; the rest is skipped</source>
        <translation>contient plus de {limit:,} octets&#xa0;; le reste est ignoré</translation>
    </message>
    <message>
        <source>cannot be written: {reason}; skipped</source>
        <translation>ne peut pas être écrit&#xa0;: {reason}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>listed but not in the pack</source>
        <translation>listé mais absent du lot</translation>
    </message>
    <message>
        <source>is not a file; the pack&apos;s copy was skipped</source>
        <translation>n&apos;est pas un fichier&#xa0;; la copie du lot a été ignorée</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>est chiffré</translation>
    </message>
    <message>
        <source>is too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>est trop volumineux ({size:,} octets&#xa0;; la limite est de {limit:,})</translation>
    </message>
    <message>
        <source>is larger than {limit:,} bytes</source>
        <translation>dépasse {limit:,} octets</translation>
    </message>
    <message>
        <source>would hold {count:,} vacancies; a pack holds at most {limit:,}: choose fewer</source>
        <translation>contiendrait {count:,} avis&#xa0;; un lot en contient au plus {limit:,}&#xa0;: choisissez-en moins</translation>
    </message>
    <message>
        <source>would hold {size:,} bytes of vacancy files; a pack holds at most {limit:,}: choose fewer</source>
        <translation>contiendrait {size:,} octets de fichiers d&apos;avis&#xa0;; un lot en contient au plus {limit:,}&#xa0;: choisissez moins d&apos;avis</translation>
    </message>
    <message>
        <source>would list its vacancies in {size:,} bytes; a pack lists them in at most {limit:,}: choose fewer</source>
        <translation>énumérerait ses avis en {size:,} octets&#xa0;; un lot les énumère en {limit:,} au plus&#xa0;: choisissez moins d&apos;avis</translation>
    </message>
    <message>
        <source>{manifest} is not UTF-8 text (byte {byte})</source>
        <translation>{manifest} n&apos;est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>{manifest} is nested too deeply</source>
        <translation>{manifest} est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{manifest} cannot be read: {reason}</source>
        <translation>{manifest} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not a vacancy pack ({manifest} is not one)</source>
        <translation>ce n&apos;est pas un lot d&apos;avis (son {manifest} n&apos;est pas celui d&apos;un lot)</translation>
    </message>
    <message>
        <source>pack format {version} is not supported (expected {supported})</source>
        <translation>le format de lot {version} n&apos;est pas pris en charge ({supported} est attendu)</translation>
    </message>
    <message>
        <source>expected a list of {file, reference, ...}</source>
        <translation>une liste de {file, reference, ...} est attendue</translation>
    </message>
    <message>
        <source>not listed in {manifest}; skipped</source>
        <translation>absent de {manifest}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{reason}; skipped</source>
        <translation>{reason}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is a binary file, not text; skipped</source>
        <translation>est un fichier binaire, pas du texte&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); skipped</source>
        <translation>n&apos;est pas du texte UTF-8 (octet {byte})&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the manifest says reference {listed}, the file {reference}; skipped</source>
        <translation>le manifeste indique la référence {listed}, le fichier {reference}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is not a readable .zip file (no zip directory)</source>
        <translation>n&apos;est pas un fichier .zip lisible (il n&apos;a pas de répertoire zip)</translation>
    </message>
    <message>
        <source>is a ZIP64 archive; a vacancy pack never needs one</source>
        <translation>est une archive ZIP64&#xa0;; un lot d&apos;avis n&apos;en a jamais besoin</translation>
    </message>
    <message>
        <source>has {count:,} entries; a pack holds at most {limit:,}</source>
        <translation>compte {count:,} entrées&#xa0;; un lot en contient au plus {limit:,}</translation>
    </message>
    <message>
        <source>is not a readable .zip file ({reason})</source>
        <translation>n&apos;est pas un fichier .zip lisible ({reason})</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>holds a lone surrogate ({char}), which is not a character; correct the text in the file</source>
        <translation>contient un demi-code de substitution isolé ({char}), qui n&apos;est pas un caractère&#xa0;; corrigez le texte dans le fichier</translation>
    </message>
    <message>
        <source>holds the control character {char} at position {position}; only tabs and line breaks are allowed in text</source>
        <translation>contient le caractère de contrôle {char} à la position {position}&#xa0;; seuls les tabulations et les sauts de ligne sont admis dans un texte</translation>
    </message>
    <message>
        <source>holds the bidirectional control {char} at position {position}, which shows the text in another order than written; remove it</source>
        <translation>contient la commande bidirectionnelle {char} à la position {position}, qui affiche le texte dans un autre ordre que celui où il est écrit&#xa0;; supprimez-la</translation>
    </message>
    <message>
        <source>holds {count:,} marks stacked on one letter at position {position}, drawn over the text around it; at most {limit} are allowed</source>
        <translation>contient {count:,} signes diacritiques empilés sur une lettre à la position {position}, dessinés par-dessus le texte voisin&#xa0;; {limit} au plus sont admis</translation>
    </message>
    <message>
        <source>a key {problem}</source>
        <translation>une clé {problem}</translation>
    </message>
    <message>
        <source>is {count:,} characters long; at most {limit:,} are allowed</source>
        <translation>compte {count:,} caractères&#xa0;; {limit:,} au plus sont admis</translation>
    </message>
    <message>
        <source>is {count:,} lines long; at most {limit:,} are allowed</source>
        <translation>compte {count:,} lignes&#xa0;; {limit:,} au plus sont admises</translation>
    </message>
    <message>
        <source>a key is {count:,} characters long; at most {limit:,} are allowed</source>
        <translation>une clé compte {count:,} caractères&#xa0;; {limit:,} au plus sont admis</translation>
    </message>
    <message>
        <source>has {count:,} items; at most {limit:,} are allowed</source>
        <translation>compte {count:,} éléments&#xa0;; {limit:,} au plus sont admis</translation>
    </message>
    <message>
        <source>expected a grade such as &apos;G6&apos; or &apos;G17&apos;, got {value}</source>
        <translation>un grade comme &apos;G6&apos; ou &apos;G17&apos; est attendu, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <source>at least one requirement is needed (only a draft may have none)</source>
        <translation>au moins une exigence est nécessaire (seul un brouillon peut n&apos;en avoir aucune)</translation>
    </message>
    <message>
        <source>criterion id {id} is used more than once</source>
        <translation>l&apos;identifiant d&apos;exigence {id} est utilisé plus d&apos;une fois</translation>
    </message>
    <message>
        <source>warning {code} names unknown criterion</source>
        <translation>l&apos;avertissement {code} nomme une exigence inconnue</translation>
    </message>
    <message>
        <source>scope &apos;listed&apos; needs at least one country in &apos;countries&apos;</source>
        <translation>la portée &apos;listed&apos; demande au moins un pays dans &apos;countries&apos;</translation>
    </message>
    <message>
        <source>&apos;countries&apos; is only for scope &apos;listed&apos;</source>
        <translation>&apos;countries&apos; ne sert qu&apos;avec la portée &apos;listed&apos;</translation>
    </message>
    <message>
        <source>mode &apos;{mode}&apos; needs &apos;{field}&apos;</source>
        <translation>le mode &apos;{mode}&apos; demande &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; does not belong to mode &apos;{mode}&apos;</source>
        <translation>&apos;{field}&apos; n&apos;appartient pas au mode &apos;{mode}&apos;</translation>
    </message>
    <message>
        <source>mode &apos;per_language&apos; needs &apos;en&apos; or &apos;fr&apos;</source>
        <translation>le mode &apos;per_language&apos; demande &apos;en&apos; ou &apos;fr&apos;</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>changed since the table was made, which shows the answers it held then; make the table again to see the answers it holds now</source>
        <translation>a changé depuis que le tableau a été fait, qui montre les réponses qu&apos;il contenait alors&#xa0;; refaites le tableau pour voir celles qu&apos;il contient maintenant</translation>
    </message>
    <message>
        <source>expected the format number 1</source>
        <translation>le numéro de format 1 est attendu</translation>
    </message>
    <message>
        <source>shows nothing: it holds only spaces, combining marks or invisible characters</source>
        <translation>n&apos;affiche rien&#xa0;: il ne contient que des espaces, des signes diacritiques isolés ou des caractères invisibles</translation>
    </message>
    <message>
        <source>an alternative reading cannot change {fields}</source>
        <translation>une autre lecture ne peut pas changer {fields}</translation>
    </message>
    <message>
        <source>alternative reading: {field}: {reason}</source>
        <translation>autre lecture&#xa0;: {field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>expected an object with &apos;code&apos; and &apos;level&apos;</source>
        <translation>un objet avec &apos;code&apos; et &apos;level&apos; est attendu</translation>
    </message>
    <message>
        <source>&apos;code&apos; must be a language code</source>
        <translation>&apos;code&apos; doit être un code de langue</translation>
    </message>
    <message>
        <source>language {code} is listed twice</source>
        <translation>la langue {code} figure deux fois</translation>
    </message>
    <message>
        <source>must be a whole number (got {got})</source>
        <translation>doit être un nombre entier (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>unknown profile format {version}</source>
        <translation>format de profil inconnu {version}</translation>
    </message>
    <message>
        <source>the file name ends in {suffix} (Notepad adds .txt to what it saves as text), not {expected}; rename the file to use it</source>
        <translation>le nom du fichier se termine par {suffix} (le Bloc-notes ajoute .txt à ce qu&apos;il enregistre comme texte), et non par {expected}&#xa0;; renommez le fichier pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>could not be read: {error}: {reason}</source>
        <translation>n&apos;a pas pu être lu&#xa0;: {error}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>holds the vacancy {now} since the list was made, not {listed}; start Screener again to list it</source>
        <translation>contient la vacance de poste {now} depuis que la liste a été faite, et non plus {listed}&#xa0;; relancez Screener pour la voir dans la liste</translation>
    </message>
    <message>
        <source>reference {reference} is also used by {file}, which is the one used; give this vacancy another reference or remove one of them</source>
        <translation>la référence {reference} est aussi celle de {file}, qui est le fichier retenu&#xa0;; donnez une autre référence à cet avis ou supprimez l&apos;un des deux fichiers</translation>
    </message>
    <message>
        <source>invalid statement</source>
        <translation>instruction non valide</translation>
    </message>
    <message>
        <source>expected newline or end of document after a statement</source>
        <translation>un saut de ligne ou la fin du document est attendu après une instruction</translation>
    </message>
    <message>
        <source>found invalid character {char}</source>
        <translation>caractère non valide {char}</translation>
    </message>
    <message>
        <source>cannot declare {key} twice</source>
        <translation>{key} ne peut pas être déclaré deux fois</translation>
    </message>
    <message>
        <source>cannot overwrite a value</source>
        <translation>une valeur ne peut pas être remplacée</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; at the end of a table declaration</source>
        <translation>&apos;]&apos; est attendu à la fin d&apos;une déclaration de table</translation>
    </message>
    <message>
        <source>expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>&apos;]]&apos; est attendu à la fin d&apos;une déclaration de tableau</translation>
    </message>
    <message>
        <source>cannot mutate immutable namespace {key}</source>
        <translation>l&apos;espace de noms immuable {key} ne peut pas être modifié</translation>
    </message>
    <message>
        <source>cannot redefine namespace {key}</source>
        <translation>l&apos;espace de noms {key} ne peut pas être redéfini</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>&apos;=&apos; est attendu après la clé d&apos;une paire clé/valeur</translation>
    </message>
    <message>
        <source>invalid initial character for a key part</source>
        <translation>premier caractère non valide pour une partie de clé</translation>
    </message>
    <message>
        <source>unclosed array</source>
        <translation>tableau non fermé</translation>
    </message>
    <message>
        <source>duplicate inline table key {key}</source>
        <translation>clé {key} en double dans une table en ligne</translation>
    </message>
    <message>
        <source>unclosed inline table</source>
        <translation>table en ligne non fermée</translation>
    </message>
    <message>
        <source>unescaped &apos;\&apos; in a string</source>
        <translation>&apos;\&apos; non échappé dans une chaîne</translation>
    </message>
    <message>
        <source>invalid hex value</source>
        <translation>valeur hexadécimale non valide</translation>
    </message>
    <message>
        <source>escaped character is not a Unicode scalar value</source>
        <translation>le caractère échappé n&apos;est pas une valeur scalaire Unicode</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>illegal character {char}</source>
        <translation>caractère interdit {char}</translation>
    </message>
    <message>
        <source>invalid date or datetime</source>
        <translation>date ou date et heure non valide</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>expected {expected}</source>
        <translation>{expected} est attendu</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>un nom de propriété entre guillemets doubles est attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>le séparateur &apos;:&apos; est attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>le séparateur &apos;,&apos; est attendu</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée, commençant ici</translation>
    </message>
    <message>
        <source>Invalid control character {char} at</source>
        <translation>caractère de contrôle {char} non valide ici</translation>
    </message>
    <message>
        <source>Invalid \escape: {char}</source>
        <translation>séquence d&apos;échappement \ non valide&#xa0;: {char}</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide ici</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>séquence d&apos;échappement \ non valide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence d&apos;échappement \uXXXX non valide</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>données en trop après la valeur</translation>
    </message>
    <message>
        <source>{value} is not a date or time that exists: write a day of the calendar as {date}, and a time from {first} to {last}</source>
        <translation>{value} n&apos;est pas une date ou une heure qui existe&#xa0;: écrivez un jour du calendrier comme {date}, et une heure de {first} à {last}</translation>
    </message>
    <message>
        <source>{value} gives a time zone; a deadline is Brussels time: write the time without one, as {time}</source>
        <translation>{value} indique un fuseau horaire&#xa0;; une date limite est à l&apos;heure de Bruxelles&#xa0;: écrivez l&apos;heure sans fuseau, comme {time}</translation>
    </message>
    <message>
        <source>{value} needs its seconds in a vacancy file: write it as {time}</source>
        <translation>{value} doit avoir ses secondes dans un fichier d&apos;avis&#xa0;: écrivez-la comme {time}</translation>
    </message>
    <message>
        <source>{language} needs straight quotes (&quot;) around text, not typographic ones ({quote}), which a word processor or e-mail program types; type them again in a plain text editor</source>
        <translation>{language} demande des guillemets droits (&quot;) autour du texte, pas des guillemets typographiques ({quote}) comme en met un traitement de texte ou un logiciel de messagerie&#xa0;; retapez-les dans un éditeur de texte brut</translation>
    </message>
    <message>
        <source>text must be between straight quotes (&quot;): {language} reads a word without them as no value at all</source>
        <translation>un texte s&apos;écrit entre guillemets droits (&quot;)&#xa0;: {language} ne lit aucune valeur dans un mot écrit sans eux</translation>
    </message>
    <message>
        <source>a text&apos;s closing quote (&quot;) is missing: add it at the end of the text, on the line where the text starts</source>
        <translation>le guillemet fermant (&quot;) d&apos;un texte manque&#xa0;: ajoutez-le à la fin du texte, sur la ligne où le texte commence</translation>
    </message>
    <message>
        <source>is password-protected; open it with its password and save a copy without one, or copy its text and use Paste</source>
        <translation>est protégé par un mot de passe&#xa0;; ouvrez-le avec son mot de passe et enregistrez-en une copie sans mot de passe, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is compressed in a way Screener cannot read (method {method}); save it again from its word processor, or copy its text and use Paste</source>
        <translation>est compressé d&apos;une manière que Screener ne sait pas lire (méthode {method})&#xa0;; enregistrez-le de nouveau depuis son traitement de texte, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>is a web page of over {count:,} tags; a notice&apos;s page has far fewer: save the notice&apos;s own page, or copy its text and use Paste</source>
        <translation>est une page web de plus de {count:,} balises&#xa0;; la page d&apos;un avis en a bien moins&#xa0;: enregistrez la page de l&apos;avis lui-même, ou copiez son texte et utilisez «&#xa0;Coller le texte de l’avis&#xa0;»</translation>
    </message>
    <message>
        <source>{code} is not the code of a country; expected an ISO 3166 code such as GB or FR</source>
        <translation>{code} n&apos;est pas le code d&apos;un pays&#xa0;; un code ISO 3166 est attendu, comme GB ou FR</translation>
    </message>
</context>
<context>
    <name>GapPlanDialog</name>
    <message>
        <source>What would open more vacancies: {name}</source>
        <translation>Ce qui ouvrirait d&apos;autres postes&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>GapPlanView</name>
    <message>
        <source>What would open more vacancies</source>
        <translation>Ce qui ouvrirait d&apos;autres postes</translation>
    </message>
    <message>
        <source>The changes to the candidate&apos;s facts that would open the most vacancies, best first, each with the vacancies it opens and what stays missing</source>
        <translation>Les changements des données du candidat qui ouvriraient le plus de postes, les meilleurs d&apos;abord, chacun avec les postes qu&apos;il ouvre et ce qui manque encore</translation>
    </message>
</context>
<context>
    <name>HelpFeatures</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>What Screener does, and how to screen a current vacancy</source>
        <translation>Ce que fait Screener, et comment évaluer un avis de vacance en cours</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the menus</source>
        <translation>Tous les raccourcis des menus</translation>
    </message>
    <message>
        <source>&amp;About Screener</source>
        <translation>À &amp;propos de Screener</translation>
    </message>
    <message>
        <source>Version, licence and where your data is kept</source>
        <translation>Version, licence et emplacement de vos données</translation>
    </message>
</context>
<context>
    <name>ImportHeaderForm</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The notice&apos;s reference number; the draft is saved under this name</source>
        <translation>Le numéro de référence de l&apos;avis&#xa0;; le brouillon est enregistré sous ce nom</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Intitulé en anglais</translation>
    </message>
    <message>
        <source>The post&apos;s title in English</source>
        <translation>L&apos;intitulé du poste en anglais</translation>
    </message>
    <message>
        <source>English &amp;title:</source>
        <translation>&amp;Intitulé en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>French title</source>
        <translation>Intitulé en français</translation>
    </message>
    <message>
        <source>The post&apos;s title in French</source>
        <translation>L&apos;intitulé du poste en français</translation>
    </message>
    <message>
        <source>French t&amp;itle:</source>
        <translation>Intitulé en fr&amp;ançais&#xa0;:</translation>
    </message>
    <message>
        <source>NATO &amp;body:</source>
        <translation>&amp;Organisme de l&apos;OTAN&#xa0;:</translation>
    </message>
    <message>
        <source>NATO body</source>
        <translation>Organisme de l&apos;OTAN</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu d&apos;affectation&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Temps de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>As written in the notice&apos;s header</source>
        <translation>Tel qu&apos;indiqué dans l&apos;en-tête de l&apos;avis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>The grade, e.g. G15</source>
        <translation>Le grade, p. ex. G15</translation>
    </message>
    <message>
        <source>Higher grade</source>
        <translation>Grade supérieur</translation>
    </message>
    <message>
        <source>For a twin-graded post (e.g. G10-G12), the higher grade; else empty</source>
        <translation>Pour un poste à double grade (p. ex. G10-G12), le grade supérieur&#xa0;; sinon, laissez vide</translation>
    </message>
    <message>
        <source>&amp;up to:</source>
        <translation>&amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade&#xa0;:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>The basic salary; zero if not stated</source>
        <translation>Le traitement de base&#xa0;; zéro s&apos;il n&apos;est pas indiqué</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Three-letter currency code, e.g. EUR</source>
        <translation>Code de devise à trois lettres, p. ex. EUR</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>Salary period</source>
        <translation>Périodicité du salaire</translation>
    </message>
    <message>
        <source>Whether the salary is monthly or yearly</source>
        <translation>Indique si le salaire est mensuel ou annuel</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Salar&amp;y:</source>
        <translation>&amp;Salaire&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>The last day to apply, Brussels time: {date}</source>
        <translation>Le dernier jour pour postuler, heure de Bruxelles&#xa0;: {date}</translation>
    </message>
    <message>
        <source>at a set ti&amp;me:</source>
        <translation>à une heure pré&amp;cise&#xa0;:</translation>
    </message>
    <message>
        <source>Closes at a set time</source>
        <translation>Clôture à une heure précise</translation>
    </message>
    <message>
        <source>Tick when the notice gives a closing time; else it closes at midnight</source>
        <translation>Cochez si l&apos;avis indique une heure de clôture&#xa0;; sinon, il clôture à minuit</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Heure de clôture</translation>
    </message>
    <message>
        <source>The closing time, Brussels time</source>
        <translation>L&apos;heure de clôture, heure de Bruxelles</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Date li&amp;mite&#xa0;:</translation>
    </message>
    <message>
        <source>Security clearance</source>
        <translation>Habilitation de sécurité</translation>
    </message>
    <message>
        <source>The clearance level the post needs, if the notice states one</source>
        <translation>Le niveau d&apos;habilitation exigé pour le poste, si l&apos;avis en indique un</translation>
    </message>
    <message>
        <source>Cl&amp;earance:</source>
        <translation>&amp;Habilitation&#xa0;:</translation>
    </message>
    <message>
        <source>A security clearance</source>
        <translation>Une habilitation de sécurité</translation>
    </message>
    <message>
        <source>Approval of the medical file</source>
        <translation>L&apos;approbation du dossier médical</translation>
    </message>
    <message>
        <source>Verification of studies and experience</source>
        <translation>La vérification des diplômes et de l&apos;expérience</translation>
    </message>
    <message>
        <source>Accreditation and notification</source>
        <translation>L&apos;accréditation et la notification</translation>
    </message>
    <message>
        <source>Appointment at the lower grade</source>
        <translation>La nomination au grade inférieur</translation>
    </message>
    <message>
        <source>Appointment depends on this, as the notice says</source>
        <translation>La nomination en dépend, selon l&apos;avis</translation>
    </message>
    <message>
        <source>Appointment depends &amp;on:</source>
        <translation>La &amp;nomination dépend de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportPasteDialog</name>
    <message>
        <source>Paste the notice text</source>
        <translation>Coller le texte de l’avis</translation>
    </message>
    <message>
        <source>Copy the whole notice (the header with the title, reference, grade and deadline, and the requirements), paste it here with Ctrl+V, then press Ctrl+Enter or Import.</source>
        <translation>Copiez l’avis entier (l’en-tête avec l’intitulé, la référence, le grade et la date limite, ainsi que les exigences), collez-le ici avec Ctrl+V, puis appuyez sur Ctrl+Entrée ou sur Importer.</translation>
    </message>
    <message>
        <source>Paste the notice text here</source>
        <translation>Collez ici le texte de l’avis</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <source>The text of the vacancy notice, pasted from a web page or a document</source>
        <translation>Le texte de l’avis de vacance, collé depuis une page web ou un document</translation>
    </message>
    <message>
        <source>Reading the copied page…</source>
        <translation>Lecture de la page copiée…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review imported notice: {name}</source>
        <translation>Vérifier l&apos;avis importé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Read from {name}. Compare each requirement with the notice, correct what was misread, and tick off the items to review. It is saved as a draft, which candidates can screen against at once.</source>
        <translation>Lu dans «&#xa0;{name}&#xa0;». Comparez chaque exigence avec l&apos;avis, corrigez ce qui a été mal lu et cochez les points à vérifier. L&apos;avis est enregistré comme brouillon, au regard duquel les candidat(e)s peuvent s&apos;évaluer aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Post details</source>
        <translation>Détails du &amp;poste</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>E&amp;xigences</translation>
    </message>
    <message>
        <source>Parts of the vacancy</source>
        <translation>Parties de l&apos;avis de vacance</translation>
    </message>
    <message>
        <source>The post&apos;s details and its requirements</source>
        <translation>Les détails du poste et ses exigences</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Checks the vacancy and saves it as a draft in your vacancies folder</source>
        <translation>Vérifie l&apos;avis de vacance et l&apos;enregistre comme brouillon dans votre dossier d&apos;avis de vacance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Ferme sans enregistrer</translation>
    </message>
    <message>
        <source>Vacancy {reference} is also bundled with Screener; once saved, this draft is listed beside it and stands for it in screenings. Delete the draft&apos;s file to go back to the bundled one.</source>
        <translation>L&apos;avis de vacance {reference} est aussi fourni avec Screener&#xa0;; une fois enregistré, ce brouillon est listé à côté de lui et le remplace dans les évaluations. Supprimez le fichier du brouillon pour revenir à l&apos;avis fourni.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>NATO body</source>
        <translation>Organisme de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Security clearance</source>
        <translation>Habilitation de sécurité</translation>
    </message>
    <message>
        <source>Appointment conditions</source>
        <translation>Conditions de nomination</translation>
    </message>
    <message>
        <source>Essential requirements</source>
        <translation>Acquis essentiels</translation>
    </message>
    <message>
        <source>Desirable qualifications</source>
        <translation>Acquis souhaitables</translation>
    </message>
    <message>
        <source>The vacancy cannot be saved yet:</source>
        <translation>L&apos;avis de vacance ne peut pas encore être enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Replace vacancy file?</source>
        <translation>Remplacer le fichier d&apos;avis de vacance&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in your vacancies folder. Replace it?</source>
        <translation>{name} existe déjà dans votre dossier d&apos;avis de vacance. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>A folder has the draft&apos;s name</source>
        <translation>Un dossier porte le nom du brouillon</translation>
    </message>
    <message>
        <source>{name} in your vacancies folder is a folder, which cannot be replaced by the draft. Save the draft under another name?</source>
        <translation>{name}, dans votre dossier d&apos;avis de vacance, est un dossier, que le brouillon ne peut pas remplacer. Enregistrer le brouillon sous un autre nom&#xa0;?</translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <source>Discard this import?</source>
        <translation>Abandonner cette importation&#xa0;?</translation>
    </message>
    <message>
        <source>Your corrections to this notice have not been saved. Discard them?</source>
        <translation>Vos corrections de cet avis n&apos;ont pas été enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Requirement “{requirement}”</source>
        <translation>Exigence «&#xa0;{requirement}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>KnownFacts</name>
    <message>
        <source>mother tongue</source>
        <translation>langue maternelle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sans niveau</translation>
    </message>
    <message>
        <source>{language} {level}</source>
        <translation>{language} {level}</translation>
    </message>
    <message>
        <source>SLP not given</source>
        <translation>SLP non indiqué</translation>
    </message>
    <message>
        <source>no SLP</source>
        <translation>pas de SLP</translation>
    </message>
    <message>
        <source>SLP {profile}</source>
        <translation>SLP {profile}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>no driving licence</source>
        <translation>aucun permis de conduire</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Screener is now in English.</source>
        <translation>Screener est maintenant en français.</translation>
    </message>
</context>
<context>
    <name>LanguageLevelHelper</name>
    <message>
        <source>A CEFR level (A1 to C2)</source>
        <translation>Un niveau du CECR (A1 à C2)</translation>
    </message>
    <message>
        <source>IELTS overall band score</source>
        <translation>Score global IELTS (band score)</translation>
    </message>
    <message>
        <source>TOEFL iBT total score</source>
        <translation>Score total TOEFL iBT</translation>
    </message>
    <message>
        <source>TOEIC listening and reading total score</source>
        <translation>Score total TOEIC compréhension orale et écrite</translation>
    </message>
    <message>
        <source>A Cambridge English exam</source>
        <translation>Un examen Cambridge English</translation>
    </message>
    <message>
        <source>A DELF or DALF diploma</source>
        <translation>Un diplôme DELF ou DALF</translation>
    </message>
    <message>
        <source>B2 First (FCE)</source>
        <translation>B2 First (FCE)</translation>
    </message>
    <message>
        <source>C1 Advanced (CAE)</source>
        <translation>C1 Advanced (CAE)</translation>
    </message>
    <message>
        <source>C2 Proficiency (CPE)</source>
        <translation>C2 Proficiency (CPE)</translation>
    </message>
    <message>
        <source>Find your level</source>
        <translation>Trouver votre niveau</translation>
    </message>
    <message>
        <source>Match a CEFR level or a test result to NATO&apos;s scale. This is only an approximation: NATO tests your languages during selection.</source>
        <translation>Faites correspondre un niveau du CECR ou un résultat de test à l&apos;échelle de l&apos;OTAN. Ce n&apos;est qu&apos;une approximation&#xa0;: l&apos;OTAN évalue vos langues lors de la sélection.</translation>
    </message>
    <message>
        <source>What you know</source>
        <translation>Ce que vous savez</translation>
    </message>
    <message>
        <source>The kind of result you have</source>
        <translation>Le type de résultat dont vous disposez</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>Your level, exam or diploma</source>
        <translation>Votre niveau, examen ou diplôme</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Votre score</translation>
    </message>
    <message>
        <source>Your overall test score</source>
        <translation>Votre score global au test</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Appliquer à</translation>
    </message>
    <message>
        <source>The language this result is about</source>
        <translation>La langue sur laquelle porte ce résultat</translation>
    </message>
    <message>
        <source>Choose your result</source>
        <translation>Choisissez votre résultat</translation>
    </message>
    <message>
        <source>&amp;What you know:</source>
        <translation>&amp;Ce que vous savez&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply to:</source>
        <translation>&amp;Appliquer à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use this level</source>
        <translation>&amp;Utiliser ce niveau</translation>
    </message>
    <message>
        <source>Give your result to see the NATO level it matches.</source>
        <translation>Indiquez votre résultat pour voir le niveau OTAN qui lui correspond.</translation>
    </message>
    <message>
        <source>This result cannot be mapped reliably to a NATO level. NATO&apos;s equivalence table only covers higher results. If you know your CEFR level, use that; otherwise choose the level whose description fits you best.</source>
        <translation>Ce résultat ne peut pas être rapporté de façon fiable à un niveau de l&apos;OTAN. Le tableau d&apos;équivalences de l&apos;OTAN ne couvre que les résultats plus élevés. Si vous connaissez votre niveau du CECR, utilisez-le&#xa0;; sinon, choisissez le niveau dont la description vous correspond le mieux.</translation>
    </message>
    <message>
        <source>Approximately level {level}, as NATO&apos;s equivalence table puts it.</source>
        <translation>Environ le niveau {level}, selon le tableau d&apos;équivalences de l&apos;OTAN.</translation>
    </message>
    <message>
        <source>Approximately level {level}, inferred from the CEFR level.</source>
        <translation>Environ le niveau {level}, déduit du niveau du CECR.</translation>
    </message>
</context>
<context>
    <name>LanguageLevelPicker</name>
    <message>
        <source>{language} level</source>
        <translation>Niveau en {language}</translation>
    </message>
    <message>
        <source>Your level in {language} on NATO&apos;s scale from I to VI</source>
        <translation>Votre niveau en {language} sur l&apos;échelle de l&apos;OTAN, de I à VI</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Langue maternelle</translation>
    </message>
    <message>
        <source>{language} is my mother tongue</source>
        <translation>Langue maternelle&#xa0;: {language}</translation>
    </message>
    <message>
        <source>A mother tongue counts as the highest level</source>
        <translation>Une langue maternelle compte comme le niveau le plus élevé</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Choose your level, or None if you do not speak or write it.</source>
        <translation>Choisissez votre niveau, ou «&#xa0;Aucun&#xa0;» si vous ne parlez ni n&apos;écrivez cette langue.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Shows Screener in English, keeping your answers</source>
        <translation>Affiche Screener en anglais, sans perdre vos réponses</translation>
    </message>
    <message>
        <source>Shows Screener in French, keeping your answers</source>
        <translation>Affiche Screener en français, sans perdre vos réponses</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <source>Another language</source>
        <translation>Autre langue</translation>
    </message>
    <message>
        <source>Choose a language to give your level in it</source>
        <translation>Choisissez une langue pour y indiquer votre niveau</translation>
    </message>
    <message>
        <source>Another lang&amp;uage:</source>
        <translation>Autre lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <source>Adds the chosen language to the list above</source>
        <translation>Ajoute la langue choisie à la liste ci-dessus</translation>
    </message>
    <message>
        <source>A profile holds at most {limit} languages.</source>
        <translation>Un profil compte {limit} langues au plus.</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}&#xa0;:</translation>
    </message>
    <message>
        <source>STANAG 6001 profile (SLP) in {language}:</source>
        <translation>Profil STANAG 6001 (SLP) en {language}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <source>STANAG 6001 language profiles (SLP)</source>
        <translation>Profils linguistiques STANAG 6001 (SLP)</translation>
    </message>
    <message>
        <source>Give the SLP on your STANAG 6001 certificate: Listening, Speaking, Reading and Writing, 0 to 5 (a plus level is above its level). It is not NATO&apos;s I-VI scale.</source>
        <translation>Indiquez le profil SLP de votre certificat STANAG 6001&#xa0;: compréhension de l&apos;oral, expression orale, compréhension de l&apos;écrit et expression écrite, de 0 à 5 (un niveau «&#xa0;plus&#xa0;» est au-dessus de son niveau). Ce n&apos;est pas l&apos;échelle I-VI de l&apos;OTAN.</translation>
    </message>
    <message>
        <source>Your SLP in {language}:</source>
        <translation>Votre SLP en {language}&#xa0;:</translation>
    </message>
    <message>
        <source>Give your level in each language; a mother tongue counts as the highest.</source>
        <translation>Indiquez votre niveau dans chaque langue&#xa0;; une langue maternelle compte comme le niveau le plus élevé.</translation>
    </message>
    <message>
        <source>Give the SLP you hold in each language asked.</source>
        <translation>Indiquez le profil SLP que vous détenez dans chaque langue demandée.</translation>
    </message>
    <message>
        <source>NATO&apos;s official languages</source>
        <translation>Langues officielles de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <source>&amp;{language}:</source>
        <translation>&amp;{language}&#xa0;:</translation>
    </message>
    <message>
        <source>Not sure of your &amp;level?</source>
        <translation>Vous ne connaissez pas votre &amp;niveau&#xa0;?</translation>
    </message>
    <message>
        <source>Not sure of your level?</source>
        <translation>Vous ne connaissez pas votre niveau&#xa0;?</translation>
    </message>
    <message>
        <source>Find an approximate NATO level from a CEFR level or a test result</source>
        <translation>Trouve un niveau approximatif de l&apos;OTAN à partir d&apos;un niveau du CECR ou d&apos;un résultat de test</translation>
    </message>
</context>
<context>
    <name>LevelDescriptions</name>
    <message>
        <source>You do not speak or write this language.</source>
        <translation>Vous ne parlez ni n&apos;écrivez cette langue.</translation>
    </message>
    <message>
        <source>You understand and use familiar everyday expressions and very simple phrases.</source>
        <translation>Vous comprenez et utilisez des expressions familières et quotidiennes, et des phrases très simples.</translation>
    </message>
    <message>
        <source>You handle short, routine exchanges on familiar topics.</source>
        <translation>Vous gérez de brefs échanges courants sur des sujets familiers.</translation>
    </message>
    <message>
        <source>You cope with most everyday situations and write simple connected text.</source>
        <translation>Vous vous débrouillez dans la plupart des situations courantes et rédigez des textes simples et cohérents.</translation>
    </message>
    <message>
        <source>You discuss a wide range of topics fluently and write clear, detailed text.</source>
        <translation>Vous discutez avec aisance d&apos;un large éventail de sujets et rédigez des textes clairs et détaillés.</translation>
    </message>
    <message>
        <source>You use the language flexibly and precisely at work, including complex documents.</source>
        <translation>Vous utilisez la langue avec souplesse et précision au travail, y compris pour des documents complexes.</translation>
    </message>
    <message>
        <source>You understand virtually everything and express fine shades of meaning.</source>
        <translation>Vous comprenez pratiquement tout et exprimez de fines nuances de sens.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>{numeral} — {name}, CEFR {cefr}</source>
        <translation>{numeral} — {name}, CECR {cefr}</translation>
    </message>
</context>
<context>
    <name>LicencePicker</name>
    <message>
        <source>Not &amp;given yet</source>
        <translation>Pas encore &amp;indiqué</translation>
    </message>
    <message>
        <source>I &amp;hold a driving licence</source>
        <translation>J&apos;ai un permis de con&amp;duire</translation>
    </message>
    <message>
        <source>I have no dri&amp;ving licence</source>
        <translation>Je n&apos;ai a&amp;ucun permis de conduire</translation>
    </message>
    <message>
        <source>Vacancies that need a licence will ask</source>
        <translation>Les avis de vacance qui exigent un permis vous poseront la question</translation>
    </message>
    <message>
        <source>Then tick the categories you hold</source>
        <translation>Cochez ensuite les catégories dont vous êtes titulaire</translation>
    </message>
    <message>
        <source>You hold no driving licence</source>
        <translation>Vous n&apos;avez aucun permis de conduire</translation>
    </message>
    <message>
        <source>Category {category}</source>
        <translation>Catégorie {category}</translation>
    </message>
    <message>
        <source>Tick if your licence includes category {category}</source>
        <translation>Cochez si votre permis comprend la catégorie {category}</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose “I have no driving licence”.</source>
        <translation>Cochez au moins une catégorie, ou choisissez «&#xa0;Je n&apos;ai aucun permis de conduire&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LocalizedTextEditor</name>
    <message>
        <source>{name} in English</source>
        <translation>{name} en anglais</translation>
    </message>
    <message>
        <source>{name} in French</source>
        <translation>{name} en français</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>French:</source>
        <translation>Français&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NATO vacancies</source>
        <translation>Avis de vacance de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Title, reference or words from a requirement</source>
        <translation>Intitulé, référence ou termes d&apos;une exigence</translation>
    </message>
    <message>
        <source>Search vacancies</source>
        <translation>Rechercher des avis de vacance</translation>
    </message>
    <message>
        <source>Shows only the vacancies whose title, reference or requirements contain every word typed here</source>
        <translation>N&apos;affiche que les avis de vacance dont l&apos;intitulé, la référence ou les exigences contiennent tous les mots tapés ici</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Avis de vacance</translation>
    </message>
    <message>
        <source>Reference, title, grade, deadline and status of each vacancy; press Enter to check your eligibility for the selected one</source>
        <translation>Référence, intitulé, grade, date limite et statut de chaque avis de vacance&#xa0;; appuyez sur Entrée pour vérifier votre admissibilité au poste sélectionné</translation>
    </message>
    <message>
        <source>Check my &amp;eligibility</source>
        <translation>Vérifier mon a&amp;dmissibilité</translation>
    </message>
    <message>
        <source>Check my eligibility</source>
        <translation>Vérifier mon admissibilité</translation>
    </message>
    <message>
        <source>Answers a few questions about the selected vacancy&apos;s requirements</source>
        <translation>Pose quelques questions sur les exigences du poste sélectionné</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}.</source>
        <translation>Affichés&#xa0;: {shown} sur {total}.</translation>
    </message>
    <message>
        <source>Files that could not be loaded: {count}.</source>
        <translation>Fichiers impossibles à charger&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Open vacancy file</source>
        <translation>Ouvrir un fichier d&apos;avis de vacance</translation>
    </message>
    <message>
        <source>Vacancy files (*.toml);;All files (*)</source>
        <translation>Fichiers d&apos;avis de vacance (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Files loaded: {count}.</source>
        <translation>Fichiers chargés&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{verdict}: {requirement}</source>
        <translation>{verdict}&#xa0;: {requirement}</translation>
    </message>
    <message>
        <source>{verdict}: {requirement} (+{count})</source>
        <translation>{verdict}&#xa0;: {requirement} (+{count})</translation>
    </message>
    <message>
        <source>{verdict}: requirements not listed yet</source>
        <translation>{verdict}&#xa0;: exigences pas encore reprises</translation>
    </message>
    <message>
        <source>{verdict}: {count} open</source>
        <translation>{verdict}&#xa0;: {count} en suspens</translation>
    </message>
    <message>
        <source>{requirement}: {reason}</source>
        <translation>{requirement}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Any result</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Can&apos;t tell yet</source>
        <translation>Impossible de conclure pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Candidates and vacancies</source>
        <translation>Candidats et postes</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Part of a candidate&apos;s name</source>
        <translation>Une partie du nom d&apos;un candidat</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>Shows only the candidates whose name contains every word typed here</source>
        <translation>Affiche seulement les candidats dont le nom contient chaque mot tapé ici</translation>
    </message>
    <message>
        <source>&amp;Open vacancies only</source>
        <translation>Postes &amp;ouverts seulement</translation>
    </message>
    <message>
        <source>Open vacancies only</source>
        <translation>Postes ouverts seulement</translation>
    </message>
    <message>
        <source>Hides the columns of vacancies whose deadline has passed</source>
        <translation>Masque les colonnes des postes dont la date limite est passée</translation>
    </message>
    <message>
        <source>Candidates &amp;with:</source>
        <translation>Candidats &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Candidates with this result</source>
        <translation>Candidats avec ce résultat</translation>
    </message>
    <message>
        <source>Shows only the candidates with this result for at least one shown vacancy</source>
        <translation>Affiche seulement les candidats qui ont ce résultat pour au moins un poste affiché</translation>
    </message>
    <message>
        <source>One row a candidate, one column a vacancy, the result in each cell; press Enter to open the candidate&apos;s summary for that vacancy</source>
        <translation>Une ligne par candidat, une colonne par poste, le résultat dans chaque case&#xa0;; appuyez sur Entrée pour ouvrir le résumé du candidat pour ce poste</translation>
    </message>
    <message>
        <source>Open &amp;summary</source>
        <translation>Ouvrir le &amp;résumé</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s summary for the selected vacancy</source>
        <translation>Le résumé du candidat choisi pour le poste choisi</translation>
    </message>
    <message>
        <source>What would open &amp;more…</source>
        <translation>Ce qui ouvrirait d&apos;autres &amp;postes…</translation>
    </message>
    <message>
        <source>The changes that would open more vacancies to the selected candidate</source>
        <translation>Les changements qui ouvriraient d&apos;autres postes au candidat choisi</translation>
    </message>
    <message>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>Saves the selected candidate&apos;s dossier as PDF or HTML</source>
        <translation>Enregistre le dossier du candidat choisi en PDF ou HTML</translation>
    </message>
    <message>
        <source>Dead&amp;lines to calendar…</source>
        <translation>Dates &amp;limites dans le calendrier…</translation>
    </message>
    <message>
        <source>Saves the deadlines of the open vacancies the selected candidate may apply to, as an .ics file</source>
        <translation>Enregistre les dates limites des postes ouverts auxquels le candidat choisi peut postuler, dans un fichier .ics</translation>
    </message>
    <message>
        <source>Dossiers for &amp;all shown…</source>
        <translation>Dossiers de &amp;tous les candidats affichés…</translation>
    </message>
    <message>
        <source>Saves the dossier of every candidate shown, one PDF each, in a folder you choose</source>
        <translation>Enregistre le dossier de chaque candidat affiché, un PDF chacun, dans un dossier de votre choix</translation>
    </message>
    <message>
        <source>Saves the whole table as a CSV file</source>
        <translation>Enregistre tout le tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Exporter en E&amp;xcel…</translation>
    </message>
    <message>
        <source>Saves the whole table as an Excel workbook (.xlsx)</source>
        <translation>Enregistre tout le tableau dans un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Skipped &amp;files…</source>
        <translation>&amp;Fichiers ignorés…</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Fichiers ignorés</translation>
    </message>
    <message>
        <source>Which profile files could not be read, and why</source>
        <translation>Les fichiers de profil qui n&apos;ont pas pu être lus, et pourquoi</translation>
    </message>
    <message>
        <source>Candidates shown: {shown} of {total}. Vacancies shown: {columns} of {all}.</source>
        <translation>Candidats affichés&#xa0;: {shown} sur {total}. Postes affichés&#xa0;: {columns} sur {all}.</translation>
    </message>
    <message>
        <source>Files skipped: {count}.</source>
        <translation>Fichiers ignorés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>This candidate&apos;s profile file is not known.</source>
        <translation>Le fichier de profil de ce candidat n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Choisissez d&apos;abord un candidat.</translation>
    </message>
    <message>
        <source>Dossier saved.</source>
        <translation>Dossier enregistré.</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Calendrier enregistré.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Exporter en Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving Excel workbooks needs the openpyxl package, which is not installed. Install Screener&apos;s &apos;xlsx&apos; extra (pip install &apos;screener[xlsx]&apos;), or export CSV.</source>
        <translation>Enregistrer des classeurs Excel demande le paquet openpyxl, qui n&apos;est pas installé. Installez l&apos;option «&#xa0;xlsx&#xa0;» de Screener (pip install &apos;screener[xlsx]&apos;), ou exportez en CSV.</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous {file}.</translation>
    </message>
</context>
<context>
    <name>MatrixWorker</name>
    <message>
        <source>No readable profiles (*.json) in {folder}.</source>
        <translation>Aucun profil lisible (*.json) dans {folder}.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>… The whole message is under Show Details.</source>
        <translation>… Le message complet est sous «&#xa0;Montrer les détails&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MyProfileDialog</name>
    <message>
        <source>My profile: {name}</source>
        <translation>Mon profil&#xa0;: {name}</translation>
    </message>
    <message>
        <source>These answers are about you, not about one vacancy: every screening uses them, and the questions they answer are not asked again.</source>
        <translation>Ces réponses vous concernent vous, et non un seul avis de vacance&#xa0;: chaque évaluation les utilise, et les questions auxquelles elles répondent ne sont pas reposées.</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationalité&#xa0;:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Highest completed education</source>
        <translation>Plus haut niveau de formation achevé</translation>
    </message>
    <message>
        <source>The highest level of education you have completed</source>
        <translation>Le plus haut niveau de formation que vous avez achevé</translation>
    </message>
    <message>
        <source>Highest completed &amp;education:</source>
        <translation>Plus &amp;haut niveau de formation achevé&#xa0;:</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keeps these answers for every vacancy</source>
        <translation>Conserve ces réponses pour tous les avis de vacance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without changing your profile</source>
        <translation>Ferme sans modifier votre profil</translation>
    </message>
</context>
<context>
    <name>NationalityPage</name>
    <message>
        <source>Only nationals of certain countries may apply.</source>
        <translation>Seul(e)s les ressortissant(e)s de certains pays peuvent postuler.</translation>
    </message>
    <message>
        <source>This post is open to nationals of: {names}.</source>
        <translation>Ce poste est ouvert aux ressortissant(e)s des pays suivants&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Type the name of your country</source>
        <translation>Tapez le nom de votre pays</translation>
    </message>
    <message>
        <source>Filters the list of countries; use the arrow keys to choose from it</source>
        <translation>Filtre la liste des pays&#xa0;; choisissez-y le vôtre avec les flèches</translation>
    </message>
    <message>
        <source>&amp;Your nationality:</source>
        <translation>&amp;Votre nationalité&#xa0;:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Every country; NATO member states are marked as such</source>
        <translation>Tous les pays&#xa0;; les États membres de l&apos;OTAN sont signalés comme tels</translation>
    </message>
    <message>
        <source>If you have more than one nationality, choose the one that lets you apply.</source>
        <translation>Si vous avez plusieurs nationalités, choisissez celle qui vous permet de postuler.</translation>
    </message>
    <message>
        <source>{country} — open to this post</source>
        <translation>{country} — admis pour ce poste</translation>
    </message>
    <message>
        <source>{country} — NATO member</source>
        <translation>{country} — membre de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Chosen: {country}</source>
        <translation>Choix&#xa0;: {country}</translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Aucun pays choisi pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>NewRequirementDialog</name>
    <message>
        <source>Add a requirement</source>
        <translation>Ajouter une exigence</translation>
    </message>
    <message>
        <source>Copy the requirement&apos;s words from the notice. It is added as a statement the candidate confirms; choose its kind afterwards if it asks for a degree, years of experience, a language or a licence.</source>
        <translation>Copiez les termes de l&apos;exigence depuis l&apos;avis. Elle est ajoutée comme une déclaration que la candidate ou le candidat confirme&#xa0;; choisissez ensuite son type si elle demande un diplôme, des années d&apos;expérience, une langue ou un permis.</translation>
    </message>
    <message>
        <source>&amp;Essential requirement</source>
        <translation>Acquis &amp;essentiel</translation>
    </message>
    <message>
        <source>De&amp;sirable qualification</source>
        <translation>Acquis &amp;souhaitable</translation>
    </message>
    <message>
        <source>The notice has &amp;no French: use the English words</source>
        <translation>L&apos;avis n&apos;a pas de texte &amp;français&#xa0;: reprendre les termes anglais</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>Termes anglais</translation>
    </message>
    <message>
        <source>The requirement in English</source>
        <translation>L&apos;exigence en anglais</translation>
    </message>
    <message>
        <source>French words</source>
        <translation>Termes français</translation>
    </message>
    <message>
        <source>The requirement in French</source>
        <translation>L&apos;exigence en français</translation>
    </message>
    <message>
        <source>Eng&amp;lish:</source>
        <translation>&amp;Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rench:</source>
        <translation>F&amp;rançais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NoticeImport</name>
    <message>
        <source>Vacancy files (*.toml)</source>
        <translation>Fichiers d&apos;avis de vacance (*.toml)</translation>
    </message>
    <message>
        <source>The notice “{name}” could not be imported:</source>
        <translation>L&apos;avis «&#xa0;{name}&#xa0;» n&apos;a pas pu être importé&#xa0;:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Reading the notice “{name}”…</source>
        <translation>Lecture de l’avis «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import notice</source>
        <translation>Importer un avis</translation>
    </message>
</context>
<context>
    <name>NoticeImports</name>
    <message>
        <source>&amp;Import notice…</source>
        <translation>&amp;Importer un avis…</translation>
    </message>
    <message>
        <source>Make a draft vacancy from a NATO vacancy notice ({formats})</source>
        <translation>Crée un brouillon d’avis à partir d’un avis de vacance de l’OTAN ({formats})</translation>
    </message>
    <message>
        <source>&amp;Paste the notice text…</source>
        <translation>&amp;Coller le texte de l’avis…</translation>
    </message>
    <message>
        <source>Make a draft vacancy from a notice&apos;s text copied from a web page</source>
        <translation>Crée un brouillon d’avis à partir du texte d’un avis copié depuis une page web</translation>
    </message>
    <message>
        <source>Import vacancy notice</source>
        <translation>Importer un avis de vacance</translation>
    </message>
    <message>
        <source>Vacancy notices ({patterns});;All files (*)</source>
        <translation>Avis de vacance ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
</context>
<context>
    <name>OfficialLanguagesEditor</name>
    <message>
        <source>One level in one language, another in the other</source>
        <translation>Un niveau dans une langue, un autre dans l&apos;autre</translation>
    </message>
    <message>
        <source>The same level in both</source>
        <translation>Le même niveau dans les deux</translation>
    </message>
    <message>
        <source>A level for each language</source>
        <translation>Un niveau pour chaque langue</translation>
    </message>
    <message>
        <source>Language requirement mode</source>
        <translation>Forme de l&apos;exigence linguistique</translation>
    </message>
    <message>
        <source>How the notice states the English and French levels</source>
        <translation>La façon dont l&apos;avis indique les niveaux d&apos;anglais et de français</translation>
    </message>
    <message>
        <source>Level in &amp;one language:</source>
        <translation>Niveau dans l&apos;&amp;une des langues&#xa0;:</translation>
    </message>
    <message>
        <source>Level in the o&amp;ther:</source>
        <translation>Niveau dans l&apos;aut&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Level in &amp;both:</source>
        <translation>Niveau dans les &amp;deux&#xa0;:</translation>
    </message>
    <message>
        <source>Eng&amp;lish level:</source>
        <translation>Niveau d&apos;an&amp;glais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French level:</source>
        <translation>Niveau de f&amp;rançais&#xa0;:</translation>
    </message>
    <message>
        <source>Level in one language</source>
        <translation>Niveau dans l&apos;une des langues</translation>
    </message>
    <message>
        <source>Level in the other language</source>
        <translation>Niveau dans l&apos;autre langue</translation>
    </message>
    <message>
        <source>Level in both languages</source>
        <translation>Niveau dans les deux langues</translation>
    </message>
    <message>
        <source>English level</source>
        <translation>Niveau d&apos;anglais</translation>
    </message>
    <message>
        <source>French level</source>
        <translation>Niveau de français</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Minimum level on NATO&apos;s scale from I to VI</source>
        <translation>Niveau minimum sur l&apos;échelle de l&apos;OTAN, de I à VI</translation>
    </message>
</context>
<context>
    <name>OpenProfileDialog</name>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Tapez une partie d&apos;un nom</translation>
    </message>
    <message>
        <source>Shows only the profiles whose name contains what is typed here</source>
        <translation>N&apos;affiche que les profils dont le nom contient ce qui est tapé ici</translation>
    </message>
    <message>
        <source>Stored profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Every profile saved on this computer; files that cannot be read are listed with the reason</source>
        <translation>Tous les profils enregistrés sur cet ordinateur&#xa0;; les fichiers illisibles sont listés avec la raison</translation>
    </message>
    <message>
        <source>Profiles are kept in {folder}</source>
        <translation>Les profils sont conservés dans {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Makes the selected profile the current one</source>
        <translation>Fait du profil sélectionné le profil en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without opening a profile</source>
        <translation>Ferme sans ouvrir de profil</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Deletes the selected profile file for good, after asking</source>
        <translation>Supprime définitivement le fichier de profil sélectionné, après confirmation</translation>
    </message>
    <message>
        <source>{name} (changed {date})</source>
        <translation>{name} (modifié le {date})</translation>
    </message>
    <message>
        <source>{profile} — open now</source>
        <translation>{profile} — ouvert</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({problem})</source>
        <translation>{file}&#xa0;: ouverture impossible ({problem})</translation>
    </message>
    <message>
        <source>The profiles folder cannot be read, so no profile in it can be opened.
{problems}</source>
        <translation>Le dossier des profils ne peut pas être lu&#xa0;: aucun de ses profils ne peut être ouvert.
{problems}</translation>
    </message>
    <message>
        <source>This file was left as it is. Rename it as said below to open it.
{problems}</source>
        <translation>Ce fichier a été laissé tel quel. Renommez-le comme indiqué ci-dessous pour l’ouvrir.
{problems}</translation>
    </message>
    <message>
        <source>This file was left as it is. You can repair it in a text editor, or delete it.
{problems}</source>
        <translation>Ce fichier a été laissé tel quel. Vous pouvez le réparer dans un éditeur de texte, ou le supprimer.
{problems}</translation>
    </message>
    <message>
        <source>Delete profile file</source>
        <translation>Supprimer le fichier de profil</translation>
    </message>
    <message>
        <source>Delete {file} for good? This cannot be undone.</source>
        <translation>Supprimer définitivement {file}&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Find a profile:</source>
        <translation>&amp;Chercher un profil&#xa0;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Desirable</source>
        <translation>Souhaitables</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>{met}/{total}</source>
        <translation>{met}/{total}</translation>
    </message>
    <message>
        <source>Not met: {requirement}</source>
        <translation>Non rempli&#xa0;: {requirement}</translation>
    </message>
    <message>
        <source>Not met: {requirement} (+{count} more)</source>
        <translation>Non rempli&#xa0;: {requirement} (+{count} autres)</translation>
    </message>
    <message>
        <source>The draft does not list the notice&apos;s requirements yet</source>
        <translation>Le brouillon ne reprend pas encore les exigences de l&apos;avis</translation>
    </message>
    <message>
        <source>Open questions: {count}</source>
        <translation>Questions en suspens&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Every essential requirement met</source>
        <translation>Tous les acquis essentiels sont remplis</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Open and eligible</source>
        <translation>Ouvert et admissible</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <translation>Impossible de conclure</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Shows all vacancies, or only those with the chosen result</source>
        <translation>Affiche tous les avis de vacance, ou seulement ceux qui ont le résultat choisi</translation>
    </message>
    <message>
        <source>Your result for every vacancy</source>
        <translation>Votre résultat pour chaque avis de vacance</translation>
    </message>
    <message>
        <source>For each vacancy: your result, the first requirement not met or the number of open questions, desirable qualifications met, and the deadline; press Enter to see the summary or answer the open questions</source>
        <translation>Pour chaque avis de vacance&#xa0;: votre résultat, la première exigence non remplie ou le nombre de questions en suspens, les acquis souhaitables remplis et la date limite&#xa0;; appuyez sur Entrée pour voir le récapitulatif ou répondre aux questions en suspens</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}. Eligible: {eligible}.</source>
        <translation>Affichés&#xa0;: {shown} sur {total}. Postes où vous êtes admissible&#xa0;: {eligible}.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affiche&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Fil&amp;trer&#xa0;:</translation>
    </message>
    <message>
        <source>Reference, title or words of a result</source>
        <translation>Référence, intitulé ou mots d&apos;un résultat</translation>
    </message>
    <message>
        <source>Find vacancies</source>
        <translation>Filtrer les avis de vacance</translation>
    </message>
    <message>
        <source>Shows only the vacancies whose reference, title, result or reason contain every word typed here</source>
        <translation>N&apos;affiche que les avis de vacance dont la référence, l&apos;intitulé, le résultat ou le motif contiennent tous les mots saisis ici</translation>
    </message>
</context>
<context>
    <name>PackDialogs</name>
    <message>
        <source>Import vacancy pack</source>
        <translation>Importer un lot d&apos;avis</translation>
    </message>
    <message>
        <source>You already have {file} (vacancy {reference}), and the pack&apos;s copy is different.

Replace your file with the pack&apos;s?</source>
        <translation>Vous avez déjà {file} (avis {reference}), et la copie du lot est différente.

Remplacer votre fichier par celui du lot&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace your file</source>
        <translation>&amp;Remplacer votre fichier</translation>
    </message>
    <message>
        <source>&amp;Same answer for the other files</source>
        <translation>&amp;Même réponse pour les autres fichiers</translation>
    </message>
    <message>
        <source>Export vacancy pack</source>
        <translation>Exporter un lot d&apos;avis</translation>
    </message>
    <message>
        <source>Vacancy packs (*.zip)</source>
        <translation>Lots d&apos;avis (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be written: {error}</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Added: {files}</source>
        <translation>Ajoutés&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Replaced: {files}</source>
        <translation>Remplacés&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Already there, unchanged: {files}</source>
        <translation>Déjà présents, inchangés&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Kept yours: {files}</source>
        <translation>Vos fichiers gardés&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>Ignorés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>The pack holds no vacancy.</source>
        <translation>Le lot ne contient aucun avis.</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export vacancy pack</source>
        <translation>Exporter un lot d&apos;avis</translation>
    </message>
    <message>
        <source>Tick the vacancies to share. Their files go into one .zip pack with a list of references, titles, deadlines and draft marks.</source>
        <translation>Cochez les avis à partager. Leurs fichiers vont dans un seul lot .zip, avec la liste des références, titres, dates limites et mentions de brouillon.</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <source>Vacancies to pack</source>
        <translation>Avis à mettre dans le lot</translation>
    </message>
    <message>
        <source>Press Space to tick or untick the selected vacancy</source>
        <translation>Appuyez sur Espace pour cocher ou décocher l&apos;avis choisi</translation>
    </message>
</context>
<context>
    <name>PagePlan</name>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Fitness and firearms</source>
        <translation>Aptitude physique et armes à feu</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Other essential requirements</source>
        <translation>Autres acquis essentiels</translation>
    </message>
    <message>
        <source>Desirable qualifications</source>
        <translation>Acquis souhaitables</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Commencer un nouveau profil, vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a profile saved earlier</source>
        <translation>Ouvrir un profil enregistré auparavant</translation>
    </message>
    <message>
        <source>&amp;My profile…</source>
        <translation>&amp;Mon profil…</translation>
    </message>
    <message>
        <source>Nationality, education, languages and driving licence, in one place</source>
        <translation>Nationalité, formation, langues et permis de conduire, au même endroit</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy of this profile under another name</source>
        <translation>Enregistrer une copie de ce profil sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Give this profile another name</source>
        <translation>Donner un autre nom à ce profil</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Delete this profile for good</source>
        <translation>Supprimer définitivement ce profil</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>&amp;Importer un fichier de profil…</translation>
    </message>
    <message>
        <source>Add a profile file received from someone, or from another computer</source>
        <translation>Ajouter un fichier de profil reçu de quelqu&apos;un, ou venant d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Export profile file…</source>
        <translation>&amp;Exporter un fichier de profil…</translation>
    </message>
    <message>
        <source>Save this profile as a file, to keep or to send</source>
        <translation>Enregistrer ce profil dans un fichier, pour le conserver ou l&apos;envoyer</translation>
    </message>
    <message>
        <source>&amp;Batch screening…</source>
        <translation>Évaluation par &amp;lots…</translation>
    </message>
    <message>
        <source>Screen a folder of profiles against every vacancy, to a spreadsheet</source>
        <translation>Évaluer un dossier de profils au regard de chaque avis de vacance, dans un tableur</translation>
    </message>
    <message>
        <source>Delete a&amp;ll my data…</source>
        <translation>Supprimer &amp;toutes mes données…</translation>
    </message>
    <message>
        <source>Remove every profile and setting Screener has stored</source>
        <translation>Supprimer tous les profils et paramètres enregistrés par Screener</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the new profile (for example the candidate&apos;s):</source>
        <translation>Nom du nouveau profil (par exemple celui du candidat ou de la candidate)&#xa0;:</translation>
    </message>
    <message>
        <source>New profile: {name}.</source>
        <translation>Nouveau profil&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Profile opened: {name}.</source>
        <translation>Profil ouvert&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Enregistrer le profil sous</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Saved as {name}; you are now working on this copy.</source>
        <translation>Enregistré sous {name}&#xa0;; vous travaillez maintenant sur cette copie.</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile renamed: {name}.</source>
        <translation>Profil renommé&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile deleted. A new, empty profile was started.</source>
        <translation>Profil supprimé. Un nouveau profil, vide, a été commencé.</translation>
    </message>
    <message>
        <source>Import profile file</source>
        <translation>Importer un fichier de profil</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>Fichiers de profil (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile imported: {name}.</source>
        <translation>Profil importé&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Export profile file</source>
        <translation>Exporter un fichier de profil</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>Fichiers de profil (*.json)</translation>
    </message>
    <message>
        <source>Profile exported to {file}.</source>
        <translation>Profil exporté dans {file}.</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>This deletes for good, from the folder {folder}:
• every profile ({count}), with all its answers, in {profiles}
• Screener&apos;s settings (language, last profile, where a screening stopped)
• the vacancy files you added, in {vacancies}
• Screener&apos;s cache of checked vacancy files, in {cache}

The vacancies that come with Screener are not affected. Files you exported or saved elsewhere are not touched. This cannot be undone.</source>
        <translation>Cette action supprime définitivement, du dossier {folder}&#xa0;:
• tous les profils ({count}), avec toutes leurs réponses, dans {profiles}
• les paramètres de Screener (langue, dernier profil, endroit où une évaluation s&apos;est arrêtée)
• les fichiers d&apos;avis de vacance que vous avez ajoutés, dans {vacancies}
• le cache des fichiers d&apos;avis de vacance déjà vérifiés, dans {cache}

Les avis de vacance fournis avec Screener ne sont pas concernés. Les fichiers que vous avez exportés ou enregistrés ailleurs ne sont pas touchés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not everything could be deleted from {folder}: {error}</source>
        <translation>Tout n&apos;a pas pu être supprimé de {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Your data was deleted from {folder}.
Screener goes on with a new, empty profile.</source>
        <translation>Vos données ont été supprimées de {folder}.
Screener continue avec un nouveau profil, vide.</translation>
    </message>
</context>
<context>
    <name>ProfileFactsPanel</name>
    <message>
        <source>From your profile</source>
        <translation>D&apos;après votre profil</translation>
    </message>
    <message>
        <source>Already answered for an earlier vacancy, so not asked again. Edit one to check or change it.</source>
        <translation>Déjà répondu pour un avis de vacance précédent, donc pas redemandé. Modifiez une réponse pour la vérifier ou la changer.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit {step}</source>
        <translation>Modifier&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Shows the question again, so you can check or change your answer</source>
        <translation>Affiche de nouveau la question, pour vérifier ou changer votre réponse</translation>
    </message>
    <message>
        <source>{step}: {answer}</source>
        <translation>{step}&#xa0;: {answer}</translation>
    </message>
</context>
<context>
    <name>ProfileFeatures</name>
    <message>
        <source>&amp;Vacancies</source>
        <translation>&amp;Avis de vacance</translation>
    </message>
    <message>
        <source>&amp;All at a glance</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Your result for every vacancy, with this profile</source>
        <translation>Votre résultat pour chaque avis de vacance, avec ce profil</translation>
    </message>
    <message>
        <source>Scroll tabs</source>
        <translation>Faire défiler les onglets</translation>
    </message>
    <message>
        <source>Shows the tabs out of view</source>
        <translation>Affiche les onglets masqués</translation>
    </message>
    <message>
        <source>{profile} — NATO vacancies</source>
        <translation>{profile} — Avis de vacance de l&apos;OTAN</translation>
    </message>
    <message>
        <source>Your answers could not be saved: {problem}</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The settings file could not be read; it was kept as {file} and the default settings are used.</source>
        <translation>Le fichier de paramètres était illisible&#xa0;; il a été conservé sous {file} et les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Your last profile could not be opened ({file}); it was left as it is. A new profile was started.</source>
        <translation>Votre dernier profil n&apos;a pas pu être ouvert ({file})&#xa0;; il a été laissé tel quel. Un nouveau profil a été commencé.</translation>
    </message>
    <message>
        <source>Profile could not be opened</source>
        <translation>Impossible d&apos;ouvrir le profil</translation>
    </message>
    <message>
        <source>Your last profile could not be opened:
{file}

{details}

The file was left exactly as it is: nothing was overwritten. Screener started a new, empty profile. You can repair the file in a text editor, or delete it from Profile › Open….</source>
        <translation>Votre dernier profil n&apos;a pas pu être ouvert&#xa0;:
{file}

{details}

Le fichier a été laissé exactement tel quel&#xa0;: rien n&apos;a été écrasé. Screener a commencé un nouveau profil, vide. Vous pouvez réparer le fichier dans un éditeur de texte, ou le supprimer depuis Profil › Ouvrir….</translation>
    </message>
</context>
<context>
    <name>ProfileKeeper</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>was changed by another Screener window or another program since this window opened it; your latest answers were not written over it</source>
        <translation>a été modifié par une autre fenêtre de Screener ou un autre programme depuis son ouverture dans cette fenêtre&#xa0;; vos dernières réponses n&apos;ont pas été écrites par-dessus</translation>
    </message>
    <message>
        <source>Settings could not be saved: {error}</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ProfilePrompts</name>
    <message>
        <source>Delete the profile “{name}” and every answer in it, for good?</source>
        <translation>Supprimer définitivement le profil «&#xa0;{name}&#xa0;» et toutes ses réponses&#xa0;?</translation>
    </message>
    <message>
        <source>The file {file} will be deleted.</source>
        <translation>Le fichier {file} sera supprimé.</translation>
    </message>
    <message>
        <source>Your latest answers are not saved:
{problem}

Save them to another file before closing, or close without them?</source>
        <translation>Vos dernières réponses ne sont pas enregistrées&#xa0;:
{problem}

Les enregistrer dans un autre fichier avant de fermer, ou fermer sans elles&#xa0;?</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save to another file…</source>
        <translation>&amp;Enregistrer dans un autre fichier…</translation>
    </message>
    <message>
        <source>Close &amp;without them</source>
        <translation>Fermer &amp;sans elles</translation>
    </message>
    <message>
        <source>{file} is one of Screener&apos;s own files (a profile, a vacancy or the settings) and is not replaced. Choose another name or folder.</source>
        <translation>{file} est l&apos;un des fichiers de Screener (un profil, un avis de vacance ou les réglages)&#xa0;: il n&apos;est pas remplacé. Choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}. Do you want to replace it?</source>
        <translation>{file} existe déjà dans {folder}. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Each essential and desirable requirement read from the notice; the selected one is shown beside the list</source>
        <translation>Chaque acquis essentiel et souhaitable lu dans l&apos;avis&#xa0;; celui qui est sélectionné s&apos;affiche à côté de la liste</translation>
    </message>
    <message>
        <source>Requirements in the &amp;notice:</source>
        <translation>Exigences de l&apos;&amp;avis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a requirement…</source>
        <translation>A&amp;jouter une exigence…</translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation>Ajouter une exigence</translation>
    </message>
    <message>
        <source>Adds a requirement of the notice that was not read, in its own words</source>
        <translation>Ajoute une exigence de l&apos;avis qui n&apos;a pas été lue, dans ses propres termes</translation>
    </message>
    <message>
        <source>&amp;Delete requirement</source>
        <translation>&amp;Supprimer l&apos;exigence</translation>
    </message>
    <message>
        <source>Delete requirement</source>
        <translation>Supprimer l&apos;exigence</translation>
    </message>
    <message>
        <source>Removes the selected requirement: for text read as one that asks nothing</source>
        <translation>Retire l&apos;exigence sélectionnée&#xa0;: pour un texte lu comme une exigence alors qu&apos;il ne demande rien</translation>
    </message>
    <message>
        <source>Essential requirement {number}</source>
        <translation>Acquis essentiel {number}</translation>
    </message>
    <message>
        <source>Desirable qualification {number}</source>
        <translation>Acquis souhaitable {number}</translation>
    </message>
    <message>
        <source>E{number}</source>
        <translation>E{number}</translation>
    </message>
    <message>
        <source>D{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <source>{kind}, to review</source>
        <translation>{kind}, à vérifier</translation>
    </message>
    <message>
        <source>{prefix} · {kind} · {text}</source>
        <translation>{prefix} · {kind} · {text}</translation>
    </message>
    <message>
        <source>Delete requirement?</source>
        <translation>Supprimer l&apos;exigence&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this requirement from the draft?

{words}</source>
        <translation>Supprimer cette exigence du brouillon&#xa0;?

{words}</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume screening</source>
        <translation>Reprendre l&apos;évaluation</translation>
    </message>
    <message>
        <source>Opens the questions again where you stopped</source>
        <translation>Rouvre les questions là où vous vous étiez arrêté(e)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Hides this message; the answers you gave are kept</source>
        <translation>Masque ce message&#xa0;; vos réponses sont conservées</translation>
    </message>
    <message>
        <source>You stopped screening yourself for {reference} ({title}) at: {step}. Your answers so far are saved.</source>
        <translation>Vous avez interrompu votre auto-évaluation pour {reference} ({title}) à l&apos;étape&#xa0;: {step}. Vos réponses jusqu&apos;ici sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>ReviewItemsList</name>
    <message>
        <source>Items to review</source>
        <translation>Points à vérifier</translation>
    </message>
    <message>
        <source>What the importer could not settle; press Space to tick an item off once checked, Enter to go to the requirement or field it is about</source>
        <translation>Ce que l&apos;importation n&apos;a pas pu trancher&#xa0;; appuyez sur Espace pour cocher un point une fois vérifié, sur Entrée pour aller à l&apos;exigence ou au champ concerné</translation>
    </message>
    <message>
        <source>Items to re&amp;view ({count}); tick each off once checked:</source>
        <translation>Points à &amp;vérifier ({count})&#xa0;; cochez chacun une fois vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>Items to review: none left; still compare with the notice.</source>
        <translation>Points à vérifier&#xa0;: il n&apos;en reste aucun&#xa0;; comparez tout de même avec l&apos;avis.</translation>
    </message>
    <message>
        <source>Items to review: nothing was flagged; still compare with the notice.</source>
        <translation>Points à vérifier&#xa0;: aucun point signalé&#xa0;; comparez tout de même avec l&apos;avis.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Requirement “{requirement}”</source>
        <translation>Exigence «&#xa0;{requirement}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Your answers could not be saved:
{problem}

They are kept in this window, and Screener keeps trying. You can also save them to another file from the bar at the top of the main window.</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;:
{problem}

Elles sont conservées dans cette fenêtre, et Screener réessaie. Vous pouvez aussi les enregistrer dans un autre fichier depuis la barre en haut de la fenêtre principale.</translation>
    </message>
    <message>
        <source>Profile changed elsewhere</source>
        <translation>Profil modifié ailleurs</translation>
    </message>
    <message>
        <source>{problem}.

This happens when the same profile is open in two Screener windows. Your answers are kept in this window: choose in the bar at the top of the main window whether to keep yours, load the other version, or save yours to another file.</source>
        <translation>{problem}.

Cela arrive quand le même profil est ouvert dans deux fenêtres de Screener. Vos réponses sont conservées dans cette fenêtre&#xa0;: choisissez dans la barre en haut de la fenêtre principale de garder les vôtres, de charger l&apos;autre version ou d&apos;enregistrer les vôtres dans un autre fichier.</translation>
    </message>
    <message>
        <source>Profile open in another window</source>
        <translation>Profil ouvert dans une autre fenêtre</translation>
    </message>
    <message>
        <source>This profile is also open in another Screener window (process {process}). Answers given in both are not merged: before each save Screener checks whether the other window changed the file, and if so asks you which answers to keep.</source>
        <translation>Ce profil est aussi ouvert dans une autre fenêtre de Screener (processus {process}). Les réponses données dans les deux ne sont pas fusionnées&#xa0;: avant chaque enregistrement, Screener vérifie si l&apos;autre fenêtre a modifié le fichier et, si oui, vous demande quelles réponses garder.</translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation>Vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation>Charger l&apos;autre version</translation>
    </message>
    <message>
        <source>Save answers to another file</source>
        <translation>Enregistrer les réponses dans un autre fichier</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>Fichiers de profil (*.json)</translation>
    </message>
    <message>
        <source>Your answers were saved to {file}.</source>
        <translation>Vos réponses ont été enregistrées dans {file}.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Save to another &amp;file…</source>
        <translation>Enregistrer dans un autre &amp;fichier…</translation>
    </message>
    <message>
        <source>Writes your answers to a file you choose, such as a USB stick</source>
        <translation>Écrit vos réponses dans un fichier de votre choix, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Tries to save now instead of waiting for the next attempt</source>
        <translation>Tente d&apos;enregistrer maintenant sans attendre la prochaine tentative</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Writes the answers in this window over the other version</source>
        <translation>Écrit les réponses de cette fenêtre à la place de l&apos;autre version</translation>
    </message>
    <message>
        <source>&amp;Load the other version</source>
        <translation>&amp;Charger l&apos;autre version</translation>
    </message>
    <message>
        <source>Discards this window&apos;s unsaved answers and loads the file as it is now</source>
        <translation>Abandonne les réponses non enregistrées de cette fenêtre et charge le fichier tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>{problem}
Choose which answers to keep; nothing is written until you do.</source>
        <translation>{problem}
Choisissez les réponses à garder&#xa0;; rien n&apos;est écrit avant votre choix.</translation>
    </message>
    <message>
        <source>Your answers could not be saved: {problem}
They are kept in this window and Screener keeps trying every few seconds.</source>
        <translation>Vos réponses n&apos;ont pas pu être enregistrées&#xa0;: {problem}
Elles sont conservées dans cette fenêtre et Screener réessaie toutes les quelques secondes.</translation>
    </message>
</context>
<context>
    <name>ScreeningWizard</name>
    <message>
        <source>Check my eligibility: {reference}</source>
        <translation>Vérifier mon admissibilité&#xa0;: {reference}</translation>
    </message>
    <message>
        <source>Back to &amp;summary</source>
        <translation>Retour au &amp;récapitulatif</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Shows Screener in English, keeping your answers</source>
        <translation>Affiche Screener en anglais, sans perdre vos réponses</translation>
    </message>
    <message>
        <source>Shows Screener in French, keeping your answers</source>
        <translation>Affiche Screener en français, sans perdre vos réponses</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translation>Étape {number} sur {total}&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything in Screener works from the keyboard. Tab moves between controls, Enter does a window&apos;s main action, Escape closes it (in a search box, it first clears what was typed), and an underlined letter with Alt reaches a control or a menu.</source>
        <translation>Tout Screener s&apos;utilise au clavier. Tab passe d&apos;une commande à l&apos;autre, Entrée effectue l&apos;action principale d&apos;une fenêtre, Échap la ferme (dans une zone de recherche, Échap efface d&apos;abord ce qui a été saisi), et Alt avec une lettre soulignée atteint une commande ou un menu.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Each command that has a shortcut, and its keys</source>
        <translation>Chaque commande qui a un raccourci, et ses touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Ferme cette fenêtre</translation>
    </message>
</context>
<context>
    <name>SlpFields</name>
    <message>
        <source>{skill} in {language} (SLP)</source>
        <translation>{skill} en {language} (SLP)</translation>
    </message>
    <message>
        <source>The STANAG 6001 level the notice asks for in this skill, 0 to 5; a plus level is above its level</source>
        <translation>Le niveau STANAG 6001 que l&apos;avis demande dans cette compétence, de 0 à 5&#xa0;; un niveau «&#xa0;plus&#xa0;» est au-dessus de son niveau</translation>
    </message>
    <message>
        <source>Your STANAG 6001 level in this skill, 0 to 5; a plus level is above its level</source>
        <translation>Votre niveau STANAG 6001 dans cette compétence, de 0 à 5&#xa0;; un niveau «&#xa0;plus&#xa0;» est au-dessus de son niveau</translation>
    </message>
    <message>
        <source>I have no SLP in this language</source>
        <translation>Je n&apos;ai pas de SLP dans cette langue</translation>
    </message>
    <message>
        <source>I have no SLP in {language}</source>
        <translation>Je n&apos;ai pas de SLP en {language}</translation>
    </message>
    <message>
        <source>You hold no STANAG 6001 profile in this language</source>
        <translation>Vous n&apos;avez pas de profil STANAG 6001 dans cette langue</translation>
    </message>
</context>
<context>
    <name>SortableTable</name>
    <message>
        <source>Sorted by {column}, descending.</source>
        <translation>Trié par {column}, ordre décroissant.</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending.</source>
        <translation>Trié par {column}, ordre croissant.</translation>
    </message>
    <message>
        <source>{column} (descending)</source>
        <translation>{column} (décroissant)</translation>
    </message>
    <message>
        <source>{column} (ascending)</source>
        <translation>{column} (croissant)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Your answer and why</source>
        <translation>Votre réponse et l&apos;explication</translation>
    </message>
    <message>
        <source>{answer}. {reason}</source>
        <translation>{answer}. {reason}</translation>
    </message>
    <message>
        <source>Self-screening record</source>
        <translation>Relevé d&apos;auto-évaluation</translation>
    </message>
</context>
<context>
    <name>SummaryGroup</name>
    <message>
        <source>Expanded: press Space to hide these requirements</source>
        <translation>Déplié&#xa0;: appuyez sur Espace pour masquer ces exigences</translation>
    </message>
    <message>
        <source>Collapsed: press Space to show these requirements</source>
        <translation>Replié&#xa0;: appuyez sur Espace pour afficher ces exigences</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your result, requirement by requirement.</source>
        <translation>Votre résultat, exigence par exigence.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Saves this summary as a PDF file</source>
        <translation>Enregistre ce récapitulatif dans un fichier PDF</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Saves this summary as a web page</source>
        <translation>Enregistre ce récapitulatif sous forme de page web</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <source>Saves this summary as data (JSON)</source>
        <translation>Enregistre ce récapitulatif sous forme de données (JSON)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Prints this summary</source>
        <translation>Imprime ce récapitulatif</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Shows how the printout will look</source>
        <translation>Montre à quoi ressemblera l&apos;impression</translation>
    </message>
    <message>
        <source>Cop&amp;y as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copies this summary to the clipboard</source>
        <translation>Copie ce récapitulatif dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>Other ways to keep this summary: web page, data (JSON), print preview</source>
        <translation>Autres façons de conserver ce résumé&#xa0;: page web, données (JSON), aperçu avant impression</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>Enregistrer en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Le récapitulatif est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>VacancyDetails</name>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>NATO body:</source>
        <translation>Organisme de l&apos;OTAN&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu d&apos;affectation&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Temps de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade&#xa0;:</translation>
    </message>
    <message>
        <source>Salary:</source>
        <translation>Salaire&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Security clearance:</source>
        <translation>Habilitation de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>The essential and desirable requirements of the selected vacancy</source>
        <translation>Les acquis essentiels et souhaitables du poste sélectionné</translation>
    </message>
    <message>
        <source>Select a vacancy to see its requirements.</source>
        <translation>Sélectionnez un avis de vacance pour voir ses exigences.</translation>
    </message>
    <message>
        <source>Error: this file could not be loaded</source>
        <translation>Erreur&#xa0;: ce fichier n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problèmes constatés&#xa0;:</translation>
    </message>
    <message>
        <source>{grade} (twin-graded: appointment at {lower})</source>
        <translation>{grade} (double grade&#xa0;: nomination au grade {lower})</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>{amount} {currency} per year</source>
        <translation>{amount} {currency} par an</translation>
    </message>
    <message>
        <source>{amount} {currency} per month</source>
        <translation>{amount} {currency} par mois</translation>
    </message>
    <message>
        <source>Essential requirements</source>
        <translation>Acquis essentiels</translation>
    </message>
    <message>
        <source>Desirable (an advantage)</source>
        <translation>Acquis souhaitables (un atout)</translation>
    </message>
</context>
<context>
    <name>VacancyHeader</name>
    <message>
        <source>NATO International Staff (NATO IS)</source>
        <translation>Secrétariat international de l&apos;OTAN (SI OTAN)</translation>
    </message>
    <message>
        <source>NATO International Staff</source>
        <translation>Secrétariat international de l&apos;OTAN</translation>
    </message>
    <message>
        <source>NATO International Military Staff (NATO IMS)</source>
        <translation>État-major militaire international de l&apos;OTAN (EMI OTAN)</translation>
    </message>
    <message>
        <source>Belgium-Brussels</source>
        <translation>Belgique-Bruxelles</translation>
    </message>
    <message>
        <source>Belgium-Mons</source>
        <translation>Belgique-Mons</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>(not found in the notice)</source>
        <translation>(absent de l&apos;avis)</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>Vie&amp;w</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Type words to show only the matching vacancies</source>
        <translation>Saisissez des mots pour n&apos;afficher que les avis de vacance correspondants</translation>
    </message>
    <message>
        <source>Widen the &amp;list</source>
        <translation>Élargir la &amp;liste</translation>
    </message>
    <message>
        <source>Give the list of vacancies more of the window&apos;s width</source>
        <translation>Donner à la liste des avis plus de place dans la fenêtre</translation>
    </message>
    <message>
        <source>Widen the &amp;details</source>
        <translation>Élargir les &amp;détails</translation>
    </message>
    <message>
        <source>Give the vacancy&apos;s details more of the window&apos;s width</source>
        <translation>Donner aux détails de l&apos;avis plus de place dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Screener</source>
        <translation>Bienvenue dans Screener</translation>
    </message>
    <message>
        <source>The result is an estimate made from your own answers, not a decision: NATO&apos;s recruiters decide who is eligible.</source>
        <translation>Le résultat est une estimation fondée sur vos réponses, pas une décision&#xa0;: ce sont les recruteurs de l&apos;OTAN qui décident qui est admissible.</translation>
    </message>
    <message>
        <source>Screener checks, before you apply, whether you meet the requirements of a NATO vacancy. Choose a vacancy in the list and press {check}: it asks only what that vacancy needs.</source>
        <translation>Screener vérifie, avant votre candidature, si vous remplissez les conditions d&apos;un avis de vacance de l&apos;OTAN. Choisissez un avis dans la liste et appuyez sur «&#xa0;{check}&#xa0;»&#xa0;: seules les questions utiles à cet avis vous sont posées.</translation>
    </message>
    <message>
        <source>The vacancies that come with Screener are closed notices, kept for practice and for similar posts. To screen a current vacancy, copy its notice from the careers site that publishes it (NATO, an agency, a headquarters or a job board), or save the page or a PDF of it, and choose {menu_path}.</source>
        <translation>Les avis fournis avec Screener sont clôturés&#xa0;; ils servent d&apos;exercice et de repère pour des postes semblables. Pour évaluer un avis en cours, copiez-le depuis le site qui le publie (l&apos;OTAN, une agence, un quartier général ou un site d&apos;offres d&apos;emploi), ou enregistrez la page ou un PDF, et choisissez {menu_path}.</translation>
    </message>
    <message>
        <source>Nothing you enter leaves this computer: Screener never connects to the network. Your answers are kept in {folder}.</source>
        <translation>Rien de ce que vous saisissez ne quitte cet ordinateur&#xa0;: Screener ne se connecte jamais au réseau. Vos réponses sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>&amp;Import a notice…</source>
        <translation>&amp;Importer un avis…</translation>
    </message>
    <message>
        <source>Import a notice</source>
        <translation>Importer un avis</translation>
    </message>
    <message>
        <source>Makes a draft vacancy from a NATO vacancy notice: pasted text, a text file, a saved web page or a PDF</source>
        <translation>Crée un brouillon d&apos;avis à partir d&apos;un avis de vacance de l&apos;OTAN&#xa0;: texte collé, fichier texte, page web enregistrée ou PDF</translation>
    </message>
    <message>
        <source>&amp;Close welcome</source>
        <translation>Fermer l&apos;acc&amp;ueil</translation>
    </message>
    <message>
        <source>Close welcome</source>
        <translation>Fermer l&apos;accueil</translation>
    </message>
    <message>
        <source>Shows the selected vacancy instead; {menu_path} shows this again</source>
        <translation>Affiche l&apos;avis sélectionné à la place&#xa0;; {menu_path} affiche de nouveau cet accueil</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Does this describe you?</source>
        <translation>Est-ce votre cas&#xa0;?</translation>
    </message>
    <message>
        <source>Do you hold one of these certifications, or an equivalent?</source>
        <translation>Êtes-vous titulaire de l&apos;une de ces certifications, ou d&apos;un équivalent&#xa0;?</translation>
    </message>
    <message>
        <source>Are you in this physical condition, and could you pass this test?</source>
        <translation>Avez-vous cette condition physique, et pourriez-vous réussir cette épreuve&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have this experience with firearms, and could you pass the test?</source>
        <translation>Avez-vous cette expérience des armes à feu, et pourriez-vous réussir l&apos;épreuve&#xa0;?</translation>
    </message>
    <message>
        <source>Can you work like this?</source>
        <translation>Pouvez-vous travailler dans ces conditions&#xa0;?</translation>
    </message>
    <message>
        <source>Is your degree in the field the notice asks for?</source>
        <translation>Votre diplôme relève-t-il du domaine demandé dans l&apos;avis&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Not s&amp;ure</source>
        <translation>P&amp;as sûr(e)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr(e)</translation>
    </message>
</context>
</TS>
