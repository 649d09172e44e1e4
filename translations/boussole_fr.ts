<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddDependencyCommand</name>
    <message>
        <source>Add dependency</source>
        <translation>Ajouter une dépendance</translation>
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
</context>
<context>
    <name>AssessmentExchange</name>
    <message>
        <source>unknown framework "%1"</source>
        <translation>référentiel inconnu « %1 »</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is too large for an assessment export</source>
        <translation>le fichier est trop gros pour un export d’évaluation</translation>
    </message>
    <message>
        <source>not an assessment exported by Boussole</source>
        <translation>pas une évaluation exportée par Boussole</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>le projet est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 has no item "%2"</source>
        <translation>%1 n’a pas d’exigence « %2 »</translation>
    </message>
    <message>
        <source>evidence %1 does not match its SHA-256</source>
        <translation>la preuve %1 ne correspond pas à son SHA-256</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>unknown key "%1" (expected one of: %2)</source>
        <translation>clé inconnue « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>expected a mapping, found %1</source>
        <translation>dictionnaire attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required</source>
        <translation>une date (AAAA-MM-JJ) est requise</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation>date AAAA-MM-JJ attendue, trouvé %1</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>true ou false est requis</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>expected an amount, found %1</source>
        <translation>montant attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an amount such as 0.0859, found %1</source>
        <translation>montant attendu comme 0.0859, trouvé %1</translation>
    </message>
    <message>
        <source>an amount must not be negative</source>
        <translation>un montant ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unknown currency "%1" (expected an ISO 4217 code such as EUR or USD)</source>
        <translation>devise inconnue « %1 » (code ISO 4217 attendu, comme EUR ou USD)</translation>
    </message>
    <message>
        <source>a source (url, date, verified) is required</source>
        <translation>une source (url, date, verified) est requise</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as FR, found %1</source>
        <translation>code pays à deux lettres attendu comme FR, trouvé %1</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>un montant est requis</translation>
    </message>
    <message>
        <source>unknown unit "%1" (expected hour, month, GB-month or GB)</source>
        <translation>unité inconnue « %1 » (hour, month, GB-month ou GB attendu)</translation>
    </message>
    <message>
        <source>a price per %1 does not fit an offer of kind %2</source>
        <translation>un prix par %1 ne convient pas à une offre de type %2</translation>
    </message>
    <message>
        <source>a price converted from a figure including VAT cannot be verified</source>
        <translation>un prix converti depuis un chiffre TTC ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>unknown offer kind "%1" (expected one of: %2)</source>
        <translation>type d’offre inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>region "%1" is not among the provider's regions</source>
        <translation>la région « %1 » ne fait pas partie des régions du fournisseur</translation>
    </message>
    <message>
        <source>expected a GPU count between 1 and 64</source>
        <translation>nombre de GPU attendu entre 1 et 64</translation>
    </message>
    <message>
        <source>a GPU offer needs gpu: {count, model}</source>
        <translation>une offre GPU requiert gpu: {count, model}</translation>
    </message>
    <message>
        <source>only gpu and dedicated-host offers have GPUs</source>
        <translation>seules les offres gpu et dedicated-host ont des GPU</translation>
    </message>
    <message>
        <source>expected x86_64 or arm64, found %1</source>
        <translation>x86_64 ou arm64 attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected dedicated, shared or unknown, found %1</source>
        <translation>dedicated, shared ou unknown attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a managed database offer needs engines (postgresql, mysql…)</source>
        <translation>une offre de base de données gérée requiert engines (postgresql, mysql…)</translation>
    </message>
    <message>
        <source>only managed-database offers have engines</source>
        <translation>seules les offres managed-database ont des moteurs (engines)</translation>
    </message>
    <message>
        <source>to_gb must be above from_gb</source>
        <translation>to_gb doit être supérieur à from_gb</translation>
    </message>
    <message>
        <source>only egress offers have an allowance or a tier</source>
        <translation>seules les offres egress ont une franchise ou un palier</translation>
    </message>
    <message>
        <source>a priced machine needs vcpu and memory_gib</source>
        <translation>une machine avec un prix requiert vcpu et memory_gib</translation>
    </message>
    <message>
        <source>a price of 0 needs a note saying why it is free (an unknown price is left out, never 0)</source>
        <translation>un prix de 0 requiert une note expliquant pourquoi c’est gratuit (un prix inconnu est omis, jamais 0)</translation>
    </message>
    <message>
        <source>an offer without a price needs a note saying why</source>
        <translation>une offre sans prix requiert une note expliquant pourquoi</translation>
    </message>
    <message>
        <source>expires must come after issued</source>
        <translation>expires doit être postérieur à issued</translation>
    </message>
    <message>
        <source>unknown offer kind "%1"</source>
        <translation>type d’offre inconnu « %1 »</translation>
    </message>
    <message>
        <source>hours per month must be between 0 and 744</source>
        <translation>les heures par mois doivent être entre 0 et 744</translation>
    </message>
    <message>
        <source>expected second, minute, hour or month, found %1</source>
        <translation>second, minute, hour ou month attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a provider id is lower-case letters, digits and dashes, found %1</source>
        <translation>un identifiant de fournisseur se compose de minuscules, chiffres et tirets, trouvé %1</translation>
    </message>
    <message>
        <source>expected a list of regions</source>
        <translation>liste de régions attendue</translation>
    </message>
    <message>
        <source>region "%1" is listed twice</source>
        <translation>la région « %1 » est listée deux fois</translation>
    </message>
    <message>
        <source>expected a list of offers, found %1</source>
        <translation>liste d’offres attendue, trouvé %1</translation>
    </message>
    <message>
        <source>offer "%1" appears twice in region "%2"</source>
        <translation>l’offre « %1 » apparaît deux fois dans la région « %2 »</translation>
    </message>
    <message>
        <source>expected a list of certifications, found %1</source>
        <translation>liste de certifications attendue, trouvé %1</translation>
    </message>
    <message>
        <source>no offer or family "%1" in this catalog</source>
        <translation>pas d’offre ni de famille « %1 » dans ce catalogue</translation>
    </message>
    <message>
        <source>expected a list of rates, found %1</source>
        <translation>liste de taux attendue, trouvé %1</translation>
    </message>
    <message>
        <source>a rate converts between two different currencies</source>
        <translation>un taux convertit entre deux devises différentes</translation>
    </message>
    <message>
        <source>a rate must be above 0</source>
        <translation>un taux doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a rate between %1 and %2 is already given</source>
        <translation>un taux entre %1 et %2 est déjà donné</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>expected one YAML document, found several</source>
        <translation>un seul document YAML attendu, plusieurs trouvés</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unsupported catalog schema %1 (this version reads 1)</source>
        <translation>schéma de catalogue %1 non pris en charge (cette version lit le 1)</translation>
    </message>
    <message>
        <source>expected a provider or a rates table</source>
        <translation>un fournisseur ou une table de taux attendu</translation>
    </message>
    <message>
        <source>provider "%1" is defined in another file too</source>
        <translation>le fournisseur « %1 » est aussi défini dans un autre fichier</translation>
    </message>
    <message>
        <source>regions and offers belong to a provider</source>
        <translation>les régions et les offres appartiennent à un fournisseur</translation>
    </message>
    <message>
        <source>no catalog files (*.yaml) in this folder</source>
        <translation>aucun fichier de catalogue (*.yaml) dans ce dossier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>vcpu_overcommit is a ratio of at least 1, on dedicated hosts</source>
        <translation>vcpu_overcommit est un ratio d’au moins 1, pour les hôtes dédiés</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [COMMANDE]</translation>
    </message>
    <message>
        <source>Show help for all commands or for one command</source>
        <translation>Afficher l’aide de toutes les commandes ou d’une seule</translation>
    </message>
    <message>
        <source>Without a command, lists every command. With one, explains it in detail.</source>
        <translation>Sans argument, liste toutes les commandes. Suivi d’une commande, l’explique en détail.</translation>
    </message>
    <message>
        <source>new PROJECT [--name TEXT]</source>
        <translation>new PROJET [--name TEXTE]</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>Creates PROJECT (a .boussole file). Refuses to overwrite an existing file.
--name TEXT   the project's name (default: the file name)</source>
        <translation>Crée PROJET (un fichier .boussole). N’écrase jamais un fichier existant.
--name TEXTE   nom du projet (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <source>demo PROJECT</source>
        <translation>demo PROJET</translation>
    </message>
    <message>
        <source>Create the bundled demo project</source>
        <translation>Créer le projet de démonstration fourni</translation>
    </message>
    <message>
        <source>Creates PROJECT holding the estate of a fictional French mutual health insurer, built from the source files shipped with Boussole and fed through the same importers as your own files.</source>
        <translation>Crée PROJET contenant le parc d’une mutuelle santé française fictive, construit à partir des fichiers source livrés avec Boussole et importé exactement comme vos propres fichiers.</translation>
    </message>
    <message>
        <source>List what the project holds</source>
        <translation>Lister le contenu du projet</translation>
    </message>
    <message>
        <source>screenshot PROJECT --out DIR [--lang fr|en]</source>
        <translation>screenshot PROJET --out DOSSIER [--lang fr|en]</translation>
    </message>
    <message>
        <source>Render every page of the window to PNG files</source>
        <translation>Enregistrer chaque page de la fenêtre sous forme d’image PNG</translation>
    </message>
    <message>
        <source>Opens PROJECT offscreen (no display needed) and writes one image per page to DIR/&lt;page&gt;.png, plus the start page.</source>
        <translation>Ouvre PROJET sans l’afficher (aucun écran requis) et écrit une image par page dans DOSSIER/&lt;page&gt;.png, ainsi qu’une image de la page d’accueil.</translation>
    </message>
    <message>
        <source>Try 'boussole --help' for more information.</source>
        <translation>Saisissez « boussole --help » pour plus d’informations.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>--lang must be fr or en, not "%1"</source>
        <translation>--lang doit valoir fr ou en, et non « %1 »</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not "%1"</source>
        <translation>--format doit valoir table, csv ou json, et non « %1 »</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>Usage: boussole [PROJECT]
       boussole COMMAND [ARGUMENTS] [OPTIONS]

Without a command, opens the window (on PROJECT when given).

Commands:</source>
        <translation>Utilisation : boussole [PROJET]
              boussole COMMANDE [ARGUMENTS] [OPTIONS]

Sans commande, ouvre la fenêtre (sur PROJET s’il est indiqué).

Commandes :</translation>
    </message>
    <message>
        <source>Usage: boussole %1</source>
        <translation>Utilisation : boussole %1</translation>
    </message>
    <message>
        <source>new needs exactly one PROJECT file</source>
        <translation>new attend exactement un fichier PROJET</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Projet créé : %1</translation>
    </message>
    <message>
        <source>demo needs exactly one PROJECT file</source>
        <translation>demo attend exactement un fichier PROJET</translation>
    </message>
    <message>
        <source>Created the demo project %1</source>
        <translation>Projet de démonstration créé : %1</translation>
    </message>
    <message>
        <source>screenshot needs exactly one PROJECT file</source>
        <translation>screenshot attend exactement un fichier PROJET</translation>
    </message>
    <message>
        <source>screenshot needs --out DIR</source>
        <translation>screenshot attend --out DOSSIER</translation>
    </message>
    <message>
        <source>import PROJECT FILE... [--as FORMAT] [--mapping FILE.yaml] [--skip-bad-rows]</source>
        <translation>import PROJET FICHIER... [--as FORMAT] [--mapping FICHIER.yaml] [--skip-bad-rows]</translation>
    </message>
    <message>
        <source>Import inventory files into a project</source>
        <translation>Importer des fichiers d’inventaire dans un projet</translation>
    </message>
    <message>
        <source>Imports each FILE in its own transaction: a file with an error changes nothing. Prints one line per file: FILE: FORMAT, N rows imported, W warnings. A newer export of a source already imported replaces it, keeping the workloads' identities and your edits.
--as FORMAT          auto (default) or one of: %1
--mapping FILE.yaml  column mapping for CSV files (saved from the import wizard)
--skip-bad-rows      import the good rows and report each bad one
--strict             fail when there are warnings

import remove PROJECT IMPORT_ID removes one import and every workload it brought.</source>
        <translation>Importe chaque FICHIER dans sa propre transaction : un fichier en erreur ne modifie rien. Affiche une ligne par fichier, sous la forme FICHIER: FORMAT, N lignes importées, W avertissements. Un export plus récent d’une source déjà importée remplace celle-ci, en conservant l’identité des charges de travail et vos modifications.
--as FORMAT             auto (par défaut) ou l’un des formats suivants : %1
--mapping FICHIER.yaml  correspondance des colonnes pour les fichiers CSV (enregistrée depuis l’assistant d’import)
--skip-bad-rows         importer les lignes valides et signaler chaque ligne incorrecte
--strict                échouer en cas d’avertissement

import remove PROJET ID_IMPORT supprime un import et toutes les charges de travail qu’il a apportées.</translation>
    </message>
    <message>
        <source>option %1 only applies to the import command</source>
        <translation>l’option %1 ne s’applique qu’à la commande import</translation>
    </message>
    <message>
        <source>import remove needs a PROJECT and an IMPORT_ID</source>
        <translation>import remove attend un PROJET et un ID_IMPORT</translation>
    </message>
    <message>
        <source>%1: there is no import %2</source>
        <translation>%1 : l’import %2 n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Removed the import of %1 and its %n workload(s)</source>
        <translation>
            <numerusform>Import de %1 supprimé (%n charge de travail retirée)</numerusform>
            <numerusform>Import de %1 supprimé (%n charges de travail retirées)</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs a PROJECT and at least one FILE</source>
        <translation>import attend un PROJET et au moins un FICHIER</translation>
    </message>
    <message>
        <source>unknown format "%1"; expected auto or one of: %2</source>
        <translation>format « %1 » inconnu ; formats possibles : auto, %2</translation>
    </message>
    <message>
        <source>costs PROJECT [--by DIMENSION] [--from DATE] [--to DATE] [--currency CODE] [--basis billed|effective]</source>
        <translation>costs PROJET [--by DIMENSION] [--from DATE] [--to DATE] [--currency CODE] [--basis billed|effective]</translation>
    </message>
    <message>
        <source>Aggregated spend from the imported bills</source>
        <translation>Dépenses agrégées des factures importées</translation>
    </message>
    <message>
        <source>Show the price catalog in use, with provenance</source>
        <translation>Afficher le catalogue de prix utilisé, avec ses sources</translation>
    </message>
    <message>
        <source>option --provider only applies to the catalog command</source>
        <translation>l’option --provider ne s’applique qu’à la commande catalog</translation>
    </message>
    <message>
        <source>option %1 only applies to the costs command</source>
        <translation>l’option %1 ne s’applique qu’à la commande costs</translation>
    </message>
    <message>
        <source>Global options:
  --lang fr|en             language of messages and output
  --format table|csv|json  output format of commands that print data
  --catalog FILE           price catalog to use: a folder of YAML files or one file
  --strict                 treat warnings as failures
  --version                print the version
  --help                   show this help, or a command's help after its name

Exit codes: 0 success, 1 the work failed, 2 bad usage, 3 a verification found a problem.</source>
        <translation>Options générales :
  --lang fr|en             langue des messages et des sorties
  --format table|csv|json  format de sortie des commandes qui affichent des données
  --catalog FICHIER        catalogue de prix à utiliser : un dossier de fichiers YAML ou un fichier
  --strict                 traiter les avertissements comme des échecs
  --version                afficher la version
  --help                   afficher cette aide, ou celle d’une commande après son nom

Codes de sortie : 0 succès, 1 le travail a échoué, 2 mauvais usage, 3 une vérification a trouvé un problème.</translation>
    </message>
    <message>
        <source>catalog takes no argument, found "%1"</source>
        <translation>catalog ne prend pas d’argument, trouvé « %1 »</translation>
    </message>
    <message>
        <source>your refreshed catalog cannot be read, using the built-in one: %1</source>
        <translation>votre catalogue mis à jour est illisible, le catalogue intégré est utilisé : %1</translation>
    </message>
    <message>
        <source>no provider "%1" in the catalog (known: %2)</source>
        <translation>pas de fournisseur « %1 » dans le catalogue (connus : %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no verified price</source>
        <translation>pas de prix vérifié</translation>
    </message>
    <message>
        <source>Catalog %1, prices as of %2</source>
        <translation>Catalogue %1, prix au %2</translation>
    </message>
    <message>
        <source>costs needs a PROJECT</source>
        <translation>costs attend un PROJET</translation>
    </message>
    <message>
        <source>--by must be service, provider, region, month, account, environment, application, resource, service-category or charge-category, not "%1"</source>
        <translation>--by doit valoir service, provider, region, month, account, environment, application, resource, service-category ou charge-category, pas « %1 »</translation>
    </message>
    <message>
        <source>--basis must be billed or effective, not "%1"</source>
        <translation>--basis doit valoir billed ou effective, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2025-01 or 2025-01-31, not "%2"</source>
        <translation>%1 doit être une date comme 2025-01 ou 2025-01-31, pas « %2 »</translation>
    </message>
    <message>
        <source>--from comes after --to</source>
        <translation>--from est postérieur à --to</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in the catalog; amounts are not converted without one</source>
        <translation>pas de taux de change de %1 vers %2 dans le catalogue ; les montants ne sont pas convertis sans taux</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>note: amounts in %1 currencies are listed separately; use --currency to convert them</source>
        <translation>note : les montants en %1 devises sont listés séparément ; utilisez --currency pour les convertir</translation>
    </message>
    <message>
        <source>converted %1 to %2 with 1 %3 = %4 %5 (rate of %6, %7)</source>
        <translation>%1 converti en %2 avec 1 %3 = %4 %5 (taux du %6, %7)</translation>
    </message>
    <message>
        <source>the project holds no bill lines</source>
        <translation>le projet ne contient aucune ligne de facture</translation>
    </message>
    <message>
        <source>pricebook import PROJECT FILE</source>
        <translation>pricebook import PROJET FICHIER</translation>
    </message>
    <message>
        <source>Store negotiated prices, discounts or quotes in a project</source>
        <translation>Enregistrer des prix négociés, remises ou devis dans un projet</translation>
    </message>
    <message>
        <source>Reads FILE (CSV or YAML) and keeps its entries in PROJECT; the comparison then uses them instead of the catalog's list prices, and labels every figure that comes from them. CSV columns: provider, offer (an offer id, a family or *), region (empty: all), kind (price, quote or discount), price, currency, unit (hour, month, GB-month, GB), discount_percent, reference (such as a quote number), date (required), valid_until, note. Importing a file with the same name again replaces it.</source>
        <translation>Lit FICHIER (CSV ou YAML) et garde ses entrées dans PROJET ; la comparaison les utilise alors à la place des prix publics du catalogue et signale chaque chiffre qui en vient. Colonnes CSV : provider, offer (un identifiant d’offre, une famille ou *), region (vide : toutes), kind (price, quote ou discount), price, currency, unit (hour, month, GB-month, GB), discount_percent, reference (comme un numéro de devis), date (obligatoire), valid_until, note. Importer de nouveau un fichier du même nom le remplace.</translation>
    </message>
    <message>
        <source>usage: pricebook import PROJECT FILE</source>
        <translation>usage : pricebook import PROJET FICHIER</translation>
    </message>
    <message>
        <source>%1:%2: no provider "%3" in the catalog; this entry will not apply</source>
        <translation>%1:%2 : pas de fournisseur « %3 » dans le catalogue ; cette entrée ne s’appliquera pas</translation>
    </message>
    <message>
        <source>not imported: warnings count as errors (--strict)</source>
        <translation>non importé : les avertissements comptent comme des erreurs (--strict)</translation>
    </message>
    <message>
        <source>%1: %2 and %3 stored</source>
        <translation>%1 : %2 et %3 enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n prix</numerusform>
            <numerusform>%n prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discount(s)</source>
        <translation>
            <numerusform>%n remise</numerusform>
            <numerusform>%n remises</numerusform>
        </translation>
    </message>
    <message>
        <source>Size every workload onto every provider and cost it</source>
        <translation>Dimensionner chaque charge de travail chez chaque fournisseur et la chiffrer</translation>
    </message>
    <message>
        <source>option %1 only applies to the compare command</source>
        <translation>l’option %1 ne s’applique qu’à la commande compare</translation>
    </message>
    <message>
        <source>compare needs exactly one PROJECT file</source>
        <translation>compare attend exactement un fichier PROJET</translation>
    </message>
    <message>
        <source>--sizing must be as-is or performance, not "%1"</source>
        <translation>--sizing doit valoir as-is ou performance, pas « %1 »</translation>
    </message>
    <message>
        <source>--regions must be eu, france or any, not "%1"</source>
        <translation>--regions doit valoir eu, france ou any, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown provider "%1"; the catalog has: %2</source>
        <translation>fournisseur inconnu « %1 » ; le catalogue contient : %2</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>charge de travail</translation>
    </message>
    <message>
        <source>%1 EUR</source>
        <translation>%1 EUR</translation>
    </message>
    <message>
        <source>TOTAL per month</source>
        <translation>TOTAL par mois</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message numerus="yes">
        <source>Prices as of %1 (catalog %2). "?": incomplete, a component has no sourced price. Skipped: %n workload(s) (templates, duplicates, powered off).</source>
        <translation>
            <numerusform>Prix au %1 (catalogue %2). « ? » : incomplet, une composante n’a pas de prix sourcé. Écartée : %n charge de travail (modèles, doublons, éteintes).</numerusform>
            <numerusform>Prix au %1 (catalogue %2). « ? » : incomplet, une composante n’a pas de prix sourcé. Écartées : %n charges de travail (modèles, doublons, éteintes).</numerusform>
        </translation>
    </message>
    <message>
        <source>scenario list|show|new|set PROJECT [ID] [--name TEXT] [--file FILE.yaml] [--target] [--from-scenario ID]</source>
        <translation>scenario list|show|new|set PROJET [ID] [--name TEXTE] [--file FICHIER.yaml] [--target] [--from-scenario ID]</translation>
    </message>
    <message>
        <source>Business-case scenarios: placement rules, terms, multi-year cost</source>
        <translation>Scénarios de décision : règles de placement, conditions, coût pluriannuel</translation>
    </message>
    <message>
        <source>option --name only applies to the new and scenario commands</source>
        <translation>l’option --name ne s’applique qu’aux commandes new et scenario</translation>
    </message>
    <message>
        <source>usage: scenario list|show|new|set PROJECT [ID]</source>
        <translation>usage : scenario list|show|new|set PROJET [ID]</translation>
    </message>
    <message>
        <source>unknown scenario action "%1": expected list, show, new or set</source>
        <translation>action de scénario inconnue « %1 » : list, show, new ou set attendu</translation>
    </message>
    <message>
        <source>scenario new needs --name TEXT</source>
        <translation>scenario new attend --name TEXTE</translation>
    </message>
    <message>
        <source>no scenario "%1" in %2</source>
        <translation>pas de scénario « %1 » dans %2</translation>
    </message>
    <message>
        <source>scenario %1 needs a PROJECT and a scenario ID</source>
        <translation>scenario %1 attend un PROJET et un ID de scénario</translation>
    </message>
    <message>
        <source>scenario %1 updated</source>
        <translation>scénario %1 mis à jour</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>trafic sortant</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>today (bills, amortised)</source>
        <translation>aujourd’hui (factures, amorti)</translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1: %n workload(s) placed</source>
        <translation>
            <numerusform>Scénario %1 : %n charge de travail placée</numerusform>
            <numerusform>Scénario %1 : %n charges de travail placées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule</source>
        <translation>
            <numerusform>%n charge de travail placée par aucune règle</numerusform>
            <numerusform>%n charges de travail placées par aucune règle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) with no eligible offer</source>
        <translation>
            <numerusform>%n charge de travail sans offre éligible</numerusform>
            <numerusform>%n charges de travail sans offre éligible</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: no sourced price for %1</source>
        <translation>Incomplet : pas de prix sourcé pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s): one-off %1, saving %2, payback %3</source>
        <translation>
            <numerusform>Sur %n an : coûts ponctuels %1, économie %2, retour sur investissement %3</numerusform>
            <numerusform>Sur %n ans : coûts ponctuels %1, économie %2, retour sur investissement %3</numerusform>
        </translation>
    </message>
    <message>
        <source>in month %1</source>
        <translation>au mois %1</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>pas dans l’horizon</translation>
    </message>
    <message>
        <source>compare PROJECT [--providers a,b] [--sizing as-is|performance] [--regions eu|france|any] [--require CERT] [--scenario ID]</source>
        <translation>compare PROJET [--providers a,b] [--sizing as-is|performance] [--regions eu|france|any] [--require CERT] [--scenario ID]</translation>
    </message>
    <message>
        <source>Matches each workload of PROJECT to the cheapest eligible offer of each provider of the price catalog and prints the monthly cost in EUR, split into compute, storage, egress, licence and platform. A cost with a component that has no sourced price is marked incomplete, never counted as zero. Options override the project's comparison settings for this run only.
--providers a,b      provider ids (default: the project's, else all)
--sizing MODE        as-is (allocated vCPU and memory) or performance (measured utilisation)
--regions POLICY     eu, france or any
--require CERT       a certification every offer must hold (e.g. hds, secnumcloud); repeatable
--scenario ID        also place the workloads as that business-case scenario does (its id or name)
--catalog FILE       use this catalog (a folder or a YAML file)
Negotiated prices imported with pricebook import replace the list prices they cover. When the project holds bills, today's cost of the workloads they describe is set against each provider's cost of the same workloads.
--format table|csv|json   output format (default: table)</source>
        <translation>Associe chaque charge de travail de PROJET à l’offre éligible la moins chère de chaque fournisseur du catalogue de prix et affiche le coût mensuel en EUR, réparti en calcul, stockage, trafic sortant, licences et plateforme. Un coût dont une composante n’a pas de prix sourcé est marqué incomplet, jamais compté comme nul. Les options remplacent les réglages de comparaison du projet pour cette exécution seulement.
--providers a,b      identifiants des fournisseurs (par défaut : ceux du projet, sinon tous)
--sizing MODE        as-is (vCPU et mémoire alloués) ou performance (utilisation mesurée)
--regions POLITIQUE  eu, france ou any
--require CERT       une certification que chaque offre doit détenir (par ex. hds, secnumcloud) ; répétable
--scenario ID        place aussi les charges de travail comme le fait ce scénario (son identifiant ou son nom)
--catalog FICHIER    utiliser ce catalogue (un dossier ou un fichier YAML)
Les prix négociés importés avec pricebook import remplacent les prix publics qu’ils couvrent. Quand le projet contient des factures, le coût actuel des charges de travail qu’elles décrivent est mis en regard du coût de ces mêmes charges chez chaque fournisseur.
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) priced from the project's price books.</source>
        <translation>
            <numerusform>%n offre chiffrée d’après les prix négociés du projet.</numerusform>
            <numerusform>%n offres chiffrées d’après les prix négociés du projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (saving %3)%4</source>
        <translation>%1 %2 (économie %3)%4</translation>
    </message>
    <message numerus="yes">
        <source>Today, from the bills, the %n workload(s) they describe cost %1 a month; the same workloads: %2.</source>
        <translation>
            <numerusform>Aujourd’hui, d’après les factures, la %n charge de travail qu’elles décrivent coûte %1 par mois ; la même charge : %2.</numerusform>
            <numerusform>Aujourd’hui, d’après les factures, les %n charges de travail qu’elles décrivent coûtent %1 par mois ; les mêmes charges : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1: %2 a month%3, %n workload(s) placed by no rule.</source>
        <translation>
            <numerusform>Scénario %1 : %2 par mois%3, %n charge de travail placée par aucune règle.</numerusform>
            <numerusform>Scénario %1 : %2 par mois%3, %n charges de travail placées par aucune règle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration plan: waves, dates, workloads</source>
        <translation>Le plan de migration : vagues, dates, charges de travail</translation>
    </message>
    <message>
        <source>catalog [--provider ID] | catalog refresh [--provider ID] [--endpoint URL]</source>
        <translation>catalog [--provider ID] | catalog refresh [--provider ID] [--endpoint URL]</translation>
    </message>
    <message>
        <source>Prints every offer of the catalog in use: size, region, price, unit, currency, source, date, whether the figure was verified, and the certifications covering it today. An offer with no sourced price shows none (never 0). The catalog is the one given with --catalog (a folder or one YAML file), else the refreshed one in your data folder, else the one shipped with Boussole.
--provider ID             only this provider (aws, azure, gcp, ovhcloud, scaleway, hetzner, outscale…)
catalog refresh fetches today's list prices from the providers' public price APIs (Microsoft Azure, OVHcloud; no account needed) and keeps them, dated and sourced, over the shipped catalog in your data folder. Only offers the catalog already describes are updated; nothing is written unless every download succeeds.
--endpoint URL            fetch from this server instead (a mirror)
--format table|csv|json   output format (default: table)</source>
        <translation>Affiche chaque offre du catalogue utilisé : taille, région, prix, unité, devise, source, date, si le chiffre a été vérifié et les certifications qui la couvrent aujourd’hui. Une offre sans prix sourcé n’en affiche aucun (jamais 0). Le catalogue est celui donné par --catalog (un dossier ou un fichier YAML), sinon celui mis à jour dans votre dossier de données, sinon celui livré avec Boussole.
--provider ID             seulement ce fournisseur (aws, azure, gcp, ovhcloud, scaleway, hetzner, outscale…)
catalog refresh récupère les prix publics du jour auprès des API de prix des fournisseurs (Microsoft Azure, OVHcloud ; sans compte) et les garde, datés et sourcés, par-dessus le catalogue livré, dans votre dossier de données. Seules les offres déjà décrites par le catalogue sont mises à jour ; rien n’est écrit si un téléchargement échoue.
--endpoint URL            télécharger depuis ce serveur (un miroir)
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message>
        <source>option --auto only applies to the plan command</source>
        <translation>l’option --auto ne s’applique qu’à la commande plan</translation>
    </message>
    <message>
        <source>option --endpoint only applies to catalog refresh</source>
        <translation>l’option --endpoint ne s’applique qu’à catalog refresh</translation>
    </message>
    <message>
        <source>prices of "%1" cannot be refreshed; refreshable: %2</source>
        <translation>les prix de « %1 » ne peuvent pas être mis à jour ; possibles : %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1 : %2 ; rien n’a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n price(s) refreshed</source>
        <translation>
            <numerusform>%1 : %n prix mis à jour</numerusform>
            <numerusform>%1 : %n prix mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>gardés dans %1</translation>
    </message>
    <message>
        <source>plan needs a PROJECT</source>
        <translation>plan attend un PROJET</translation>
    </message>
    <message>
        <source>%1 has no migration plan yet; make one with: boussole plan %1 --auto</source>
        <translation>%1 n’a pas encore de plan de migration ; créez-en un avec : boussole plan %1 --auto</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) left out of the waves (retired, retained, templates, duplicates).</source>
        <translation>
            <numerusform>%n charge de travail écartée des vagues (retirée, conservée, modèle, doublon).</numerusform>
            <numerusform>%n charges de travail écartées des vagues (retirées, conservées, modèles, doublons).</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <translation>Jalon %1 : %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>plan PROJECT [--auto] [--scenario ID] [--out FILE.csv|FILE.xml]</source>
        <translation>plan PROJET [--auto] [--scenario ID] [--out FICHIER.csv|FICHIER.xml]</translation>
    </message>
    <message>
        <source>Prints the saved migration plan: each wave with its dates, workloads and the reason for its place, the workloads left out, milestones and the critical path.
--auto          plan again from the project's data (strategies, dependencies, environments) and save the plan; waves moved by hand are planned afresh
--out FILE      also write the plan as CSV (.csv) or MS Project XML (.xml)
--scenario ID   the business-case scenario whose costs the cost curve moves to (default: the target scenario)
--format table|csv|json   output format (default: table)</source>
        <translation>Affiche le plan de migration enregistré : chaque vague avec ses dates, ses charges de travail et la raison de sa place, les charges écartées, les jalons et le chemin critique.
--auto          replanifier à partir des données du projet (stratégies, dépendances, environnements) et enregistrer le plan ; les vagues déplacées à la main sont replanifiées
--out FICHIER   écrire aussi le plan en CSV (.csv) ou en XML MS Project (.xml)
--scenario ID   le scénario dont la courbe de coûts reprend les coûts (par défaut : le scénario cible)
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message>
        <source>list PROJECT workloads|costs|imports|audit</source>
        <translation>list PROJET workloads|costs|imports|audit</translation>
    </message>
    <message>
        <source>Prints the project's workloads, bill lines (costs), imports or the compliance audit trail (audit).
--format table|csv|json   output format (default: table)</source>
        <translation>Affiche les charges de travail, les lignes de facture (costs), les imports ou la piste d’audit de conformité (audit) du projet.
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message>
        <source>option %1 only applies to the compliance command</source>
        <translation>l’option %1 ne s’applique qu’à la commande compliance</translation>
    </message>
    <message>
        <source>list needs a PROJECT and what to list (workloads, costs, imports or audit)</source>
        <translation>list attend un PROJET et ce qu’il faut lister (workloads, costs, imports ou audit)</translation>
    </message>
    <message>
        <source>cannot list "%1": expected workloads, costs, imports or audit</source>
        <translation>impossible de lister « %1 » : workloads, costs, imports ou audit attendu</translation>
    </message>
    <message>
        <source>Checklist status and scores, or record an assessment</source>
        <translation>État des listes de contrôle et scores, ou enregistrer une évaluation</translation>
    </message>
    <message>
        <source>audit verify PROJECT</source>
        <translation>audit verify PROJET</translation>
    </message>
    <message>
        <source>Verify the compliance audit trail</source>
        <translation>Vérifier la piste d’audit de conformité</translation>
    </message>
    <message>
        <source>Recomputes the SHA-256 chain of the audit trail, checks that the assessments and evidence files are what the trail says, and prints the chain's head. Note the head elsewhere: someone who rewrites the whole trail can make a new chain, but not one with the same head. Exits with 3 and names the first altered entry when the check fails.
--format table|csv|json   output format (default: table)</source>
        <translation>Recalcule la chaîne SHA-256 de la piste d’audit, vérifie que les évaluations et les fichiers de preuve sont ceux qu’elle décrit, et affiche la tête de la chaîne. Notez cette tête ailleurs : qui réécrit toute la piste peut refaire une chaîne, mais pas avec la même tête. Sort avec le code 3 en nommant la première entrée modifiée si la vérification échoue.
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message>
        <source>--prefer only applies to compliance merge</source>
        <translation>--prefer ne s’applique qu’à compliance merge</translation>
    </message>
    <message>
        <source>compliance set needs PROJECT FRAMEWORK REQUIREMENT STATUS</source>
        <translation>compliance set attend PROJET RÉFÉRENTIEL EXIGENCE STATUT</translation>
    </message>
    <message>
        <source>compliance set takes the framework as an argument, not --framework</source>
        <translation>compliance set prend le référentiel en argument, pas --framework</translation>
    </message>
    <message>
        <source>unknown framework "%1"; expected one of: %2</source>
        <translation>référentiel inconnu « %1 » ; attendu : %2</translation>
    </message>
    <message>
        <source>%1 has no item "%2"</source>
        <translation>%1 n’a pas d’exigence « %2 »</translation>
    </message>
    <message>
        <source>STATUS must be compliant, partial, non-compliant, not-applicable or unknown, not "%1"</source>
        <translation>STATUT doit valoir compliant, partial, non-compliant, not-applicable ou unknown, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Evidence %1 stored, SHA-256 %2</source>
        <translation>Preuve %1 enregistrée, SHA-256 %2</translation>
    </message>
    <message>
        <source>Audit trail head: %1</source>
        <translation>Tête de la piste d’audit : %1</translation>
    </message>
    <message>
        <source>compliance needs a PROJECT</source>
        <translation>compliance attend un PROJET</translation>
    </message>
    <message>
        <source>compliance export needs PROJECT FRAMEWORK FILE</source>
        <translation>compliance export attend PROJET RÉFÉRENTIEL FICHIER</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté dans %2</translation>
    </message>
    <message>
        <source>compliance merge needs PROJECT FILE</source>
        <translation>compliance merge attend PROJET FICHIER</translation>
    </message>
    <message>
        <source>--prefer must be mine or theirs, not "%1"</source>
        <translation>--prefer doit valoir mine ou theirs, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: taken %2, unchanged %3, evidence files added %4, conflicts settled by preference %5</source>
        <translation>%1 : reprises %2, inchangées %3, preuves ajoutées %4, conflits réglés par préférence %5</translation>
    </message>
    <message>
        <source>Conflict %1: yours %2, theirs %3</source>
        <translation>Conflit %1 : le vôtre %2, le leur %3</translation>
    </message>
    <message>
        <source>Conflicts were left as they were: merge again with --prefer mine or --prefer theirs, or settle them on the Compliance page.</source>
        <translation>Les conflits sont restés tels quels : fusionnez à nouveau avec --prefer mine ou --prefer theirs, ou réglez-les sur la page Conformité.</translation>
    </message>
    <message>
        <source>audit needs verify and a PROJECT</source>
        <translation>audit attend verify et un PROJET</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées : %1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Tête : %1</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>La piste d’audit est intacte.</translation>
    </message>
    <message>
        <source>report PROJECT --out FILE.pdf|.xlsx|.csv [--table NAME] [--lang fr|en] [--redact] [--classification TEXT]</source>
        <translation>report PROJET --out FICHIER.pdf|.xlsx|.csv [--table NOM] [--lang fr|en] [--redact] [--classification TEXTE]</translation>
    </message>
    <message>
        <source>The comparison deck (PDF) or its tables (XLSX, CSV)</source>
        <translation>Le support de présentation du comparatif (PDF) ou ses tableaux (XLSX, CSV)</translation>
    </message>
    <message>
        <source>FILE.pdf: the deck for a review meeting — key figures, the estate, today's spend, the providers compared, the business-case scenarios with their TCO, figures from price books and quotes with their references, compliance scores with the audit trail's head, the migration waves, and the sources and limits of the figures.
FILE.xlsx: the same tables, one sheet each; FILE.csv: one table, chosen with --table.
--table NAME           %1
--redact               replace workload and client names by neutral labels
--classification TEXT  printed on every page (e.g. "C2 - Internal")
The file is written atomically; the project is only read.</source>
        <translation>FICHIER.pdf : le support pour une revue de décision — chiffres clés, le parc, la dépense actuelle, les fournisseurs comparés, les scénarios du dossier de décision avec leur coût total de possession, les chiffres issus de prix négociés et de devis avec leurs références, les notes de conformité avec la tête du journal d’audit, les vagues de migration, les sources et les limites des chiffres.
FICHIER.xlsx : les mêmes tableaux, un onglet chacun ; FICHIER.csv : un seul tableau, choisi avec --table.
--table NOM             %1
--redact                remplace les noms des charges de travail et du client par des libellés neutres
--classification TEXTE  imprimé sur chaque page (par ex. « C2 - Diffusion restreinte »)
Le fichier est écrit de façon atomique ; le projet est seulement lu.</translation>
    </message>
    <message>
        <source>option --out only applies to the screenshot, plan and report commands</source>
        <translation>l’option --out ne s’applique qu’aux commandes screenshot, plan et report</translation>
    </message>
    <message>
        <source>option %1 only applies to the report command</source>
        <translation>l’option %1 ne s’applique qu’à la commande report</translation>
    </message>
    <message>
        <source>report needs exactly one PROJECT file</source>
        <translation>report attend exactement un fichier PROJET</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf, FILE.xlsx or FILE.csv</source>
        <translation>report attend --out FICHIER.pdf, FICHIER.xlsx ou FICHIER.csv</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .xlsx or .csv, not "%1"</source>
        <translation>--out doit se terminer par .pdf, .xlsx ou .csv, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown table "%1"; expected one of %2</source>
        <translation>tableau inconnu « %1 » ; attendu l’un de %2</translation>
    </message>
    <message>
        <source>a CSV file holds one table: choose it with --table (%1)</source>
        <translation>un fichier CSV contient un seul tableau : choisissez-le avec --table (%1)</translation>
    </message>
    <message>
        <source>--table applies to .xlsx and .csv files, not to the PDF deck</source>
        <translation>--table s’applique aux fichiers .xlsx et .csv, pas au support PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1: deck of %n page(s); audit trail head %2</source>
        <translation>
            <numerusform>%1 : support de %n page ; tête du journal d’audit %2</numerusform>
            <numerusform>%1 : support de %n pages ; tête du journal d’audit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1 : %n tableau</numerusform>
            <numerusform>%1 : %n tableaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums the imported bill lines, exactly, by one dimension. Amounts in different currencies are never added together: each currency gets its own rows and total unless --currency converts them.
--by DIMENSION   service (default), provider, region, month, account, environment, application, resource, service-category or charge-category; environment and application come from the workloads the bill's resources are linked to
--from DATE      first month counted (2025-01 or 2025-01-15: whole months, by the start of each line's charge period)
--to DATE        last month counted
--currency CODE  convert every amount to CODE with the catalog's dated rate (the output says which); amounts already in CODE are not converted
--basis billed|effective   billed: what the invoices say (default); effective: amortised, commitments spread over the usage they cover
--format table|csv|json   output format (default: table)
With --by service, each row also says what the service becomes on a European provider (column maps_to; JSON maps_to: id, kind, strategy, refactor, origin), from the services map shipped with Boussole (resources/services/service-map.yaml, each entry sourced) and the project's own edits of it (Costs page, Services map…). An entry edited or added in the project is marked * in the table and origin edited or added in JSON; compare --format json uses the same map for its services section.</source>
        <translation>Additionne exactement les lignes de facture importées selon une dimension. Des montants en devises différentes ne sont jamais additionnés : chaque devise a ses propres lignes et son total, sauf si --currency les convertit.
--by DIMENSION   service (par défaut), provider, region, month, account, environment, application, resource, service-category ou charge-category ; l’environnement et l’application viennent des charges de travail auxquelles les ressources de la facture sont reliées
--from DATE      premier mois compté (2025-01 ou 2025-01-15 : mois entiers, selon le début de la période de chaque ligne)
--to DATE        dernier mois compté
--currency CODE  convertit chaque montant en CODE au taux daté du catalogue (la sortie indique lequel) ; les montants déjà en CODE ne sont pas convertis
--basis billed|effective   billed : ce que disent les factures (par défaut) ; effective : coût amorti, les engagements étant répartis sur l’usage qu’ils couvrent
--format table|csv|json   format de sortie (par défaut : table)
Avec --by service, chaque ligne indique aussi ce que devient le service chez un fournisseur européen (colonne maps_to ; en JSON maps_to : id, kind, strategy, refactor, origin), d’après la correspondance des services fournie avec Boussole (resources/services/service-map.yaml, chaque entrée sourcée) et les modifications propres au projet (page Coûts, Correspondance des services…). Une entrée modifiée ou ajoutée dans le projet est marquée * dans le tableau et origin vaut edited ou added en JSON ; compare --format json utilise la même correspondance pour sa section services.</translation>
    </message>
    <message>
        <source>compliance PROJECT [--framework ID] | compliance set PROJECT FRAMEWORK REQUIREMENT STATUS [--note TEXT] [--evidence FILE [--evidence-expires YYYY-MM-DD]]</source>
        <translation>compliance PROJET [--framework ID] | compliance set PROJET RÉFÉRENTIEL EXIGENCE STATUT [--note TEXTE] [--evidence FICHIER [--evidence-expires AAAA-MM-JJ]]</translation>
    </message>
    <message>
        <source>compliance PROJECT prints, for each framework (%1), its version, the number of items, how many are assessed, the score and the blocking items, and how many evidence files are expired (from their expiry date on) or expire within 30 days; with --framework ID, also each chapter.
%2

compliance set PROJECT FRAMEWORK REQUIREMENT STATUS records the assessment of one item (STATUS: compliant, partial, non-compliant, not-applicable or unknown) and appends it to the audit trail, with the author set in Settings (else your user name).
--framework ID   only this framework
--note TEXT      the item's note (kept as it was when not given)
--evidence FILE  store FILE in the project as evidence, with its SHA-256 (a file the item already holds is not stored twice)
--evidence-expires YYYY-MM-DD  the day the evidence FILE stops being valid (a certificate's or an audit report's end of validity); "none" clears it. Given for a file the item already holds, it changes that file's date. The change is logged in the audit trail.

compliance export PROJECT FRAMEWORK FILE writes that framework's assessment and evidence to FILE (JSON) for another auditor.
compliance merge PROJECT FILE merges such a file: items assessed on one side only are taken, differing items are listed as conflicts and left as they were unless --prefer says whose to keep; the merge is logged.
--prefer mine|theirs  how to settle conflicts
--format table|csv|json   output format (default: table)</source>
        <translation>compliance PROJET affiche, pour chaque référentiel (%1), sa version, le nombre d’exigences, combien sont évaluées, le score et les points bloquants, ainsi que le nombre de preuves expirées (à partir de leur date d’expiration) ou qui expirent sous 30&#x202f;jours ; avec --framework ID, aussi chaque chapitre.
%2

compliance set PROJET RÉFÉRENTIEL EXIGENCE STATUT enregistre l’évaluation d’une exigence (STATUT : compliant, partial, non-compliant, not-applicable ou unknown) et l’ajoute au journal d’audit, avec l’auteur réglé dans les Paramètres (sinon votre nom d’utilisateur).
--framework ID   seulement ce référentiel
--note TEXTE     la note de l’exigence (gardée telle quelle si absente)
--evidence FICHIER  garder FICHIER dans le projet comme preuve, avec son SHA-256 (un fichier que l’exigence a déjà n’est pas enregistré deux fois)
--evidence-expires AAAA-MM-JJ  le jour où la preuve FICHIER cesse d’être valable (fin de validité d’un certificat ou d’un rapport d’audit) ; « none » retire la date. Donnée pour un fichier que l’exigence a déjà, elle change la date de ce fichier. Le changement est consigné dans le journal d’audit.

compliance export PROJET RÉFÉRENTIEL FICHIER écrit l’évaluation et les preuves de ce référentiel dans FICHIER (JSON) pour un autre auditeur.
compliance merge PROJET FICHIER fusionne un tel fichier : les exigences évaluées d’un seul côté sont reprises, celles qui diffèrent sont listées comme conflits et laissées telles quelles sauf si --prefer dit lesquelles garder ; la fusion est journalisée.
--prefer mine|theirs  comment régler les conflits
--format table|csv|json   format de sortie (par défaut : table)</translation>
    </message>
    <message>
        <source>--evidence-expires only applies to compliance set</source>
        <translation>--evidence-expires ne s’applique qu’à compliance set</translation>
    </message>
    <message>
        <source>--evidence-expires must be a date written YYYY-MM-DD (or none), not "%1"</source>
        <translation>--evidence-expires attend une date écrite AAAA-MM-JJ (ou none), pas « %1 »</translation>
    </message>
    <message>
        <source>--evidence-expires needs --evidence FILE</source>
        <translation>--evidence-expires exige --evidence FICHIER</translation>
    </message>
    <message>
        <source>Evidence %1 already stored, SHA-256 %2</source>
        <translation>Preuve %1 déjà enregistrée, SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence expires on %1</source>
        <translation>La preuve expire le %1</translation>
    </message>
    <message>
        <source>Evidence does not expire</source>
        <translation>La preuve n’expire pas</translation>
    </message>
    <message>
        <source>expires %1 → %2</source>
        <translation>expiration %1 → %2</translation>
    </message>
    <message>
        <source>maps_to *: edited or added in this project's services map</source>
        <translation>maps_to * : modifiée ou ajoutée dans la correspondance des services de ce projet</translation>
    </message>
    <message numerus="yes">
        <source>, with %n dedicated host(s)</source>
        <translation>
            <numerusform>, dont %n hôte dédié</numerusform>
            <numerusform>, dont %n hôtes dédiés</numerusform>
        </translation>
    </message>
    <message>
        <source>compliance accept PROJECT FRAMEWORK [REQUIREMENT...] accepts the suggestions that answers in other frameworks make through Boussole's crosswalk (SecNumCloud 3.2, ISO/IEC 27001:2022, HDS v2): each named item, or every unassessed covered item when none is named, takes the weakest of the covering answers; each change is appended to the audit trail. The crosswalk is Boussole's own, not an official table.</source>
        <translation>compliance accept PROJET RÉFÉRENTIEL [EXIGENCE...] accepte les suggestions que font les réponses d’autres référentiels par la table de correspondance de Boussole (SecNumCloud 3.2, ISO/IEC 27001:2022, HDS v2) : chaque point nommé, ou chaque point couvert non évalué si aucun n’est nommé, prend la plus faible des réponses qui le couvrent ; chaque changement est ajouté au journal d’audit. Cette table est propre à Boussole, pas une table officielle.</translation>
    </message>
    <message>
        <source>compliance accept needs PROJECT FRAMEWORK [REQUIREMENT...]</source>
        <translation>compliance accept attend PROJET RÉFÉRENTIEL [EXIGENCE...]</translation>
    </message>
    <message>
        <source>compliance accept takes the framework as an argument, not --framework</source>
        <translation>compliance accept prend le référentiel en argument, pas --framework</translation>
    </message>
    <message>
        <source>Nothing to accept in %1.</source>
        <translation>Rien à accepter dans %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1 covered by %2; suggested %3</source>
        <translation>%1 couvert par %2 ; suggestion : %3</translation>
    </message>
    <message>
        <source>Covered by answers in other frameworks (suggestions):</source>
        <translation>Couvert par des réponses d’autres référentiels (suggestions) :</translation>
    </message>
    <message>
        <source>structural: documented structure; analysis: Boussole's reading, unverified. Not an official correspondence.</source>
        <translation>structural : structure documentée ; analysis : lecture de Boussole, non vérifiée. Pas une correspondance officielle.</translation>
    </message>
    <message>
        <source>Guidance for your organisation:</source>
        <translation>Règles pour votre organisation :</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(non vérifié)</translation>
    </message>
    <message>
        <source>licence list|import|remove PROJECT [FILE.yaml|ID]</source>
        <translation>licence list|import|remove PROJET [FICHIER.yaml|ID]</translation>
    </message>
    <message>
        <source>Licences the organisation owns and may bring to a cloud (BYOL)</source>
        <translation>Licences que possède l’organisation et qu’elle peut apporter dans un cloud (BYOL)</translation>
    </message>
    <message>
        <source>licence list PROJECT              the entitlements entered, with their ids
licence import PROJECT FILE.yaml  adds the entitlements the file lists; an entry whose id is already in the project replaces it. Prints one id per entry. The file is a list (or a mapping with the key licences) of: {product: windows-server|sql-server|rhel|oracle-database, edition: standard|datacenter|enterprise|web|server|standard-2, cores (or subscriptions, processors, quantity): N, software_assurance: true|false, assurance_end: YYYY-MM-DD, bought_before_2019_10_01: true|false, note: TEXT, id: ID}
licence remove PROJECT ID         removes one entitlement

compare uses them: where the provider's rules let an entitlement come (Software Assurance, Listed Providers, Oracle's authorized clouds), the licence costs 0 and its cores are consumed; otherwise the provider's licence-included price, or the total is incomplete. --format table|csv|json</source>
        <translation>licence list PROJET                 les droits saisis, avec leurs identifiants
licence import PROJET FICHIER.yaml  ajoute les droits que liste le fichier ; une entrée dont l’identifiant est déjà dans le projet la remplace. Affiche un identifiant par entrée. Le fichier est une liste (ou un dictionnaire de clé licences) de : {product: windows-server|sql-server|rhel|oracle-database, edition: standard|datacenter|enterprise|web|server|standard-2, cores (ou subscriptions, processors, quantity): N, software_assurance: true|false, assurance_end: AAAA-MM-JJ, bought_before_2019_10_01: true|false, note: TEXTE, id: ID}
licence remove PROJET ID            supprime un droit

compare les utilise : là où les règles du fournisseur admettent un droit (Software Assurance, « Listed Providers », clouds autorisés par Oracle), la licence coûte 0 et ses cœurs sont consommés ; sinon, le prix licence incluse du fournisseur, ou le total est incomplet. --format table|csv|json</translation>
    </message>
    <message>
        <source>usage: licence list|import|remove PROJECT [FILE.yaml|ID]</source>
        <translation>usage : licence list|import|remove PROJET [FICHIER.yaml|ID]</translation>
    </message>
    <message>
        <source>unknown licence action "%1": expected list, import or remove</source>
        <translation>action licence inconnue « %1 » : list, import ou remove attendu</translation>
    </message>
    <message>
        <source>licence list needs only a PROJECT</source>
        <translation>licence list n’attend qu’un PROJET</translation>
    </message>
    <message>
        <source>licence %1 needs a PROJECT and one argument</source>
        <translation>licence %1 attend un PROJET et un argument</translation>
    </message>
    <message>
        <source>no licence "%1" in %2</source>
        <translation>aucune licence « %1 » dans %2</translation>
    </message>
    <message>
        <source>licence %1 removed</source>
        <translation>licence %1 supprimée</translation>
    </message>
    <message>
        <source>Sensitivity (each factor an assumption):</source>
        <translation>Sensibilité (chaque facteur est une hypothèse) :</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>cost over the horizon</source>
        <translation>coût sur l’horizon</translation>
    </message>
    <message>
        <source>change</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>retour sur investissement</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>scenario list PROJECT           the project's scenarios
scenario show PROJECT ID        the scenario's monthly cost by component, its unplaced workloads, today's cost from the bills and the total cost of ownership over its horizon (one-off costs, double run, today's commitments until they expire, payback month) and its sensitivity (target prices ±, egress ×k, sizing percentile)
scenario new PROJECT --name TEXT [--from-scenario ID]   a new scenario, empty or a copy
scenario set PROJECT ID [--name TEXT] [--file FILE.yaml] [--target]   rename it, replace its rules, terms and assumptions from a YAML file (rules: [{field, value, provider, region, family}], terms: [{provider, commitment_years, discount_percent, basis}], assumptions: {horizon_years, migration_person_days, day_rate, data_to_move_gb, egress_per_gb_old, double_run_months, price_factor, basis, start, unknown_commitment_months, commitment_discount_percent, sensitivity_percent, egress_multiplier, sensitivity_percentile}, on_premises: {per_vcpu, per_gib_memory, per_gb_storage, fixed_monthly: {eur, basis}}), or make it the target. A rule's field is any, application, data-class, environment, kind, site or tag:KEY; its provider "on-premises" keeps the workloads on site. on_premises is the project's on-premises cost model (EUR per month per vCPU, GiB of memory, GB of storage, and a fixed amount; an empty basis is an assumption): today's cost adds it for the workloads the bills do not cover
ID is a scenario's id or its name. --format table|csv|json</source>
        <translation>scenario list PROJET            les scénarios du projet
scenario show PROJET ID         le coût mensuel du scénario par composante, ses charges de travail non placées, le coût actuel d’après les factures et le coût total de possession sur son horizon (coûts ponctuels, double exploitation, engagements actuels jusqu’à leur échéance, mois de retour sur investissement) et sa sensibilité (prix cibles ±, trafic sortant ×k, centile de dimensionnement)
scenario new PROJET --name TEXTE [--from-scenario ID]   un nouveau scénario, vide ou copié
scenario set PROJET ID [--name TEXTE] [--file FICHIER.yaml] [--target]   le renommer, remplacer ses règles, conditions et hypothèses depuis un fichier YAML (rules: [{field, value, provider, region, family}], terms: [{provider, commitment_years, discount_percent, basis}], assumptions: {horizon_years, migration_person_days, day_rate, data_to_move_gb, egress_per_gb_old, double_run_months, price_factor, basis, start, unknown_commitment_months, commitment_discount_percent, sensitivity_percent, egress_multiplier, sensitivity_percentile}, on_premises: {per_vcpu, per_gib_memory, per_gb_storage, fixed_monthly: {eur, basis}}), ou en faire la cible. Le champ d’une règle est any, application, data-class, environment, kind, site ou tag:CLÉ ; son fournisseur « on-premises » garde les charges de travail sur site. on_premises est le modèle de coûts sur site du projet (EUR par mois par vCPU, par Gio de mémoire, par Go de stockage, et un montant fixe ; une base vide est une hypothèse) : le coût actuel l’ajoute pour les charges de travail que les factures ne couvrent pas
ID est l’identifiant ou le nom d’un scénario. --format table|csv|json</translation>
    </message>
    <message>
        <source>today (bills, amortised, and on premises)</source>
        <translation>aujourd’hui (factures, amorties, et sur site)</translation>
    </message>
    <message>
        <source>Today's cost covers %1 workloads (bills and on-premises model), of %2 placed, or is incomplete: the saving and the payback below are not like for like.</source>
        <translation>Le coût actuel couvre %1 charges de travail (factures et modèle de coûts sur site) sur %2 placées, ou est incomplet : l’économie et le retour sur investissement ci-dessous ne comparent pas le même périmètre.</translation>
    </message>
    <message>
        <source>Today's cost covers only the %1 workloads the bills describe, of %2 placed: on-premises costs are not modelled (no on-premises rates entered), so the saving and the payback below are not like for like.</source>
        <translation>Le coût actuel ne couvre que les %1 charges de travail que décrivent les factures, sur %2 placées : les coûts sur site ne sont pas modélisés (aucun tarif sur site saisi), donc l’économie et le retour sur investissement ci-dessous ne comparent pas le même périmètre.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>the EU</source>
        <translation>l’UE</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>toute région</translation>
    </message>
    <message>
        <source>as allocated</source>
        <translation>tel qu’alloué</translation>
    </message>
    <message>
        <source>as allocated: no utilisation measured</source>
        <translation>tel qu’alloué : aucune utilisation mesurée</translation>
    </message>
    <message>
        <source>P%1 of measured use × %2</source>
        <translation>P%1 de l’utilisation mesurée × %2</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>pas de GPU</translation>
    </message>
    <message>
        <source>%1 GPU(s), %2 needed</source>
        <translation>%1 GPU, %2 nécessaires</translation>
    </message>
    <message>
        <source>GPU %1, %2 needed</source>
        <translation>GPU %1, %2 nécessaire</translation>
    </message>
    <message>
        <source>a GPU offer, not needed</source>
        <translation>une offre GPU, non nécessaire</translation>
    </message>
    <message>
        <source>%1 architecture, %2 needed</source>
        <translation>architecture %1, %2 nécessaire</translation>
    </message>
    <message>
        <source>shared vCPU, production needs dedicated vCPU</source>
        <translation>vCPU partagés, la production exige des vCPU dédiés</translation>
    </message>
    <message>
        <source>priced for %1 only</source>
        <translation>prix pour %1 seulement</translation>
    </message>
    <message>
        <source>too small: %1 vCPU, %2 GiB</source>
        <translation>trop petite : %1 vCPU, %2 Gio</translation>
    </message>
    <message>
        <source>%1 GiB of bundled local disk counted against storage</source>
        <translation>%1 Gio de disque local inclus déduits du stockage</translation>
    </message>
    <message>
        <source>no compute offer in %1</source>
        <translation>pas d’offre de calcul dans %1</translation>
    </message>
    <message>
        <source>no offer in %1 holds %2</source>
        <translation>aucune offre dans %1 ne détient %2</translation>
    </message>
    <message>
        <source>no offer large enough: %1 vCPU and %2 GiB needed, the largest has %3 vCPU and %4 GiB</source>
        <translation>aucune offre assez grande : %1 vCPU et %2 Gio nécessaires, la plus grande a %3 vCPU et %4 Gio</translation>
    </message>
    <message numerus="yes">
        <source>no offer with %n GPU(s)</source>
        <translation>
            <numerusform>pas d’offre avec %n GPU</numerusform>
            <numerusform>pas d’offre avec %n GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>no offer with %1 × %2 GPU</source>
        <translation>pas d’offre avec %1 × GPU %2</translation>
    </message>
    <message>
        <source>no dedicated-vCPU offer for production</source>
        <translation>pas d’offre à vCPU dédiés pour la production</translation>
    </message>
    <message>
        <source>runs %1, not %2</source>
        <translation>exécute %1, pas %2</translation>
    </message>
    <message>
        <source>storage size unknown</source>
        <translation>taille du stockage inconnue</translation>
    </message>
    <message>
        <source>no storage offer in %1</source>
        <translation>pas d’offre de stockage dans %1</translation>
    </message>
    <message>
        <source>provisioned storage</source>
        <translation>stockage provisionné</translation>
    </message>
    <message>
        <source>vCPU or memory unknown: the source did not give them</source>
        <translation>vCPU ou mémoire inconnus : la source ne les donnait pas</translation>
    </message>
    <message>
        <source>managed %1; storage at the block storage rate</source>
        <translation>%1 géré ; stockage au tarif du stockage bloc</translation>
    </message>
    <message>
        <source>database engine unknown: on a virtual machine</source>
        <translation>moteur de base de données inconnu : sur une machine virtuelle</translation>
    </message>
    <message>
        <source>no managed %1 offer fits: on a virtual machine</source>
        <translation>aucune offre %1 gérée ne convient : sur une machine virtuelle</translation>
    </message>
    <message>
        <source>CPU or memory requests unknown</source>
        <translation>demandes de CPU ou de mémoire inconnues</translation>
    </message>
    <message>
        <source>containers with GPUs are not bin-packed yet</source>
        <translation>les conteneurs avec GPU ne sont pas encore regroupés sur des nœuds</translation>
    </message>
    <message>
        <source>no managed Kubernetes offer in %1</source>
        <translation>pas d’offre Kubernetes gérée dans %1</translation>
    </message>
    <message>
        <source>container requests</source>
        <translation>demandes des conteneurs</translation>
    </message>
    <message numerus="yes">
        <source>bin-packed with the cluster's %n other workload(s) on %1 node(s)</source>
        <translation>
            <numerusform>regroupée avec %n autre charge de travail du cluster sur %1 nœud(s)</numerusform>
            <numerusform>regroupée avec les %n autres charges de travail du cluster sur %1 nœud(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>shares the control-plane fee (%1)</source>
        <translation>partage le coût du plan de contrôle (%1)</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>same machine as another record</source>
        <translation>même machine qu’un autre enregistrement</translation>
    </message>
    <message>
        <source>powered off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>%1 GB a month, %2 GB free, in %3</source>
        <translation>%1 Go par mois, %2 Go gratuits, dans %3</translation>
    </message>
    <message>
        <source>no sourced egress price</source>
        <translation>pas de prix sourcé pour le trafic sortant</translation>
    </message>
    <message>
        <source>100 × cheapest total ÷ this total × share of workloads placed (%1 of %2)</source>
        <translation>100 × total le moins cher ÷ ce total × part des charges de travail placées (%1 sur %2)</translation>
    </message>
    <message>
        <source>40 if governed by EU law (%1) + 30 if not exposed to extra-EU law + 15 × share of workloads in EU regions + 15 if SecNumCloud-qualified</source>
        <translation>40 si soumis au droit de l’UE (%1) + 30 si non exposé au droit extra-européen + 15 × part des charges de travail en régions UE + 15 si qualifié SecNumCloud</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>a node of cluster %1, whose pods are bin-packed</source>
        <translation>un nœud du cluster %1, dont les pods sont regroupés</translation>
    </message>
    <message>
        <source>0: no workload placed</source>
        <translation>0 : aucune charge de travail placée</translation>
    </message>
    <message>
        <source>100 × workloads on an offer holding the certification their data needs (health: HDS, sensitive: SecNumCloud) ÷ workloads needing one (%1 of %2)</source>
        <translation>100 × charges de travail sur une offre détenant la certification que leurs données exigent (santé : HDS, sensibles : SecNumCloud) ÷ charges de travail qui en exigent une (%1 sur %2)</translation>
    </message>
    <message>
        <source>100: no placed workload's data class needs a certification</source>
        <translation>100 : aucune charge de travail placée n’a de données exigeant une certification</translation>
    </message>
    <message>
        <source>(%1 × cost + %2 × sovereignty + %3 × certification) ÷ %4</source>
        <translation>(%1 × coût + %2 × souveraineté + %3 × certification) ÷ %4</translation>
    </message>
    <message>
        <source>Not compared: %1.</source>
        <translation>Non comparée : %1.</translation>
    </message>
    <message>
        <source>region %1 not in %2</source>
        <translation>région %1 hors de %2</translation>
    </message>
    <message>
        <source>not certified %1</source>
        <translation>non certifiée %1</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>No offer of %1 is eligible: %2.</source>
        <translation>Aucune offre de %1 n’est éligible : %2.</translation>
    </message>
    <message>
        <source>%1 × %2 nodes in %3 carry the cluster's pods at the lowest cost; this workload pays its share by its requests.</source>
        <translation>%1 × %2 nœuds dans %3 portent les pods du cluster au moindre coût ; cette charge de travail en paie sa part selon ses demandes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is the cheapest of %n eligible offer(s) for %3 vCPU and %4 GiB (%5).</source>
        <translation>
            <numerusform>%1 dans %2 est la moins chère de %n offre éligible pour %3 vCPU et %4 Gio (%5).</numerusform>
            <numerusform>%1 dans %2 est la moins chère des %n offres éligibles pour %3 vCPU et %4 Gio (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not priced: %1.</source>
        <translation>Non chiffré : %1.</translation>
    </message>
    <message>
        <source>no sized offer in the catalog</source>
        <translation>pas d’offre dimensionnée dans le catalogue</translation>
    </message>
    <message>
        <source>the quote expired on %1: its price (%2 %3 per host) is not used</source>
        <translation>le devis a expiré le %1 : son prix (%2 %3 par hôte) n’est pas utilisé</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to EUR</source>
        <translation>aucun taux de change de %1 vers EUR</translation>
    </message>
    <message>
        <source>no sourced price per host</source>
        <translation>aucun prix sourcé par hôte</translation>
    </message>
    <message>
        <source>Windows Server on a dedicated host is licensed per physical core: not priced</source>
        <translation>Windows Server sur un hôte dédié se licencie par cœur physique : non chiffré</translation>
    </message>
    <message numerus="yes">
        <source>host %1 of %n dedicated host(s) %2; %3</source>
        <translation>
            <numerusform>hôte %1 sur %n hôte dédié %2 ; %3</numerusform>
            <numerusform>hôte %1 sur %n hôtes dédiés %2 ; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than one dedicated host of %1 (%2 vCPU × %3 overcommit, %4 GiB)</source>
        <translation>plus grande qu’un hôte dédié %1 (%2 vCPU × surallocation %3, %4 Gio)</translation>
    </message>
    <message>
        <source>%1 in %2 is sold per dedicated host: the workloads placed there are packed onto the fewest hosts and share their cost (%3).</source>
        <translation>%1 dans %2 est vendu par hôte dédié : les charges de travail qui y sont placées sont réparties sur le moins d’hôtes possible et se partagent leur coût (%3).</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Score = (compliant + half of partial) ÷ (items − not applicable); unknown counts as 0; definitions are not counted. A qualification or certification is pass or fail: it shows blocking items (requirements not shown compliant), never a percentage.</source>
        <translation>Score = (conformes + moitié des partiels) ÷ (exigences − non applicables) ; l’inconnu compte 0 ; les définitions ne comptent pas. Une qualification ou une certification est obtenue ou non : elle affiche les points bloquants (exigences non démontrées conformes), jamais un pourcentage.</translation>
    </message>
    <message>
        <source>the organisation's sector is %1</source>
        <translation>le secteur de l’organisation est %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) with data classed “%1”</source>
        <translation>
            <numerusform>%n charge de travail aux données classées « %1 »</numerusform>
            <numerusform>%n charges de travail aux données classées « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>structural link (documented structure)</source>
        <translation>lien structurel (structure documentée)</translation>
    </message>
    <message>
        <source>Boussole's analysis, unverified</source>
        <translation>analyse de Boussole, non vérifiée</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Suggestion accepted from: %1.</source>
        <translation>Suggestion acceptée d’après : %1.</translation>
    </message>
    <message>
        <source>applies to every customer of a cloud provider, whatever its sector</source>
        <translation>s’applique à tout client d’un fournisseur cloud, quel que soit son secteur</translation>
    </message>
    <message>
        <source>EU Data Act: on %1 the provider you leave may not charge for switching, egress included (parallel use of several providers excepted).</source>
        <translation>Data Act (UE) : le %1, le fournisseur que vous quittez ne peut rien facturer pour le changement, trafic sortant compris (sauf usage simultané de plusieurs fournisseurs).</translation>
    </message>
    <message>
        <source>EU Data Act: on %1 the provider you leave may charge for switching, egress included, at most its direct costs; nothing from 12 January 2027.</source>
        <translation>Data Act (UE) : le %1, le fournisseur que vous quittez peut facturer le changement, trafic sortant compris, au plus à ses coûts directs ; plus rien à partir du 12 janvier 2027.</translation>
    </message>
    <message>
        <source>EU Data Act: on %1 its switching rules do not apply yet (from 12 September 2025); the contract decides.</source>
        <translation>Data Act (UE) : le %1, ses règles de changement ne s’appliquent pas encore (à partir du 12 septembre 2025) ; le contrat décide.</translation>
    </message>
    <message>
        <source>called for by “%1”</source>
        <translation>demandé par « %1 »</translation>
    </message>
</context>
<context>
    <name>ComplianceStore</name>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>le projet est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>changes are recorded by the functions that make them</source>
        <translation>les modifications sont enregistrées par les fonctions qui les font</translation>
    </message>
    <message>
        <source>an assessment needs a framework and a requirement</source>
        <translation>une évaluation requiert un référentiel et une exigence</translation>
    </message>
    <message numerus="yes">
        <source>the file is larger than %n MB</source>
        <translation>
            <numerusform>le fichier dépasse %n Mo</numerusform>
            <numerusform>le fichier dépasse %n Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>no evidence with id %1</source>
        <translation>pas de preuve d’identifiant %1</translation>
    </message>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>l’entrée d’audit %1 manque</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2: one of them was altered or removed</source>
        <translation>l’entrée d’audit %1 ne suit pas l’entrée %2 : l’une d’elles a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>audit entry %1 was altered</source>
        <translation>l’entrée d’audit %1 a été modifiée</translation>
    </message>
    <message>
        <source>the audit trail ends at entry %1 but had %2 entries</source>
        <translation>la piste d’audit s’arrête à l’entrée %1 mais en comptait %2</translation>
    </message>
    <message>
        <source>the audit trail's recorded head does not match its last entry</source>
        <translation>la tête enregistrée de la piste d’audit ne correspond pas à sa dernière entrée</translation>
    </message>
    <message>
        <source>the assessment of %1 %2 is not in the audit trail</source>
        <translation>l’évaluation de %1 %2 n’est pas dans la piste d’audit</translation>
    </message>
    <message>
        <source>the assessment of %1 %2 differs from audit entry %3</source>
        <translation>l’évaluation de %1 %2 diffère de l’entrée d’audit %3</translation>
    </message>
    <message>
        <source>the assessment of %1 %2 recorded by audit entry %3 was removed</source>
        <translation>l’évaluation de %1 %2 enregistrée par l’entrée d’audit %3 a été supprimée</translation>
    </message>
    <message>
        <source>evidence %1 is not in the audit trail</source>
        <translation>la preuve %1 n’est pas dans la piste d’audit</translation>
    </message>
    <message>
        <source>the evidence file added by audit entry %1 was altered</source>
        <translation>le fichier de preuve ajouté par l’entrée d’audit %1 a été modifié</translation>
    </message>
    <message>
        <source>the evidence file added by audit entry %1 was removed</source>
        <translation>le fichier de preuve ajouté par l’entrée d’audit %1 a été supprimé</translation>
    </message>
    <message>
        <source>the expiry date of the evidence file in audit entry %1 was altered</source>
        <translation>la date d’expiration de la preuve de l’entrée d’audit %1 a été modifiée</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Catégorie de service</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Charge category</source>
        <translation>Catégorie de charge</translation>
    </message>
    <message>
        <source>AI and machine learning</source>
        <translation>IA et apprentissage automatique</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse de données</translation>
    </message>
    <message>
        <source>Business applications</source>
        <translation>Applications métier</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Outils de développement</translation>
    </message>
    <message>
        <source>Multicloud</source>
        <translation>Multicloud</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Internet of things</source>
        <translation>Internet des objets</translation>
    </message>
    <message>
        <source>Management and governance</source>
        <translation>Gestion et gouvernance</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Workload %1</source>
        <translation>Charge de travail %1</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog price(s) could not be checked against their source: they are marked unverified and lower the confidence of the results that use them.</source>
        <translation>
            <numerusform>%n prix du catalogue n’a pas pu être vérifié à sa source : il est marqué non vérifié et abaisse la confiance des résultats qui l’utilisent.</numerusform>
            <numerusform>%n prix du catalogue n’ont pas pu être vérifiés à leur source : ils sont marqués non vérifiés et abaissent la confiance des résultats qui les utilisent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals marked "incomplete" lack a sourced price for some component (storage, egress, licence…): they are lower bounds, never complete figures.</source>
        <translation>Les totaux marqués « incomplet » n’ont pas de prix sourcé pour une composante (stockage, trafic sortant, licence…) : ce sont des minimums, jamais des chiffres complets.</translation>
    </message>
    <message>
        <source>Figures marked "price book" come from the project's negotiated prices or quotes, not from the public catalog; their references are listed.</source>
        <translation>Les chiffres marqués « prix négociés » viennent des tarifs négociés ou des devis du projet, pas du catalogue public ; leurs références sont listées.</translation>
    </message>
    <message>
        <source>The audit trail is chained by SHA-256: compare the head printed here with the output of `boussole audit verify`. A chain alone cannot prove that nobody rewrote it whole: keep the head somewhere else.</source>
        <translation>Le journal d’audit est chaîné par SHA-256 : comparez la tête imprimée ici avec la sortie de `boussole audit verify`. Une chaîne seule ne prouve pas que personne ne l’a réécrite entièrement : conservez la tête ailleurs.</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Vague %1</translation>
    </message>
</context>
<context>
    <name>DeckRenderer</name>
    <message>
        <source>Cloud comparison and business case</source>
        <translation>Comparatif cloud et dossier de décision</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Boussole %2. Prices: catalog %3 of %4.</source>
        <translation>Produit le %1 par Boussole %2. Prix : catalogue %3 du %4.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Workloads in the inventory</source>
        <translation>Charges de travail inventoriées</translation>
    </message>
    <message>
        <source>Spend today, per month (bills, amortised)</source>
        <translation>Dépense actuelle par mois (factures, amortie)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Target scenario "%1", per month</source>
        <translation>Scénario cible « %1 », par mois</translation>
    </message>
    <message numerus="yes">
        <source>Saving over %n year(s)</source>
        <translation>
            <numerusform>Économie sur %n an</numerusform>
            <numerusform>Économie sur %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>not like for like</source>
        <translation>périmètres différents</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>hors de l’horizon</translation>
    </message>
    <message>
        <source>Compliance assessments</source>
        <translation>Évaluations de conformité</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>intact, head %1…</source>
        <translation>intact, tête %1…</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>altéré</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s), %1 to %2</source>
        <translation>
            <numerusform>%n vague, du %1 au %2</numerusform>
            <numerusform>%n vagues, du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy: workload and client names are replaced.</source>
        <translation>Copie anonymisée : les noms des charges de travail et du client sont remplacés.</translation>
    </message>
    <message>
        <source>What runs today</source>
        <translation>Ce qui tourne aujourd’hui</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En fonctionnement</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>Stockage (Gio)</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Workloads by environment</source>
        <translation>Charges de travail par environnement</translation>
    </message>
    <message>
        <source>What it costs today</source>
        <translation>Ce que cela coûte aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Bills from %1 to %2 (%n month(s)), amortised: savings plans and reservations spread over the usage they cover.</source>
        <translation>
            <numerusform>Factures de %1 à %2 (%n mois), amorties : plans d’épargne et réservations répartis sur l’usage qu’ils couvrent.</numerusform>
            <numerusform>Factures de %1 à %2 (%n mois), amorties : plans d’épargne et réservations répartis sur l’usage qu’ils couvrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Per month by provider (EUR)</source>
        <translation>Par mois et par fournisseur (EUR)</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Total par mois</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) (savings plans, reservations) in the bills.</source>
        <translation>
            <numerusform>%n engagement (plan d’épargne, réservation) dans les factures.</numerusform>
            <numerusform>%n engagements (plans d’épargne, réservations) dans les factures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: some amounts could not be converted to EUR.</source>
        <translation>Incomplet : certains montants n’ont pas pu être convertis en EUR.</translation>
    </message>
    <message>
        <source>Providers compared</source>
        <translation>Fournisseurs comparés</translation>
    </message>
    <message>
        <source>Estate per month (EUR, priced parts)</source>
        <translation>Parc par mois (EUR, parties chiffrées)</translation>
    </message>
    <message>
        <source>price book</source>
        <translation>prix négociés</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placées</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Sans offre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) compared; %1 left out (templates, duplicates, powered off). "Incomplete": a component has no sourced price, so the total is a lower bound.</source>
        <translation>
            <numerusform>%n charge de travail comparée ; %1 écartées (modèles, doublons, éteintes). « Incomplet » : une composante n’a pas de prix sourcé, le total est donc un minimum.</numerusform>
            <numerusform>%n charges de travail comparées ; %1 écartées (modèles, doublons, éteintes). « Incomplet » : une composante n’a pas de prix sourcé, le total est donc un minimum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business case: scenarios side by side</source>
        <translation>Dossier de décision : scénarios côte à côte</translation>
    </message>
    <message>
        <source>Cost over the horizon (EUR)</source>
        <translation>Coût sur l’horizon (EUR)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>+ missing</source>
        <translation>+ manquant</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Coûts ponctuels</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>* Not like for like: today's bills do not cover every workload the scenarios place (on-premises machines have no bill), so the saving overstates what leaving would bring.</source>
        <translation>* Périmètres différents : les factures actuelles ne couvrent pas toutes les charges de travail placées par les scénarios (les machines sur site n’ont pas de facture) ; l’économie affichée ne mesure donc pas ce que rapporterait le départ.</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule</source>
        <translation>
            <numerusform>%n charge de travail placée par aucune règle</numerusform>
            <numerusform>%n charges de travail placées par aucune règle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an eligible offer</source>
        <translation>
            <numerusform>%n sans offre éligible</numerusform>
            <numerusform>%n sans offre éligible</numerusform>
        </translation>
    </message>
    <message>
        <source>no sourced price for %1</source>
        <translation>pas de prix sourcé pour %1</translation>
    </message>
    <message>
        <source>No bills in the project: the TCO needs today's run-rate.</source>
        <translation>Aucune facture dans le projet : le coût total de possession a besoin du coût actuel.</translation>
    </message>
    <message>
        <source>Figures from price books and quotes</source>
        <translation>Chiffres issus de prix négociés et de devis</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparatif</translation>
    </message>
    <message>
        <source>These prices come from the project's price books (negotiated prices, discounts, quotes), not from the public catalog.</source>
        <translation>Ces prix viennent des prix négociés du projet (tarifs négociés, remises, devis), pas du catalogue public.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Prix négociés</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>No assessment recorded yet.</source>
        <translation>Aucune évaluation enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>réussi/échoué</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquantes</translation>
    </message>
    <message>
        <source>A qualification or certification (SecNumCloud, HDS) is pass or fail for the provider: it shows blocking items, not a percentage.</source>
        <translation>Une qualification ou une certification (SecNumCloud, HDS) s’obtient ou non pour le prestataire : on compte les exigences bloquantes, pas un pourcentage.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), chain intact when this deck was made. Head:</source>
        <translation>
            <numerusform>%n entrée, chaîne intacte au moment de produire ce document. Tête :</numerusform>
            <numerusform>%n entrées, chaîne intacte au moment de produire ce document. Tête :</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was altered: %1</source>
        <translation>Le journal d’audit a été altéré : %1</translation>
    </message>
    <message>
        <source>Check it at any time: boussole audit verify PROJECT prints the same head when nothing changed since.</source>
        <translation>À vérifier à tout moment : boussole audit verify PROJET affiche la même tête si rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>%1: score per chapter (%)</source>
        <translation>%1 : note par chapitre (%)</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>Plan de migration</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sources and limits</source>
        <translation>Sources et limites</translation>
    </message>
    <message>
        <source>Prices come from the catalog %1 of %2; every price carries its source and date in Boussole (boussole catalog).</source>
        <translation>Les prix viennent du catalogue %1 du %2 ; chaque prix porte sa source et sa date dans Boussole (boussole catalog).</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 — cloud comparison</source>
        <translation>%1 — comparatif cloud</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>Audit trail head %1</source>
        <translation>Tête du journal d’audit %1</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>impossible d’ajouter une page au PDF</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>trafic sortant</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>Sensitivity of the target scenario</source>
        <translation>Sensibilité du scénario cible</translation>
    </message>
    <message>
        <source>Change of the cost over the horizon (EUR)</source>
        <translation>Variation du coût sur l’horizon (EUR)</translation>
    </message>
    <message numerus="yes">
        <source>Scenario "%1" over %n year(s), one assumption changed at a time. Every factor is an assumption, editable on the Scenarios page.</source>
        <translation>
            <numerusform>Scénario « %1 » sur %n an, une hypothèse modifiée à la fois. Chaque facteur est une hypothèse, modifiable dans la page Scénarios.</numerusform>
            <numerusform>Scénario « %1 » sur %n ans, une hypothèse modifiée à la fois. Chaque facteur est une hypothèse, modifiable dans la page Scénarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Today's commitments still paid after the move: %1.</source>
        <translation>Engagements actuels encore payés après le déménagement : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1, %2 % off the list price</source>
        <translation>%1, remise de %2 % sur le prix public</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valable jusqu’au %2</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <source>Cost today, per month (bills and on-premises model)</source>
        <translation>Coût actuel par mois (factures et modèle sur site)</translation>
    </message>
    <message numerus="yes">
        <source>On premises (cost model, assumptions): %n workload(s)</source>
        <translation>
            <numerusform>Sur site (modèle de coûts, hypothèses) : %n charge de travail</numerusform>
            <numerusform>Sur site (modèle de coûts, hypothèses) : %n charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Sur site</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo description is missing</source>
        <translation>la description du projet de démonstration est manquante</translation>
    </message>
    <message>
        <source>the demo has no workload %1</source>
        <translation>la démo n’a pas de charge de travail %1</translation>
    </message>
    <message>
        <source>the demo assessments are missing</source>
        <translation>les évaluations de la démo manquent</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot build the workbook: %1</source>
        <translation>impossible de construire le classeur : %1</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>give the text in both English and French</source>
        <translation>donnez le texte en anglais et en français</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected a list of groups</source>
        <translation>liste de groupes attendue</translation>
    </message>
    <message>
        <source>no item "%1"</source>
        <translation>pas d’exigence « %1 »</translation>
    </message>
    <message>
        <source>a group needs at least two items</source>
        <translation>un groupe requiert au moins deux exigences</translation>
    </message>
    <message>
        <source>unknown key "%1" (expected one of: %2)</source>
        <translation>clé inconnue « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>expected a mapping, found %1</source>
        <translation>dictionnaire attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a non-empty text is required here</source>
        <translation>un texte non vide est requis ici</translation>
    </message>
    <message>
        <source>no chapter "%1" in this file</source>
        <translation>pas de chapitre « %1 » dans ce fichier</translation>
    </message>
    <message>
        <source>no section "%1" in chapter %2</source>
        <translation>pas de section « %1 » dans le chapitre %2</translation>
    </message>
    <message>
        <source>type must be requirement, recommendation or definitional, not "%1"</source>
        <translation>type doit valoir requirement, recommendation ou definitional, pas « %1 »</translation>
    </message>
    <message>
        <source>sovereignty must be core, adjacent or none, not "%1"</source>
        <translation>sovereignty doit valoir core, adjacent ou none, pas « %1 »</translation>
    </message>
    <message>
        <source>applicability lists SaaS, PaaS, CaaS or IaaS, not "%1"</source>
        <translation>applicability liste SaaS, PaaS, CaaS ou IaaS, pas « %1 »</translation>
    </message>
    <message>
        <source>name at least one service model</source>
        <translation>nommez au moins un modèle de service</translation>
    </message>
    <message>
        <source>side must be provider or customer, not "%1"</source>
        <translation>side doit valoir provider ou customer, pas « %1 »</translation>
    </message>
    <message>
        <source>wording must be draft or final, not "%1"</source>
        <translation>wording doit valoir draft ou final, pas « %1 »</translation>
    </message>
    <message>
        <source>unsupported framework schema %1 (this version reads 1)</source>
        <translation>schéma de référentiel %1 non pris en charge (cette version lit le 1)</translation>
    </message>
    <message>
        <source>the source must be an https:// address</source>
        <translation>la source doit être une adresse https://</translation>
    </message>
    <message>
        <source>expected a date such as 2022-03-08</source>
        <translation>date attendue comme 2022-03-08</translation>
    </message>
    <message>
        <source>kind must be qualification, certification, regulation or guide, not "%1"</source>
        <translation>kind doit valoir qualification, certification, regulation ou guide, pas « %1 »</translation>
    </message>
    <message>
        <source>expected a list of chapters</source>
        <translation>liste de chapitres attendue</translation>
    </message>
    <message>
        <source>chapter "%1" is listed twice</source>
        <translation>le chapitre « %1 » est listé deux fois</translation>
    </message>
    <message>
        <source>expected a list of sections</source>
        <translation>liste de sections attendue</translation>
    </message>
    <message>
        <source>section "%1" is listed twice</source>
        <translation>la section « %1 » est listée deux fois</translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation>liste d’exigences attendue</translation>
    </message>
    <message>
        <source>item "%1" is listed twice</source>
        <translation>l’exigence « %1 » est listée deux fois</translation>
    </message>
    <message>
        <source>expected one YAML document, found several</source>
        <translation>un seul document YAML attendu, plusieurs trouvés</translation>
    </message>
    <message>
        <source>no framework files (*.yaml) in this folder</source>
        <translation>aucun fichier de référentiel (*.yaml) dans ce dossier</translation>
    </message>
    <message>
        <source>framework "%1" is defined in another file too</source>
        <translation>le référentiel « %1 » est aussi défini dans un autre fichier</translation>
    </message>
    <message>
        <source>basis must be structural or analysis, not "%1"</source>
        <translation>le fondement doit être structural ou analysis, et non « %1 »</translation>
    </message>
    <message>
        <source>"%1" is a definition: nothing to link</source>
        <translation>« %1 » est une définition : rien à relier</translation>
    </message>
    <message>
        <source>a group needs items of at least two frameworks</source>
        <translation>un groupe doit réunir des points d’au moins deux référentiels</translation>
    </message>
    <message>
        <source>applies must be every-customer, or sector with a list of sectors</source>
        <translation>applies doit valoir every-customer, ou sector avec une liste de secteurs</translation>
    </message>
</context>
<context>
    <name>HostPacking</name>
    <message>
        <source>quote %1</source>
        <translation>devis %1</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valable jusqu’au %2)</translation>
    </message>
    <message>
        <source>price book %1</source>
        <translation>grille tarifaire négociée %1</translation>
    </message>
    <message>
        <source>price book %1 (valid until %2)</source>
        <translation>grille tarifaire négociée %1 (valable jusqu’au %2)</translation>
    </message>
    <message>
        <source>each workload pays the hosts' total in proportion to its dominant share of one host (the larger of its vCPU and memory shares), in cents; leftover cents go to the largest remainders, so the parts add up to hosts × price</source>
        <translation>chaque charge de travail paie le total des hôtes au prorata de sa part dominante d’un hôte (la plus grande de ses parts de vCPU et de mémoire), en centimes ; les centimes restants vont aux plus grands restes, si bien que les parts font exactement hôtes × prix</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>price of an expired quote, not used</source>
        <translation>prix d’un devis expiré, non utilisé</translation>
    </message>
    <message>
        <source>no price per host</source>
        <translation>aucun prix par hôte</translation>
    </message>
    <message numerus="yes">
        <source>%n dedicated host(s) %1 at %2 (%3): vCPU %4 % (overcommit %5), memory %6 %, %7, %8</source>
        <translation>
            <numerusform>%n hôte dédié %1 chez %2 (%3) : vCPU %4 % (surallocation %5), mémoire %6 %, %7, %8</numerusform>
            <numerusform>%n hôtes dédiés %1 chez %2 (%3) : vCPU %4 % (surallocation %5), mémoire %6 %, %7, %8</numerusform>
        </translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>(EXPIRED quote)</source>
        <translation>(devis EXPIRÉ)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>unknown format "%1"; supported formats: auto, %2</source>
        <translation>format « %1 » inconnu ; formats pris en charge : auto, %2</translation>
    </message>
    <message>
        <source>the file's format was not recognised; choose one of the supported formats (--as FORMAT): %1</source>
        <translation>le format du fichier n’a pas été reconnu ; choisissez l’un des formats pris en charge (--as FORMAT) : %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>UTF-16 files are not supported; save the file as "CSV UTF-8" or "CSV (separator: semicolon)"</source>
        <translation>les fichiers UTF-16 ne sont pas pris en charge ; enregistrez le fichier au format « CSV UTF-8 » ou « CSV (séparateur: point-virgule) »</translation>
    </message>
    <message>
        <source>field %1 of the record starting at line %2 is larger than the limit of %3</source>
        <translation>le champ %1 de l’enregistrement commençant à la ligne %2 dépasse la limite de %3</translation>
    </message>
    <message>
        <source>the record starting at line %1 is larger than the limit of %2</source>
        <translation>l’enregistrement commençant à la ligne %1 dépasse la limite de %2</translation>
    </message>
    <message>
        <source>unterminated quoted field starting at line %1, column %2</source>
        <translation>champ entre guillemets non refermé, commençant à la ligne %1, colonne %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>the mapping names the column "%1" for %2, but the file has no such column (columns found: %3)</source>
        <translation>la correspondance associe la colonne « %1 » au champ %2, mais le fichier ne contient pas cette colonne (colonnes trouvées : %3)</translation>
    </message>
    <message>
        <source>no column gives the workload name; expected a column such as "Name", "Hostname", "VM", "Nom" or "Serveur" (columns found: %1)</source>
        <translation>aucune colonne ne donne le nom de la charge de travail ; une colonne telle que « Name », « Hostname », « VM », « Nom » ou « Serveur » est attendue (colonnes trouvées : %1)</translation>
    </message>
    <message>
        <source>expected a number of GPUs, found "%1"</source>
        <translation>nombre de GPU attendu au lieu de « %1 »</translation>
    </message>
    <message>
        <source>Inventory CSV (CMDB, Excel)</source>
        <translation>Inventaire CSV (CMDB, Excel)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation>colonnes non importées : %1</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2; the extra fields are ignored</source>
        <translation>cette ligne compte %1 champs alors que l’en-tête en compte %2 ; les champs en trop sont ignorés</translation>
    </message>
    <message>
        <source>expected a workload name, found an empty field</source>
        <translation>nom de la charge de travail attendu, mais le champ est vide</translation>
    </message>
    <message>
        <source>expected a number of vCPUs, found "%1"</source>
        <translation>nombre de vCPU attendu au lieu de « %1 »</translation>
    </message>
    <message>
        <source>expected an amount of memory, found "%1"</source>
        <translation>quantité de mémoire attendue au lieu de « %1 »</translation>
    </message>
    <message>
        <source>expected a storage size, found "%1"</source>
        <translation>taille de stockage attendue au lieu de « %1 »</translation>
    </message>
    <message>
        <source>expected a used storage size, found "%1"</source>
        <translation>taille de stockage utilisé attendue au lieu de « %1 »</translation>
    </message>
    <message>
        <source>row skipped: %1</source>
        <translation>ligne ignorée : %1</translation>
    </message>
    <message>
        <source>expected yes or no for a template, found "%1"; read as no</source>
        <translation>oui ou non attendu pour un modèle au lieu de « %1 » ; valeur lue comme non</translation>
    </message>
    <message>
        <source>column "%1" names no unit and holds values like %2, read as GiB; if they are MiB, write the unit in the header ("%1 (MB)") or in a mapping</source>
        <translation>la colonne « %1 » n’indique pas d’unité et contient des valeurs comme %2, lues en Gio ; s’il s’agit de Mio, indiquez l’unité dans l’en-tête (« %1 (Mo) ») ou dans un fichier de correspondance</translation>
    </message>
    <message>
        <source>workload "%1" is also on line %2</source>
        <translation>la charge de travail « %1 » figure aussi à la ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported</source>
        <translation>
            <numerusform>%n ligne importée</numerusform>
            <numerusform>%n lignes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>already imported on %1</source>
        <translation>déjà importé le %1</translation>
    </message>
    <message>
        <source>expected a mapping with "columns" and "units"</source>
        <translation>dictionnaire YAML attendu, avec les clés « columns » et « units »</translation>
    </message>
    <message>
        <source>expected field: value pairs under "%1"</source>
        <translation>paires champ: valeur attendues sous « %1 »</translation>
    </message>
    <message>
        <source>unknown field "%1"; expected one of: %2</source>
        <translation>champ « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>expected a column name for "%1"</source>
        <translation>nom de colonne attendu pour « %1 »</translation>
    </message>
    <message>
        <source>unknown unit "%1"; expected KiB, MiB, GiB or TiB</source>
        <translation>unité « %1 » inconnue ; unités possibles : Kio, Mio, Gio ou Tio</translation>
    </message>
    <message>
        <source>"%1" has no unit; units apply to memory, storage and storage_used</source>
        <translation>« %1 » n’a pas d’unité ; les unités ne s’appliquent qu’à memory, storage et storage_used</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>impossible d’ouvrir le fichier de correspondance : %1</translation>
    </message>
    <message>
        <source>the mapping file is too large</source>
        <translation>le fichier de correspondance est trop volumineux</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>impossible d’écrire le fichier de correspondance : %1</translation>
    </message>
    <message>
        <source>entry %1 is damaged: it holds %2 bytes instead of the %3 its header declares</source>
        <translation>l’entrée %1 est endommagée : elle contient %2 octets au lieu des %3 annoncés par son en-tête</translation>
    </message>
    <message>
        <source>entry %1 inflates to more than the %2 its header declares; the archive is damaged or hostile</source>
        <translation>l’entrée %1 dépasse une fois décompressée les %2 annoncés par son en-tête ; l’archive est endommagée ou malveillante</translation>
    </message>
    <message>
        <source>the archive inflates to more than the %1 allowed</source>
        <translation>l’archive décompressée dépasse la limite autorisée de %1</translation>
    </message>
    <message>
        <source>not a zip archive, or a truncated one (no central directory found)</source>
        <translation>ce n’est pas une archive zip, ou elle est tronquée (répertoire central introuvable)</translation>
    </message>
    <message>
        <source>the zip archive is damaged: its directory contradicts its entries</source>
        <translation>l’archive zip est endommagée : son répertoire ne correspond pas à ses entrées</translation>
    </message>
    <message>
        <source>the zip archive is truncated: the file ends too early</source>
        <translation>l’archive zip est tronquée : le fichier se termine prématurément</translation>
    </message>
    <message>
        <source>multi-volume zip archives are not supported; join the parts first</source>
        <translation>les archives zip multivolumes ne sont pas prises en charge ; réassemblez d’abord les parties</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>entry %1 is damaged (CRC error)</source>
        <translation>l’entrée %1 est endommagée (erreur de CRC)</translation>
    </message>
    <message>
        <source>entry %1 is damaged (invalid compressed data)</source>
        <translation>l’entrée %1 est endommagée (données compressées non valides)</translation>
    </message>
    <message>
        <source>entry %1 uses a compression method that is not supported</source>
        <translation>l’entrée %1 utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>entry %1 is encrypted; save the file without a password</source>
        <translation>l’entrée %1 est chiffrée ; enregistrez le fichier sans mot de passe</translation>
    </message>
    <message>
        <source>cannot read the zip archive: %1</source>
        <translation>impossible de lire l’archive zip : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>the archive is larger than the %1 allowed</source>
        <translation>l’archive dépasse la taille autorisée de %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>impossible d’écrire un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot read the zip directory</source>
        <translation>impossible de lire le répertoire de l’archive zip</translation>
    </message>
    <message>
        <source>the archive holds %1 entries, more than the %2 allowed</source>
        <translation>l’archive contient %1 entrées, au-delà des %2 autorisées</translation>
    </message>
    <message>
        <source>the zip archive is damaged: an entry has no name or size</source>
        <translation>l’archive zip est endommagée : une entrée n’a ni nom ni taille</translation>
    </message>
    <message>
        <source>entry %1 would inflate to %2, more than the %3 allowed for one entry (a zip bomb?)</source>
        <translation>l’entrée %1 occuperait %2 une fois décompressée, au-delà des %3 autorisés par entrée (bombe de décompression ?)</translation>
    </message>
    <message>
        <source>entry %1 would inflate from %2 to %3, a ratio above the %4:1 allowed (a zip bomb?)</source>
        <translation>l’entrée %1 passerait de %2 à %3 une fois décompressée, soit un taux supérieur au maximum autorisé de %4:1 (bombe de décompression ?)</translation>
    </message>
    <message>
        <source>the archive would inflate to more than the %1 allowed (a zip bomb?)</source>
        <translation>l’archive dépasserait une fois décompressée les %1 autorisés (bombe de décompression ?)</translation>
    </message>
    <message>
        <source>the zip archive holds the entry %1 twice</source>
        <translation>l’archive zip contient deux fois l’entrée %1</translation>
    </message>
    <message>
        <source>the archive has no entry %1</source>
        <translation>l’archive ne contient pas d’entrée %1</translation>
    </message>
    <message>
        <source>entry %1 holds %2, more than the %3 allowed for it</source>
        <translation>l’entrée %1 contient %2, au-delà de la limite de %3 fixée pour cette entrée</translation>
    </message>
    <message>
        <source>expected a list of column names under "%1"</source>
        <translation>liste de noms de colonnes attendue sous « %1 »</translation>
    </message>
    <message>
        <source>unknown key "%1"; expected columns, units or ignore</source>
        <translation>clé « %1 » inconnue ; clés possibles : columns, units ou ignore</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>expected %1, found %2; the value is ignored</source>
        <translation>attendu : %1 ; trouvé : %2 (valeur ignorée)</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>expected ',' or '}' after an object member, found %1</source>
        <translation>',' ou '}' attendu après un membre d’objet ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected ',' or ']' after an array element, found %1</source>
        <translation>',' ou ']' attendu après un élément de tableau ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected the end of the file after the JSON value, found %1</source>
        <translation>fin du fichier attendue après la valeur JSON ; trouvé : %1</translation>
    </message>
    <message>
        <source>the file is encoded in UTF-16; save it as UTF-8 (in PowerShell: Out-File -Encoding utf8)</source>
        <translation>le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8 (dans PowerShell : Out-File -Encoding utf8)</translation>
    </message>
    <message>
        <source>expected a member name in double quotes, found %1</source>
        <translation>nom de membre entre guillemets doubles attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected ':' after the member name, found %1</source>
        <translation>':' attendu après le nom du membre ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>valeur attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation>les tableaux et les objets sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a string is longer than %1</source>
        <translation>une chaîne dépasse %1</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the file</source>
        <translation>la chaîne n’est pas fermée avant la fin du fichier</translation>
    </message>
    <message>
        <source>control character %1 in a string; it must be escaped</source>
        <translation>caractère de contrôle %1 dans une chaîne ; il doit être échappé</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string; the file must be encoded in UTF-8</source>
        <translation>UTF-8 non valide dans une chaîne ; le fichier doit être encodé en UTF-8</translation>
    </message>
    <message>
        <source>invalid escape sequence %1 in a string</source>
        <translation>séquence d’échappement %1 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape in a string; expected four hexadecimal digits</source>
        <translation>échappement \u non valide dans une chaîne ; quatre chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>invalid number "%1"</source>
        <translation>nombre « %1 » non valide</translation>
    </message>
    <message>
        <source>the top-level value is larger than %1</source>
        <translation>la valeur de premier niveau dépasse %1</translation>
    </message>
    <message>
        <source>the value at %1 is larger than %2</source>
        <translation>la valeur située à %1 dépasse %2</translation>
    </message>
    <message>
        <source>expected %1 at the top level, found %2</source>
        <translation>attendu au premier niveau : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1 — attendu : %2 ; trouvé : %3</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a document type declaration (&lt;!DOCTYPE …&gt;) is not allowed in a workbook part</source>
        <translation>une déclaration de type de document (&lt;!DOCTYPE …&gt;) n’est pas autorisée dans une partie de classeur</translation>
    </message>
    <message>
        <source>the part holds no XML element</source>
        <translation>la partie ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>part %1 holds %2, more than the %3 allowed</source>
        <translation>la partie %1 contient %2, au-delà des %3 autorisés</translation>
    </message>
    <message>
        <source>not an Excel workbook: the archive has no %1</source>
        <translation>ce n’est pas un classeur Excel : l’archive ne contient pas %1</translation>
    </message>
    <message>
        <source>not an Excel workbook: the main part is &lt;%1&gt;</source>
        <translation>ce n’est pas un classeur Excel : la partie principale est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the workbook names %1 for its strings, but the archive has no such part</source>
        <translation>le classeur désigne %1 pour ses chaînes partagées, mais l’archive ne contient pas cette partie</translation>
    </message>
    <message>
        <source>the shared strings hold more than the %1 characters allowed</source>
        <translation>les chaînes partagées dépassent les %1 caractères autorisés</translation>
    </message>
    <message>
        <source>more than %1 cell styles</source>
        <translation>plus de %1 styles de cellule</translation>
    </message>
    <message>
        <source>the workbook has no sheet named "%1"</source>
        <translation>le classeur ne contient aucune feuille nommée « %1 »</translation>
    </message>
    <message>
        <source>the workbook lists the sheet "%1" but the archive does not hold it%2</source>
        <translation>le classeur référence la feuille « %1 », mais l’archive ne la contient pas%2</translation>
    </message>
    <message>
        <source>the sheet "%1" is not a worksheet (&lt;%2&gt;)</source>
        <translation>la feuille « %1 » n’est pas une feuille de calcul (&lt;%2&gt;)</translation>
    </message>
    <message>
        <source>invalid row number "%1"</source>
        <translation>numéro de ligne « %1 » non valide</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <source>invalid cell reference "%1"</source>
        <translation>référence de cellule « %1 » non valide</translation>
    </message>
    <message>
        <source>row %1 has more than %2 cells</source>
        <translation>la ligne %1 compte plus de %2 cellules</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, but the workbook has %2</source>
        <translation>la cellule fait référence à la chaîne partagée %1, mais le classeur n’en contient que %2</translation>
    </message>
    <message>
        <source>the cell holds "%1", which is not a date</source>
        <translation>la cellule contient « %1 », qui n’est pas une date</translation>
    </message>
    <message>
        <source>the cell holds "%1", which is not a number</source>
        <translation>la cellule contient « %1 », qui n’est pas un nombre</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected ":" (check the indentation, or quote a value that contains ": ")</source>
        <translation>YAML non valide : ":" inattendu (vérifiez l’indentation, ou mettez entre guillemets une valeur qui contient ": ")</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected key (check the indentation)</source>
        <translation>YAML non valide : clé inattendue (vérifiez l’indentation)</translation>
    </message>
    <message>
        <source>invalid YAML: a list item ("- ") is not where the indentation expects it</source>
        <translation>YAML non valide : un élément de liste ("- ") n’est pas à la position attendue par l’indentation</translation>
    </message>
    <message>
        <source>invalid YAML: "{" is never closed by "}"</source>
        <translation>YAML non valide : "{" n’est jamais fermé par "}"</translation>
    </message>
    <message>
        <source>invalid YAML: "[" is never closed by "]"</source>
        <translation>YAML non valide : "[" n’est jamais fermé par "]"</translation>
    </message>
    <message>
        <source>invalid YAML: a tab in the indentation; YAML indents with spaces</source>
        <translation>YAML non valide : tabulation dans l’indentation ; YAML s’indente avec des espaces</translation>
    </message>
    <message>
        <source>invalid YAML: a quoted text is never closed</source>
        <translation>YAML non valide : un texte entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>invalid YAML: an alias (*name) refers to an anchor (&amp;name) that is not defined before it</source>
        <translation>YAML non valide : un alias (*nom) fait référence à une ancre (&amp;nom) qui n’est pas définie avant lui</translation>
    </message>
    <message>
        <source>expected a CPU quantity such as 500m or 2, found %1</source>
        <translation>quantité de CPU attendue, par exemple 500m ou 2 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a memory quantity such as 512Mi or 2Gi, found %1</source>
        <translation>quantité de mémoire attendue, par exemple 512Mi ou 2Gi ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a storage quantity such as 10Gi, found %1</source>
        <translation>quantité de stockage attendue, par exemple 10Gi ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a whole number of GPUs, found %1</source>
        <translation>nombre entier de GPU attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>Kubernetes manifests (YAML, kubectl get -o yaml)</source>
        <translation>Manifestes Kubernetes (YAML, kubectl get -o yaml)</translation>
    </message>
    <message>
        <source>Docker Compose file</source>
        <translation>Fichier Docker Compose</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1 — attendu : %2</translation>
    </message>
    <message>
        <source>a mapping of sources</source>
        <translation>un dictionnaire de sources</translation>
    </message>
    <message>
        <source>url, date and verified</source>
        <translation>url, date et verified</translation>
    </message>
    <message>
        <source>expected a mapping with "provider", "sources" and "types"</source>
        <translation>dictionnaire attendu, avec les clés « provider », « sources » et « types »</translation>
    </message>
    <message>
        <source>a mapping of instance types</source>
        <translation>un dictionnaire de types d’instance</translation>
    </message>
    <message>
        <source>vcpu, memory_gib, arch and source</source>
        <translation>vcpu, memory_gib, arch et source</translation>
    </message>
    <message>
        <source>a number of vCPUs</source>
        <translation>un nombre de vCPU</translation>
    </message>
    <message>
        <source>an amount of memory</source>
        <translation>une quantité de mémoire</translation>
    </message>
    <message>
        <source>a number of GPUs</source>
        <translation>un nombre de GPU</translation>
    </message>
    <message>
        <source>%1: unknown source "%2"</source>
        <translation>%1 : source « %2 » inconnue</translation>
    </message>
    <message>
        <source>%1: listed twice</source>
        <translation>%1 : présent deux fois</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>updates the earlier import: %1 new, %2 changed, %3 gone, %4 unchanged</source>
        <translation>met à jour l’import précédent — nouvelles : %1, modifiées : %2, disparues : %3, inchangées : %4</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>"%1" is an SRM placeholder (a VM protected at another site); skipped</source>
        <translation>« %1 » est une VM d’espace réservé SRM (VM protégée sur un autre site) ; ignorée</translation>
    </message>
    <message>
        <source>workload "%1" is also on %2</source>
        <translation>la charge de travail « %1 » apparaît en double (voir aussi %2)</translation>
    </message>
    <message>
        <source>no "VM" column: this is not an RVTools vInfo export (columns found: %1)</source>
        <translation>aucune colonne « VM » : ce n’est pas un export vInfo de RVTools (colonnes trouvées : %1)</translation>
    </message>
    <message>
        <source>the vPartition sheet has no "VM" or "Consumed MiB" column; it is ignored</source>
        <translation>la feuille vPartition n’a pas de colonne « VM » ou « Consumed MiB » ; elle est ignorée</translation>
    </message>
    <message>
        <source>expected a used storage size, found "%1"; the partition is ignored</source>
        <translation>taille de stockage utilisé attendue au lieu de « %1 » ; la partition est ignorée</translation>
    </message>
    <message>
        <source>no vInfo sheet: this workbook is not an RVTools export</source>
        <translation>aucune feuille vInfo : ce classeur n’est pas un export RVTools</translation>
    </message>
    <message>
        <source>the vInfo sheet is empty</source>
        <translation>la feuille vInfo est vide</translation>
    </message>
    <message>
        <source>RVTools export (vInfo, .xlsx or .csv)</source>
        <translation>Export RVTools (vInfo, .xlsx ou .csv)</translation>
    </message>
    <message>
        <source>this workbook is encrypted or in the old .xls format; save it as an .xlsx workbook without a password</source>
        <translation>ce classeur est chiffré ou à l’ancien format .xls ; enregistrez-le en classeur .xlsx sans mot de passe</translation>
    </message>
    <message>
        <source>not the output of aws ec2 describe-instances: it has no "Reservations" array</source>
        <translation>ce n’est pas la sortie de la commande aws ec2 describe-instances : aucun tableau « Reservations »</translation>
    </message>
    <message numerus="yes">
        <source>describe-instances does not give volume sizes: the storage of %n instances is left unknown</source>
        <translation>
            <numerusform>describe-instances ne donne pas la taille des volumes : le stockage de %n instance reste inconnu</numerusform>
            <numerusform>describe-instances ne donne pas la taille des volumes : le stockage des %n instances reste inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>an instance without "InstanceId" was skipped</source>
        <translation>une instance sans « InstanceId » a été ignorée</translation>
    </message>
    <message>
        <source>instance %1 is %2; it was not imported</source>
        <translation>l’instance %1 est à l’état %2 ; elle n’a pas été importée</translation>
    </message>
    <message>
        <source>instance %1 is listed twice; the second listing was not imported</source>
        <translation>l’instance %1 figure deux fois ; la seconde occurrence n’a pas été importée</translation>
    </message>
    <message>
        <source>no instance type; vCPU and memory of %1 are left unknown</source>
        <translation>aucun type d’instance ; les vCPU et la mémoire de %1 restent inconnus</translation>
    </message>
    <message>
        <source>unknown instance type "%1" (%2); vCPU and memory of %3 are left unknown</source>
        <translation>type d’instance « %1 » inconnu (%2) ; les vCPU et la mémoire de %3 restent inconnus</translation>
    </message>
    <message>
        <source>AWS EC2 instances (aws ec2 describe-instances)</source>
        <translation>Instances AWS EC2 (aws ec2 describe-instances)</translation>
    </message>
    <message numerus="yes">
        <source>not imported: %n warning(s) and warnings count as errors (--strict); the first: %1</source>
        <translation>
            <numerusform>non importé : %n avertissement, or les avertissements comptent comme des erreurs (--strict) : %1</numerusform>
            <numerusform>non importé : %n avertissements, or les avertissements comptent comme des erreurs (--strict) ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid YAML: this line is not indented like the other keys of its mapping</source>
        <translation>YAML non valide : cette ligne n’est pas indentée comme les autres clés de son dictionnaire</translation>
    </message>
    <message>
        <source>invalid YAML: this line is not indented like the other items of its list</source>
        <translation>YAML non valide : cette ligne n’est pas indentée comme les autres éléments de sa liste</translation>
    </message>
    <message>
        <source>the file lists no virtual machine (qemu) and no container (lxc)</source>
        <translation>le fichier ne contient aucune machine virtuelle (qemu) ni aucun conteneur (lxc)</translation>
    </message>
    <message>
        <source>an entry without "type" was skipped</source>
        <translation>une entrée sans « type » a été ignorée</translation>
    </message>
    <message>
        <source>an entry without "vmid" was skipped</source>
        <translation>une entrée sans « vmid » a été ignorée</translation>
    </message>
    <message>
        <source>vmid %1 is also listed at %2; this entry was not imported</source>
        <translation>le vmid %1 figure aussi à l’emplacement %2 ; cette entrée n’a pas été importée</translation>
    </message>
    <message>
        <source>Proxmox VE resources (pvesh get /cluster/resources)</source>
        <translation>Ressources Proxmox VE (pvesh get /cluster/resources)</translation>
    </message>
    <message>
        <source>no node count; the sizes of %1 are left unknown</source>
        <translation>aucun nombre de nœuds ; les tailles de %1 restent inconnues</translation>
    </message>
    <message>
        <source>%1 has several instance types; it is sized with the first, %2</source>
        <translation>%1 a plusieurs types d’instance ; il est dimensionné avec le premier, %2</translation>
    </message>
    <message>
        <source>not a Terraform state: it has no "version" member</source>
        <translation>ce n’est pas un état Terraform : aucun membre « version »</translation>
    </message>
    <message>
        <source>not a Terraform state: it has no "resources" array</source>
        <translation>ce n’est pas un état Terraform : aucun tableau « resources »</translation>
    </message>
    <message>
        <source>Terraform state version %1 is not supported: Boussole reads version 4, which Terraform 0.12 and later write (terraform state pull)</source>
        <translation>la version %1 de l’état Terraform n’est pas prise en charge : Boussole lit la version 4, produite par Terraform 0.12 et versions ultérieures (terraform state pull)</translation>
    </message>
    <message>
        <source>a resource without "mode", "type" or "name" was skipped</source>
        <translation>une ressource sans « mode », « type » ou « name » a été ignorée</translation>
    </message>
    <message>
        <source>a deposed object of %1 (awaiting destruction) was not imported</source>
        <translation>un objet destitué (deposed) de %1, en attente de destruction, n’a pas été importé</translation>
    </message>
    <message>
        <source>%1 has only flat attributes (Terraform 0.11 and older); it was not imported</source>
        <translation>%1 n’a que des attributs à plat (Terraform 0.11 et versions antérieures) ; il n’a pas été importé</translation>
    </message>
    <message>
        <source>%1 has no attributes; it was not imported</source>
        <translation>%1 n’a aucun attribut ; il n’a pas été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n resources of another type were not imported: %1</source>
        <translation>
            <numerusform>%n ressource d’un autre type n’a pas été importée : %1</numerusform>
            <numerusform>%n ressources d’un autre type n’ont pas été importées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources of %1 other types were not imported: %2</source>
        <translation>
            <numerusform>%n ressource de %1 autres types n’a pas été importée : %2</numerusform>
            <numerusform>%n ressources de %1 autres types n’ont pas été importées : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terraform state (version 4)</source>
        <translation>État Terraform (version 4)</translation>
    </message>
    <message>
        <source>%1: "%2" uses a variable without a default; the size is unknown</source>
        <translation>%1 : « %2 » utilise une variable sans valeur par défaut ; la taille est inconnue</translation>
    </message>
    <message>
        <source>expected a number of CPUs such as 0.5 or 2, found %1</source>
        <translation>nombre de CPU attendu, par exemple 0.5 ou 2 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a memory size such as 512m or 1g, found %1</source>
        <translation>taille mémoire attendue, par exemple 512m ou 1g ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a CPU quota in microseconds such as 50000, found %1</source>
        <translation>quota de CPU en microsecondes attendu, par exemple 50000 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a CPU period in microseconds such as 100000, found %1</source>
        <translation>période de CPU en microsecondes attendue, par exemple 100000 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a number of GPUs or "all", found %1</source>
        <translation>nombre de GPU ou « all » attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a list of volumes, found %1</source>
        <translation>liste de volumes attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a volume such as data:/var/lib/data, found %1</source>
        <translation>volume attendu, par exemple data:/var/lib/data ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1: volume "%2" is not declared in the top-level volumes section</source>
        <translation>%1 : le volume « %2 » n’est pas déclaré dans la section volumes de premier niveau</translation>
    </message>
    <message>
        <source>expected a mapping of named volumes, found %1</source>
        <translation>dictionnaire de volumes nommés attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a service definition such as image: nginx, found %1</source>
        <translation>définition de service attendue, par exemple image: nginx ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected an image such as nginx:1.27, found %1</source>
        <translation>image attendue, par exemple nginx:1.27 ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a number of replicas (0 or more), found %1</source>
        <translation>nombre de réplicas attendu (0 ou plus) ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1: service "%2" runs one container on every node of the swarm; counted as one replica</source>
        <translation>%1 : le service « %2 » exécute un conteneur sur chaque nœud du swarm ; compté comme un seul réplica</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) have no CPU or memory limit: sizing will need utilisation data</source>
        <translation>
            <numerusform>%n service n’a pas de limite de CPU ni de mémoire : son dimensionnement nécessitera des données d’utilisation</numerusform>
            <numerusform>%n services n’ont pas de limite de CPU ni de mémoire : leur dimensionnement nécessitera des données d’utilisation</numerusform>
        </translation>
    </message>
    <message>
        <source>document %1 is ignored: a Compose file is one YAML document</source>
        <translation>le document %1 est ignoré : un fichier Compose ne contient qu’un seul document YAML</translation>
    </message>
    <message>
        <source>expected a Compose file (a mapping with a services section), found %1</source>
        <translation>fichier Compose attendu (dictionnaire avec une section services) ; trouvé : %1</translation>
    </message>
    <message>
        <source>no services section: expected "services:" at the top level (Compose files of version 1, without it, are not supported)</source>
        <translation>aucune section services : « services: » attendu au premier niveau (les fichiers Compose de version 1, qui n’en ont pas, ne sont pas pris en charge)</translation>
    </message>
    <message>
        <source>expected a mapping of services, found %1</source>
        <translation>dictionnaire de services attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>service skipped: %1</source>
        <translation>service ignoré : %1</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it (a cycle)</source>
        <translation>un alias fait référence à un nœud qui le contient (cycle)</translation>
    </message>
    <message>
        <source>the YAML expands to too many nodes (alias bomb?)</source>
        <translation>le YAML se développe en un trop grand nombre de nœuds (bombe d’alias ?)</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply (more than %1 levels)</source>
        <translation>le YAML est trop profondément imbriqué (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>the YAML has more than %1 nodes</source>
        <translation>le YAML compte plus de %1 nœuds</translation>
    </message>
    <message>
        <source>duplicate key "%1" (first on line %2)</source>
        <translation>clé « %1 » en double (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>une clé de fusion (&lt;&lt;) attend un dictionnaire ou une liste de dictionnaires</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>expected a text, found %1</source>
        <translation>texte attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>liste attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1, the limit for YAML files</source>
        <translation>le fichier dépasse %1, la taille maximale des fichiers YAML</translation>
    </message>
    <message>
        <source>not enough memory to read the YAML</source>
        <translation>mémoire insuffisante pour lire le YAML</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>document %1 is not a Kubernetes object: expected a mapping with apiVersion and kind, found %2</source>
        <translation>le document %1 n’est pas un objet Kubernetes : dictionnaire avec apiVersion et kind attendu ; trouvé : %2</translation>
    </message>
    <message>
        <source>expected a Kubernetes object (a mapping with apiVersion and kind), found %1</source>
        <translation>objet Kubernetes attendu (dictionnaire avec apiVersion et kind) ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected the object's kind, such as Deployment, found %1</source>
        <translation>type (kind) de l’objet attendu, par exemple Deployment ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected the object's name, found %1</source>
        <translation>nom de l’objet attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>object skipped: %1</source>
        <translation>objet ignoré : %1</translation>
    </message>
    <message>
        <source>"%1" means thousandths of a byte; did you mean "%2i"? Counted as written</source>
        <translation>« %1 » signifie des millièmes d’octet ; vouliez-vous écrire « %2i » ? Valeur comptée telle quelle</translation>
    </message>
    <message>
        <source>expected a container, found %1</source>
        <translation>conteneur attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a mapping such as cpu: 500m, found %1</source>
        <translation>dictionnaire attendu, par exemple cpu: 500m ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a list of containers, found %1</source>
        <translation>liste de conteneurs attendue ; trouvé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n DaemonSet(s) run one pod on every node and were counted as one replica (the number of nodes is not in the manifests): %1</source>
        <translation>
            <numerusform>%n DaemonSet exécute un pod sur chaque nœud et a été compté comme un seul réplica (le nombre de nœuds ne figure pas dans les manifestes) : %1</numerusform>
            <numerusform>%n DaemonSets exécutent un pod sur chaque nœud et ont été comptés chacun comme un seul réplica (le nombre de nœuds ne figure pas dans les manifestes) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) have a CPU limit but no CPU request; the limit was counted, as Kubernetes does</source>
        <translation>
            <numerusform>%n conteneur a une limite (limit) de CPU mais aucune demande (request) de CPU ; la limite a été comptée, comme le fait Kubernetes</numerusform>
            <numerusform>%n conteneurs ont une limite (limit) de CPU mais aucune demande (request) de CPU ; la limite a été comptée, comme le fait Kubernetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) have a memory limit but no memory request; the limit was counted, as Kubernetes does</source>
        <translation>
            <numerusform>%n conteneur a une limite (limit) de mémoire mais aucune demande (request) de mémoire ; la limite a été comptée, comme le fait Kubernetes</numerusform>
            <numerusform>%n conteneurs ont une limite (limit) de mémoire mais aucune demande (request) de mémoire ; la limite a été comptée, comme le fait Kubernetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have no CPU or memory request or limit: sizing will need utilisation data</source>
        <translation>
            <numerusform>%n charge de travail n’a ni demande ni limite de CPU ou de mémoire : son dimensionnement nécessitera des données d’utilisation</numerusform>
            <numerusform>%n charges de travail n’ont ni demande ni limite de CPU ou de mémoire : leur dimensionnement nécessitera des données d’utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have containers without a CPU or memory request or limit; only the containers that state one were counted: %1</source>
        <translation>
            <numerusform>%n charge de travail a des conteneurs sans demande ni limite de CPU ou de mémoire ; seuls les conteneurs qui en indiquent une ont été comptés : %1</numerusform>
            <numerusform>%n charges de travail ont des conteneurs sans demande ni limite de CPU ou de mémoire ; seuls les conteneurs qui en indiquent une ont été comptés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not imported, of kinds that hold no workload to size: %1</source>
        <translation>
            <numerusform>%n objet non importé, d’un type qui ne contient aucune charge de travail à dimensionner : %1</numerusform>
            <numerusform>%n objets non importés, de types qui ne contiennent aucune charge de travail à dimensionner : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows match no workload: %1; they are kept and will match a later inventory import</source>
        <translation>
            <numerusform>%n ligne ne correspond à aucune charge de travail : %1 ; elle est conservée et sera rapprochée lors d’un prochain import d’inventaire</numerusform>
            <numerusform>%n lignes ne correspondent à aucune charge de travail : %1 ; elles sont conservées et seront rapprochées lors d’un prochain import d’inventaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give CPU in cores but match no workload whose vCPU count is known: %1; their CPU figures are not kept (import the inventory first)</source>
        <translation>
            <numerusform>%n ligne donne le CPU en cœurs mais ne correspond à aucune charge de travail dont le nombre de vCPU est connu : %1 ; ses valeurs de CPU ne sont pas conservées (importez d’abord l’inventaire)</numerusform>
            <numerusform>%n lignes donnent le CPU en cœurs mais ne correspondent à aucune charge de travail dont le nombre de vCPU est connu : %1 ; leurs valeurs de CPU ne sont pas conservées (importez d’abord l’inventaire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give memory in GiB or MiB but match no workload whose memory is known: %1; their memory figures are not kept (import the inventory first)</source>
        <translation>
            <numerusform>%n ligne donne la mémoire en Gio ou en Mio mais ne correspond à aucune charge de travail dont la mémoire est connue : %1 ; ses valeurs de mémoire ne sont pas conservées (importez d’abord l’inventaire)</numerusform>
            <numerusform>%n lignes donnent la mémoire en Gio ou en Mio mais ne correspondent à aucune charge de travail dont la mémoire est connue : %1 ; leurs valeurs de mémoire ne sont pas conservées (importez d’abord l’inventaire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are not imported because none of their figures could be kept: %1</source>
        <translation>
            <numerusform>%n ligne n’est pas importée, car aucune de ses valeurs n’a pu être conservée : %1</numerusform>
            <numerusform>%n lignes ne sont pas importées, car aucune de leurs valeurs n’a pu être conservée : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows use more than their workload's allocation: %1; those figures are capped at 100 %</source>
        <translation>
            <numerusform>%n ligne dépasse l’allocation de sa charge de travail : %1 ; ces valeurs sont plafonnées à 100 %</numerusform>
            <numerusform>%n lignes dépassent l’allocation de leur charge de travail : %1 ; ces valeurs sont plafonnées à 100 %</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU columns mix percentages ("%1") and cores ("%2"); give them all in one unit</source>
        <translation>les colonnes de CPU mélangent pourcentages (« %1 ») et cœurs (« %2 ») ; exprimez-les toutes dans la même unité</translation>
    </message>
    <message>
        <source>memory columns mix percentages ("%1") and sizes ("%2"); give them all in one unit</source>
        <translation>les colonnes de mémoire mélangent pourcentages (« %1 ») et tailles (« %2 ») ; exprimez-les toutes dans la même unité</translation>
    </message>
    <message>
        <source>Utilisation CSV (Aria Operations, Prometheus, CloudWatch)</source>
        <translation>Données d’utilisation CSV (Aria Operations, Prometheus, CloudWatch)</translation>
    </message>
    <message>
        <source>no column gives the workload name or UUID; expected a column such as "Name", "VM", "Hostname", "Nom" or "UUID" (columns found: %1)</source>
        <translation>aucune colonne ne donne le nom ou l’UUID de la charge de travail ; une colonne telle que « Name », « VM », « Hostname », « Nom » ou « UUID » est attendue (colonnes trouvées : %1)</translation>
    </message>
    <message>
        <source>no column gives a CPU or memory percentile or peak; expected columns such as "CPU P95 (%)", "CPU max (cores)", "Mémoire P95 (%)" or "Memory max (GiB)" (columns found: %1)</source>
        <translation>aucune colonne ne donne de centile ou de pic de CPU ou de mémoire ; des colonnes telles que « CPU P95 (%) », « CPU max (cores) », « Mémoire P95 (%) » ou « Memory max (GiB) » sont attendues (colonnes trouvées : %1)</translation>
    </message>
    <message>
        <source>no column gives the period ("Period", "Start" and "End", "Période", "Début" and "Fin"); the rows are kept without one</source>
        <translation>aucune colonne ne donne la période (« Period », « Start » et « End », « Période », « Début » et « Fin ») ; les lignes sont conservées sans période</translation>
    </message>
    <message>
        <source>an empty field</source>
        <translation>un champ vide</translation>
    </message>
    <message>
        <source>expected a workload name or UUID, found an empty field</source>
        <translation>nom ou UUID de charge de travail attendu, mais le champ est vide</translation>
    </message>
    <message>
        <source>expected a date (2026-10-31 or 31/10/2026), found %1</source>
        <translation>date attendue (2026-10-31 ou 31/10/2026) ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a period (2026-10, or 2026-10-01/2026-10-31), found %1</source>
        <translation>période attendue (2026-10, ou 2026-10-01/2026-10-31) ; trouvé : %1</translation>
    </message>
    <message>
        <source>the period ends on %1, before it starts on %2</source>
        <translation>la période se termine le %1, avant son début le %2</translation>
    </message>
    <message>
        <source>expected a number of samples, found %1</source>
        <translation>nombre d’échantillons attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, found %1</source>
        <translation>pourcentage entre 0 et 100 attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a number of cores, found %1</source>
        <translation>nombre de cœurs attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected an amount of memory, found %1</source>
        <translation>quantité de mémoire attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>"%1" has no CPU or memory figure on this row; it is not imported</source>
        <translation>« %1 » n’a aucune valeur de CPU ni de mémoire sur cette ligne, qui n’est donc pas importée</translation>
    </message>
    <message>
        <source>"%1" (%2) is above "%3" (%4); the figures are kept as written</source>
        <translation>« %1 » (%2) est supérieur à « %3 » (%4) ; les valeurs sont conservées telles quelles</translation>
    </message>
    <message>
        <source>"%1" has another row for the same period on line %2</source>
        <translation>« %1 » a une autre ligne pour la même période, à la ligne %2</translation>
    </message>
    <message>
        <source>%1 is empty; expected a decimal amount</source>
        <translation>%1 est vide ; un montant décimal est attendu</translation>
    </message>
    <message>
        <source>expected a decimal number for %1, found “%2”</source>
        <translation>nombre décimal attendu pour %1, trouvé « %2 »</translation>
    </message>
    <message>
        <source>%1 is empty; expected a date</source>
        <translation>%1 est vide ; une date est attendue</translation>
    </message>
    <message>
        <source>expected a date and time for %1 (such as 2025-01-31T00:00:00Z), found “%2”</source>
        <translation>date et heure attendues pour %1 (comme 2025-01-31T00:00:00Z), trouvé « %2 »</translation>
    </message>
    <message>
        <source>the file holds no %1 header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête %1</translation>
    </message>
    <message numerus="yes">
        <source>%n columns are not %1 columns Boussole reads; their values are kept with each line: %2</source>
        <translation>
            <numerusform>%n colonne n’est pas une colonne %1 que Boussole lit ; ses valeurs sont gardées avec chaque ligne : %2</numerusform>
            <numerusform>%n colonnes ne sont pas des colonnes %1 que Boussole lit ; leurs valeurs sont gardées avec chaque ligne : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2 (is the line or the file cut short?)</source>
        <translation>%1 champs attendus comme dans l’en-tête, %2 trouvés (la ligne ou le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l’en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>timestamps are written without “T” or “Z” (such as “%1”); they are read as UTC</source>
        <translation>les horodatages sont écrits sans « T » ni « Z » (comme « %1 ») ; ils sont lus en UTC</translation>
    </message>
    <message>
        <source>the file has no BillingCurrency column: its amounts are kept with the currency “XXX” (none stated)</source>
        <translation>le fichier n’a pas de colonne BillingCurrency : ses montants sont gardés avec la devise « XXX » (non indiquée)</translation>
    </message>
    <message>
        <source>BillingCurrency is empty; expected a currency code such as EUR</source>
        <translation>BillingCurrency est vide ; un code de devise comme EUR est attendu</translation>
    </message>
    <message>
        <source>values written in another case or spelling are read as FOCUS’s (“%1” as “%2”)</source>
        <translation>les valeurs écrites avec une autre casse ou graphie sont lues comme celles de FOCUS (« %1 » comme « %2 »)</translation>
    </message>
    <message>
        <source>ServiceCategory “%1” is not one of FOCUS’s values; such lines count as “Other”</source>
        <translation>ServiceCategory « %1 » n’est pas une valeur de FOCUS ; ces lignes comptent dans « Other »</translation>
    </message>
    <message>
        <source>Tags is not a JSON object (such as “%1”); the text is kept as it is</source>
        <translation>Tags n’est pas un objet JSON (comme « %1 ») ; le texte est gardé tel quel</translation>
    </message>
    <message>
        <source>FOCUS bill (FinOps cost and usage)</source>
        <translation>Facture FOCUS (coûts et usage FinOps)</translation>
    </message>
    <message>
        <source>not a FOCUS file: the header lacks the column(s) %1</source>
        <translation>pas un fichier FOCUS : il manque à l’en-tête la ou les colonnes %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads derived from the bill</source>
        <translation>
            <numerusform>%n charge de travail déduite de la facture</numerusform>
            <numerusform>%n charges de travail déduites de la facture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %n files; Boussole imports an archive that holds exactly one export</source>
        <translation>
            <numerusform>l’archive contient %n fichier ; Boussole importe une archive qui contient exactement un export</numerusform>
            <numerusform>l’archive contient %n fichiers ; Boussole importe une archive qui contient exactement un export</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no bill lines (only a header?)</source>
        <translation>le fichier ne contient aucune ligne de facture (seulement un en-tête ?)</translation>
    </message>
    <message>
        <source>the bill holds amounts in several currencies (%1): they are kept apart and never added together</source>
        <translation>la facture contient des montants en plusieurs devises (%1) : ils sont gardés à part et jamais additionnés</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>the compressed file is truncated (it ends after %1 bytes in the middle of the data)</source>
        <translation>le fichier compressé est tronqué (il se termine après %1 octets au milieu des données)</translation>
    </message>
    <message>
        <source>the compressed data is damaged near byte %1 (%2)</source>
        <translation>les données compressées sont endommagées vers l’octet %1 (%2)</translation>
    </message>
    <message>
        <source>(is the file truncated?)</source>
        <translation>(le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <source>the file writes missing values as the word NULL (or None, N/A); they are read as empty</source>
        <translation>le fichier écrit les valeurs manquantes avec le mot NULL (ou None, N/A) ; elles sont lues comme vides</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report (CUR, CUR 2.0)</source>
        <translation>Rapport de coûts et d’usage AWS (CUR, CUR 2.0)</translation>
    </message>
    <message>
        <source>not an AWS CUR file: the header lacks the column(s) %1</source>
        <translation>pas un fichier AWS CUR : il manque à l’en-tête la ou les colonnes %1</translation>
    </message>
    <message>
        <source>Azure cost details (EA, MCA, pay-as-you-go)</source>
        <translation>Détail des coûts Azure (EA, MCA, paiement à l’usage)</translation>
    </message>
    <message>
        <source>not an Azure cost details file: the header lacks the column(s) %1</source>
        <translation>pas un détail des coûts Azure : il manque à l’en-tête la ou les colonnes %1</translation>
    </message>
    <message>
        <source>Google Cloud billing (cost table, BigQuery)</source>
        <translation>Facturation Google Cloud (tableau des coûts, BigQuery)</translation>
    </message>
    <message>
        <source>not a Google Cloud billing file: the header lacks the column(s) %1</source>
        <translation>pas un fichier de facturation Google Cloud : il manque à l’en-tête la ou les colonnes %1</translation>
    </message>
    <message>
        <source>expected an interval such as 2025-01-01T00:00:00Z/2025-02-01T00:00:00Z, found “%1”</source>
        <translation>intervalle attendu comme 2025-01-01T00:00:00Z/2025-02-01T00:00:00Z, trouvé « %1 »</translation>
    </message>
    <message>
        <source>CurrencyCode is empty; expected a currency code such as USD</source>
        <translation>CurrencyCode est vide ; un code de devise comme USD est attendu</translation>
    </message>
    <message>
        <source>line item type “%1” is not one Boussole knows; such lines count as adjustments</source>
        <translation>le type de ligne « %1 » est inconnu de Boussole ; ces lignes comptent comme des ajustements</translation>
    </message>
    <message>
        <source>resource_tags is not a map (such as “%1”); the text is kept as it is</source>
        <translation>resource_tags n’est pas un dictionnaire (comme « %1 ») ; le texte est gardé tel quel</translation>
    </message>
    <message>
        <source>the report has no %1 column: commitment lines keep their billed cost as effective cost</source>
        <translation>le rapport n’a pas de colonne %1 : les lignes d’engagement gardent leur coût facturé comme coût effectif</translation>
    </message>
    <message>
        <source>the billing currency is empty; expected a currency code such as EUR</source>
        <translation>la devise de facturation est vide ; un code de devise comme EUR est attendu</translation>
    </message>
    <message>
        <source>charge type “%1” is not one Boussole knows; such lines count as adjustments</source>
        <translation>le type de charge « %1 » est inconnu de Boussole ; ces lignes comptent comme des ajustements</translation>
    </message>
    <message>
        <source>expected an invoice month such as 202503, found “%1”</source>
        <translation>mois de facture attendu comme 202503, trouvé « %1 »</translation>
    </message>
    <message>
        <source>the invoice month is empty; expected a month such as 202503</source>
        <translation>le mois de facture est vide ; un mois comme 202503 est attendu</translation>
    </message>
    <message>
        <source>the currency is empty; expected a currency code such as EUR</source>
        <translation>la devise est vide ; un code de devise comme EUR est attendu</translation>
    </message>
    <message>
        <source>expected a list of credits with amounts, found “%1”</source>
        <translation>liste de crédits avec montants attendue, trouvé « %1 »</translation>
    </message>
    <message>
        <source>labels is not a list of keys and values (such as “%1”); the text is kept as it is</source>
        <translation>labels n’est pas une liste de clés et de valeurs (comme « %1 ») ; le texte est gardé tel quel</translation>
    </message>
</context>
<context>
    <name>Licensing</name>
    <message>
        <source>a source needs a url and a date (YYYY-MM-DD)</source>
        <translation>une source requiert une url et une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>SQL Server Standard</source>
        <translation>SQL Server Standard</translation>
    </message>
    <message>
        <source>SQL Server Enterprise</source>
        <translation>SQL Server Enterprise</translation>
    </message>
    <message>
        <source>SQL Server Web</source>
        <translation>SQL Server Web</translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux</source>
        <translation>Red Hat Enterprise Linux</translation>
    </message>
    <message>
        <source>Oracle Database Enterprise Edition</source>
        <translation>Oracle Database Enterprise Edition</translation>
    </message>
    <message>
        <source>Oracle Database Standard Edition 2</source>
        <translation>Oracle Database Standard Edition 2</translation>
    </message>
    <message>
        <source>unknown product %1</source>
        <translation>produit inconnu %1</translation>
    </message>
    <message>
        <source>expected the unit vcpu-hour</source>
        <translation>l’unité vcpu-hour est attendue</translation>
    </message>
    <message>
        <source>expected a price above 0, found %1</source>
        <translation>prix supérieur à 0 attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a derived figure cannot be marked verified</source>
        <translation>un chiffre calculé ne peut pas être marqué vérifié</translation>
    </message>
    <message>
        <source>%1 on shared virtual machines outside Oracle's authorized clouds: the physical cores of every host that could run it count, which the provider does not disclose; it cannot be sized (licence risk)</source>
        <translation>%1 sur des machines virtuelles partagées hors des clouds autorisés par Oracle : tous les cœurs physiques des hôtes qui pourraient l’exécuter comptent, ce que le fournisseur ne communique pas ; impossible à dimensionner (risque de licence)</translation>
    </message>
    <message>
        <source>%1 is limited to 8 vCPU on authorized clouds; this workload needs %2</source>
        <translation>%1 est limité à 8 vCPU sur les clouds autorisés ; cette charge de travail en demande %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 brought by the customer: %n processor licence(s) counted</source>
        <translation>
            <numerusform>%1 apporté par le client : %n licence processeur comptée</numerusform>
            <numerusform>%1 apporté par le client : %n licences processeur comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n processor licence(s); no licence-included price is known here, so the total is incomplete</source>
        <translation>
            <numerusform>%1 demande %n licence processeur ; aucun prix licence incluse n’est connu ici, le total est donc incomplet</numerusform>
            <numerusform>%1 demande %n licences processeur ; aucun prix licence incluse n’est connu ici, le total est donc incomplet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought by the customer (%2); %n core licence(s) counted</source>
        <translation>
            <numerusform>%1 apporté par le client (%2) ; %n licence de cœur comptée</numerusform>
            <numerusform>%1 apporté par le client (%2) ; %n licences de cœur comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 included in the provider's price: %2 %3 per vCPU-hour × %n vCPU</source>
        <translation>
            <numerusform>%1 inclus dans le prix du fournisseur : %2 %3 par vCPU-heure × %n vCPU</numerusform>
            <numerusform>%1 inclus dans le prix du fournisseur : %2 %3 par vCPU-heure × %n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customer's licence cannot be brought here under the rules Boussole knows, and no licence-included price is known; the total is incomplete</source>
        <translation>%1 : selon les règles que Boussole connaît, la licence du client ne peut pas être apportée ici, et aucun prix licence incluse n’est connu ; le total est incomplet</translation>
    </message>
    <message>
        <source>%1: no licence-included price is known for this provider; the total is incomplete (enter the customer's licences to count them as brought)</source>
        <translation>%1 : aucun prix licence incluse n’est connu chez ce fournisseur ; le total est incomplet (saisissez les licences du client pour les compter comme apportées)</translation>
    </message>
    <message>
        <source>%1: included in the managed service's price</source>
        <translation>%1 : compris dans le prix du service managé</translation>
    </message>
    <message>
        <source>%1: included in the compute price</source>
        <translation>%1 : compris dans le prix du calcul</translation>
    </message>
    <message>
        <source>%1 on a dedicated host is licensed per physical core of the host: not priced</source>
        <translation>%1 sur un hôte dédié se licencie par cœur physique de l’hôte : non chiffré</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>no rate to convert %1 to EUR</source>
        <translation>aucun taux pour convertir %1 en EUR</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Oracle Database</source>
        <translation>Oracle Database</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Datacenter</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Standard Edition 2</source>
        <translation>Standard Edition 2</translation>
    </message>
    <message>
        <source>core licences</source>
        <translation>licences par cœur</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>souscriptions</translation>
    </message>
    <message>
        <source>processor licences</source>
        <translation>licences par processeur</translation>
    </message>
    <message>
        <source>assurance until %1</source>
        <translation>Software Assurance jusqu’au %1</translation>
    </message>
    <message>
        <source>with assurance</source>
        <translation>avec Software Assurance</translation>
    </message>
    <message>
        <source>without assurance</source>
        <translation>sans Software Assurance</translation>
    </message>
    <message>
        <source>expected a list of licences, found %1</source>
        <translation>une liste de licences était attendue, trouvé %1</translation>
    </message>
    <message>
        <source>expected windows-server, sql-server, rhel or oracle-database, found %1</source>
        <translation>windows-server, sql-server, rhel ou oracle-database était attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>une valeur parmi %1 était attendue, trouvé %2</translation>
    </message>
    <message>
        <source>expected a number of licences (quantity, cores, subscriptions or processors), found %1</source>
        <translation>un nombre de licences (quantity, cores, subscriptions ou processors) était attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), found %1</source>
        <translation>une date (AAAA-MM-JJ) était attendue, trouvé %1</translation>
    </message>
    <message>
        <source>%1: not allowed here</source>
        <translation>%1 : non autorisé ici</translation>
    </message>
    <message>
        <source>%1: %2 left, %3 needed</source>
        <translation>%1 : %2 restants, %3 nécessaires</translation>
    </message>
    <message>
        <source>%1 brought by the customer (%2); one subscription for this VM</source>
        <translation>%1 apporté par le client (%2) ; une souscription pour cette VM</translation>
    </message>
    <message>
        <source>entitlement used: %1; %2 used, %3 left</source>
        <translation>droit utilisé : %1 ; %2 utilisés, %3 restants</translation>
    </message>
    <message>
        <source>entitlements not used: %1</source>
        <translation>droits non utilisés : %1</translation>
    </message>
</context>
<context>
    <name>MergeAssessmentCommand</name>
    <message>
        <source>Merge an assessment of %1</source>
        <translation>Fusionner une évaluation de %1</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>chosen by hand</source>
        <translation>choisie à la main</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>échéance de %1</translation>
    </message>
    <message>
        <source>Rehost</source>
        <translation>Réhéberger</translation>
    </message>
    <message>
        <source>Replatform</source>
        <translation>Replateformer</translation>
    </message>
    <message>
        <source>Refactor</source>
        <translation>Refactoriser</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Racheter</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>En migration</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Décommissionnée</translation>
    </message>
    <message>
        <source>a template, not a running workload: left out of the waves</source>
        <translation>un modèle, pas une charge de travail en service : écarté des vagues</translation>
    </message>
    <message>
        <source>powered off: probably no longer used, to be decommissioned</source>
        <translation>éteinte : sans doute plus utilisée, à décommissionner</translation>
    </message>
    <message>
        <source>a database: moves to a managed database service</source>
        <translation>une base de données : passe sur un service de base de données géré</translation>
    </message>
    <message>
        <source>a container: redeployed on a managed container platform</source>
        <translation>un conteneur : redéployé sur une plateforme de conteneurs gérée</translation>
    </message>
    <message>
        <source>a Kubernetes node: replaced by a managed cluster</source>
        <translation>un nœud Kubernetes : remplacé par un cluster géré</translation>
    </message>
    <message>
        <source>storage: the data is copied as it is</source>
        <translation>stockage : les données sont copiées telles quelles</translation>
    </message>
    <message>
        <source>a machine: moved as it is (lift and shift)</source>
        <translation>une machine : déplacée telle quelle (lift and shift)</translation>
    </message>
    <message>
        <source>the project is open read-only; the plan cannot be saved</source>
        <translation>le projet est ouvert en lecture seule ; le plan ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>a workload cannot depend on itself</source>
        <translation>une charge de travail ne peut pas dépendre d’elle-même</translation>
    </message>
    <message>
        <source>the plan needs a start date</source>
        <translation>le plan requiert une date de début</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Décommissionner</translation>
    </message>
    <message>
        <source>asked to start on %1, but it has to wait until %2</source>
        <translation>début demandé le %1, mais elle doit attendre le %2</translation>
    </message>
    <message>
        <source>its migration waits for %1 to be validated</source>
        <translation>sa migration attend la validation de %1</translation>
    </message>
    <message>
        <source>1. An application's environment moves as one block.</source>
        <translation>1. L’environnement d’une application migre d’un seul bloc.</translation>
    </message>
    <message>
        <source>2. Workloads that depend on each other in a cycle move together.</source>
        <translation>2. Les charges de travail qui dépendent les unes des autres en cycle migrent ensemble.</translation>
    </message>
    <message>
        <source>3. Dependencies move in the same wave or an earlier one.</source>
        <translation>3. Les dépendances migrent dans la même vague ou une vague antérieure.</translation>
    </message>
    <message>
        <source>4. Non-production moves before production; a wave never mixes them.</source>
        <translation>4. La hors-production migre avant la production ; une vague ne les mélange jamais.</translation>
    </message>
    <message>
        <source>5. Critical or complex applications are not in the first waves.</source>
        <translation>5. Les applications critiques ou complexes ne sont pas dans les premières vagues.</translation>
    </message>
    <message>
        <source>6. A wave stays within its size cap.</source>
        <translation>6. Une vague reste sous sa taille maximale.</translation>
    </message>
    <message>
        <source>7. The highest priority score goes first.</source>
        <translation>7. Le score de priorité le plus élevé passe en premier.</translation>
    </message>
    <message>
        <source>the same machine as another record, counted there</source>
        <translation>la même machine qu’un autre enregistrement, comptée là-bas</translation>
    </message>
    <message>
        <source>unknown environment</source>
        <translation>environnement inconnu</translation>
    </message>
    <message>
        <source>%1 depend on each other across production and non-production: they move together in a production wave</source>
        <translation>%1 dépendent les unes des autres entre production et hors-production : elles migrent ensemble dans une vague de production</translation>
    </message>
    <message>
        <source>%1 is critical or complex but nothing else could move first: it is in wave %2</source>
        <translation>%1 est critique ou complexe mais rien d’autre ne pouvait migrer avant : elle est dans la vague %2</translation>
    </message>
    <message>
        <source>wave %1 because production follows its non-production environments in wave %2</source>
        <translation>vague %1 car la production suit ses environnements hors production de la vague %2</translation>
    </message>
    <message>
        <source>wave %1 together with %2, which it depends on</source>
        <translation>vague %1 avec %2, dont elle dépend</translation>
    </message>
    <message>
        <source>wave %1 because it depends on %2 in wave %3</source>
        <translation>vague %1 car elle dépend de %2 en vague %3</translation>
    </message>
    <message numerus="yes">
        <source>wave %1 because critical applications are not in the first %n wave(s)</source>
        <translation>
            <numerusform>vague %1 car les applications critiques ne sont pas dans la première vague</numerusform>
            <numerusform>vague %1 car les applications critiques ne sont pas dans les %n premières vagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wave %1 because complex applications are not in the first %n wave(s)</source>
        <translation>
            <numerusform>vague %1 car les applications complexes ne sont pas dans la première vague</numerusform>
            <numerusform>vague %1 car les applications complexes ne sont pas dans les %n premières vagues</numerusform>
        </translation>
    </message>
    <message>
        <source>wave 1: nothing to wait for, priority score %1</source>
        <translation>vague 1 : rien à attendre, score de priorité %1</translation>
    </message>
    <message>
        <source>wave %1 because wave %2 moves production; priority score %3</source>
        <translation>vague %1 car la vague %2 migre de la production ; score de priorité %3</translation>
    </message>
    <message>
        <source>wave %1 because wave %2 moves non-production; priority score %3</source>
        <translation>vague %1 car la vague %2 migre de la hors-production ; score de priorité %3</translation>
    </message>
    <message>
        <source>wave %1 because wave %2 was full (at most %3 workloads); priority score %4</source>
        <translation>vague %1 car la vague %2 était pleine (au plus %3 charges de travail) ; score de priorité %4</translation>
    </message>
    <message>
        <source>%1 depend on each other and move together</source>
        <translation>%1 dépendent les unes des autres et migrent ensemble</translation>
    </message>
    <message>
        <source>larger than the cap of %1 workloads, kept whole</source>
        <translation>plus grande que la limite de %1 charges de travail, gardée entière</translation>
    </message>
    <message>
        <source>Wave %1 (production)</source>
        <translation>Vague %1 (production)</translation>
    </message>
    <message>
        <source>Wave %1 (non-production)</source>
        <translation>Vague %1 (hors production)</translation>
    </message>
    <message>
        <source>the plan is exported as .csv or .xml (MS Project), not .%1</source>
        <translation>le plan est exporté en .csv ou .xml (MS Project), pas en .%1</translation>
    </message>
</context>
<context>
    <name>MoveWaveCommand</name>
    <message>
        <source>Resize wave</source>
        <translation>Redimensionner la vague</translation>
    </message>
    <message>
        <source>Move wave</source>
        <translation>Déplacer la vague</translation>
    </message>
</context>
<context>
    <name>OnPremisesDialog</name>
    <message>
        <source>On-premises costs</source>
        <translation>Coûts sur site</translation>
    </message>
    <message>
        <source>What a workload kept in your own datacentre costs per month, from its size. Today's cost adds it for the workloads no bill covers, and a placement rule to “on-premises” keeps workloads on site at this cost. Leave every rate empty to cost from the bills only; a rate left empty while others are entered makes the figure incomplete (enter 0 when it is included elsewhere). A basis left empty is an assumption.</source>
        <translation>Ce que coûte par mois une charge de travail gardée dans votre propre centre de données, d’après sa taille. Le coût actuel l’ajoute pour les charges de travail qu’aucune facture ne couvre, et une règle de placement vers « on-premises » garde des charges de travail sur site à ce coût. Laissez tous les tarifs vides pour chiffrer d’après les seules factures ; un tarif laissé vide alors que d’autres sont saisis rend le chiffre incomplet (saisissez 0 s’il est compté ailleurs). Une base laissée vide est une hypothèse.</translation>
    </message>
    <message>
        <source>Per vCPU (EUR/month):</source>
        <translation>Par vCPU (EUR/mois) :</translation>
    </message>
    <message>
        <source>Per GiB of memory (EUR/month):</source>
        <translation>Par Gio de mémoire (EUR/mois) :</translation>
    </message>
    <message>
        <source>Per GB of provisioned storage (EUR/month):</source>
        <translation>Par Go de stockage provisionné (EUR/mois) :</translation>
    </message>
    <message>
        <source>Fixed datacentre amount (EUR/month, optional):</source>
        <translation>Montant fixe du centre de données (EUR/mois, facultatif) :</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>assumption (or the source)</source>
        <translation>hypothèse (ou la source)</translation>
    </message>
    <message>
        <source>Hosting, power, staff, licences already owned…: counted once, in today's cost and in a scenario that keeps at least one workload on site</source>
        <translation>Hébergement, énergie, personnel, licences déjà acquises… : compté une fois, dans le coût actuel et dans un scénario qui garde au moins une charge de travail sur site</translation>
    </message>
    <message>
        <source>“%1” is not an amount (a number, 0 or more, or empty).</source>
        <translation>« %1 » n’est pas un montant (un nombre, 0 ou plus, ou vide).</translation>
    </message>
</context>
<context>
    <name>PriceBook</name>
    <message>
        <source>provider is empty</source>
        <translation>provider est vide</translation>
    </message>
    <message>
        <source>expected a discount between 0 and 100 %, found “%1”</source>
        <translation>remise attendue entre 0 et 100 %, trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected a price, found “%1”</source>
        <translation>prix attendu, trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected a currency code such as EUR, found “%1”</source>
        <translation>code de devise attendu comme EUR, trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected the unit hour, month, GB-month or GB, found “%1”</source>
        <translation>unité attendue hour, month, GB-month ou GB, trouvé « %1 »</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found “%1”</source>
        <translation>date AAAA-MM-JJ attendue, trouvé « %1 »</translation>
    </message>
    <message>
        <source>every negotiated price needs the date of its quote or contract (column date)</source>
        <translation>chaque prix négocié requiert la date de son devis ou de son contrat (colonne date)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected a list of entries</source>
        <translation>liste d’entrées attendue</translation>
    </message>
    <message>
        <source>the header has no column provider</source>
        <translation>l’en-tête n’a pas de colonne provider</translation>
    </message>
    <message>
        <source>the file holds no price</source>
        <translation>le fichier ne contient aucun prix</translation>
    </message>
    <message>
        <source>a dedicated host needs %1 (a positive number; the vCPU overcommit ratio is at least 1, 1 for none), found “%2”</source>
        <translation>un hôte dédié requiert %1 (un nombre positif ; le ratio de surallocation des vCPU vaut au moins 1, 1 pour aucune), trouvé « %2 »</translation>
    </message>
    <message>
        <source>expected the kind price, quote, host or discount, found “%1”</source>
        <translation>type attendu price, quote, host ou discount, trouvé « %1 »</translation>
    </message>
    <message>
        <source>%1: host size from %2, price not quoted yet</source>
        <translation>%1 : taille de l’hôte d’après %2, prix pas encore chiffré</translation>
    </message>
    <message>
        <source>dedicated host described by %1</source>
        <translation>hôte dédié décrit par %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>No file name was given for the new project.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour le nouveau projet.</translation>
    </message>
    <message>
        <source>“%1” already exists. Boussole never overwrites a file when it creates a project: choose another name.</source>
        <translation>« %1 » existe déjà. Boussole n’écrase jamais un fichier lors de la création d’un projet : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder does not exist.</source>
        <translation>Impossible de créer « %1 » : le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer « %1 » : %2</translation>
    </message>
    <message>
        <source>No project file was given.</source>
        <translation>Aucun fichier de projet n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Boussole project.</source>
        <translation>« %1 » est un dossier, pas un projet Boussole.</translation>
    </message>
    <message>
        <source>“%1” is not a Boussole project (it is not a regular file).</source>
        <translation>« %1 » n’est pas un projet Boussole (ce n’est pas un fichier ordinaire).</translation>
    </message>
    <message>
        <source>“%1” is not a Boussole project (it is not a SQLite database).</source>
        <translation>« %1 » n’est pas un projet Boussole (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup or ask for a new copy.</source>
        <translation>« %1 » est endommagé et ne peut pas être ouvert (%2). Restaurez-le à partir d’une sauvegarde ou demandez-en une nouvelle copie.</translation>
    </message>
    <message>
        <source>“%1” is not a Boussole project: it was made by another application.</source>
        <translation>« %1 » n’est pas un projet Boussole : il a été créé par une autre application.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Boussole project (the file is empty).</source>
        <translation>« %1 » n’est pas un projet Boussole (le fichier est vide).</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>“%1” is in use by another program. Close it there and try again.</source>
        <translation>« %1 » est utilisé par un autre programme. Fermez-le dans ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>Not enough memory to open “%1”.</source>
        <translation>Mémoire insuffisante pour ouvrir « %1 ».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is read-only, so it was opened read-only: changes cannot be saved. Use Save as to keep working on a copy.</source>
        <translation>« %1 » est en lecture seule ; il a donc été ouvert en lecture seule et les modifications ne peuvent pas être enregistrées. Utilisez « Enregistrer sous » pour continuer à travailler sur une copie.</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only (SQLite keeps its journal next to the file), so the project was opened read-only: changes cannot be saved. Use Save as to keep working on a copy.</source>
        <translation>Le dossier de « %1 » est en lecture seule (SQLite conserve son journal à côté du fichier) ; le projet a donc été ouvert en lecture seule et les modifications ne peuvent pas être enregistrées. Utilisez « Enregistrer sous » pour continuer à travailler sur une copie.</translation>
    </message>
    <message>
        <source>“%1” was created by a newer version of Boussole (schema %2); this version reads up to schema %3 — please update Boussole.</source>
        <translation>« %1 » a été créé par une version plus récente de Boussole (schéma %2) ; cette version lit au plus le schéma %3. Mettez Boussole à jour.</translation>
    </message>
    <message>
        <source>invalid schema version %1</source>
        <translation>version de schéma %1 non valide</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>la vérification d’intégrité n’a donné aucune réponse</translation>
    </message>
    <message>
        <source>“%1” was made by an older version of Boussole and must be upgraded, which is not possible while it is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>« %1 » a été créé par une version antérieure de Boussole et doit être mis à niveau, ce qui est impossible tant qu’il est en lecture seule. Copiez-le dans un dossier où vous avez le droit d’écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Boussole: %2</source>
        <translation>« %1 » n’a pas pu être mis à niveau vers cette version de Boussole : %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written, so it was opened read-only: changes cannot be saved. Use Save as to keep working on a copy.</source>
        <translation>« %1 » n’est pas accessible en écriture ; il a donc été ouvert en lecture seule et les modifications ne peuvent pas être enregistrées. Utilisez « Enregistrer sous » pour continuer à travailler sur une copie.</translation>
    </message>
    <message>
        <source>“%1” is on a network share, where file locking is unreliable: do not open it from two computers at once, and prefer working on a local copy.</source>
        <translation>« %1 » se trouve sur un partage réseau, où le verrouillage des fichiers n’est pas fiable : ne l’ouvrez pas depuis deux ordinateurs à la fois et travaillez de préférence sur une copie locale.</translation>
    </message>
    <message>
        <source>another connection still uses the file</source>
        <translation>une autre connexion utilise encore le fichier</translation>
    </message>
    <message>
        <source>“%1” was not closed cleanly: %2</source>
        <translation>« %1 » n’a pas été fermé correctement : %2</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>Le projet est fermé.</translation>
    </message>
    <message>
        <source>“%1” is open read-only; changes cannot be saved.</source>
        <translation>« %1 » est ouvert en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Could not save changes to “%1”: %2</source>
        <translation>Impossible d’enregistrer les modifications de « %1 » : %2</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>Impossible d’enregistrer une copie sous « %1 » : %2</translation>
    </message>
    <message>
        <source>the link points nowhere</source>
        <translation>le lien ne pointe vers aucun fichier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>that file is open in another program or was not closed properly</source>
        <translation>ce fichier est ouvert dans un autre programme ou n’a pas été fermé correctement</translation>
    </message>
    <message>
        <source>The copy “%1” was written but cannot be opened: %2</source>
        <translation>La copie « %1 » a été écrite mais ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>workload %1 (“%2”): %3</source>
        <translation>charge de travail %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <source>There is no import “%1” in “%2”.</source>
        <translation>Il n’y a pas d’import « %1 » dans « %2 ».</translation>
    </message>
    <message>
        <source>There is no workload “%1”.</source>
        <translation>Il n’y a pas de charge de travail « %1 ».</translation>
    </message>
    <message>
        <source>utilisation row %1 (“%2”): %3</source>
        <translation>ligne d’utilisation %1 (« %2 ») : %3</translation>
    </message>
    <message>
        <source>“%1” uses an older format: open it once in Boussole's window, which upgrades it, then try again.</source>
        <translation>« %1 » utilise un format plus ancien : ouvrez-le une fois dans la fenêtre de Boussole, qui le met à jour, puis réessayez.</translation>
    </message>
    <message>
        <source>cannot store the bill lines: %1</source>
        <translation>impossible d’enregistrer les lignes de facture : %1</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>same identifier (%1)</source>
        <translation>même identifiant (%1)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
</context>
<context>
    <name>RemoveImportCommand</name>
    <message>
        <source>Remove the import of %1</source>
        <translation>la suppression de l’import de %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Cet import n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ReplanCommand</name>
    <message>
        <source>Plan automatically</source>
        <translation>Planifier automatiquement</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>no provider “%1” in the catalog</source>
        <translation>pas de fournisseur « %1 » dans le catalogue</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected an amount, found %1</source>
        <translation>montant attendu, trouvé %1</translation>
    </message>
    <message>
        <source>a rule needs a provider</source>
        <translation>une règle requiert un fournisseur</translation>
    </message>
    <message>
        <source>a discount is below 100 %</source>
        <translation>une remise est inférieure à 100 %</translation>
    </message>
    <message>
        <source>a term needs its basis: the quote it comes from, or "assumption"</source>
        <translation>une condition requiert sa base : le devis dont elle vient, ou « assumption »</translation>
    </message>
    <message>
        <source>a horizon is 1 to 10 years</source>
        <translation>un horizon va de 1 à 10 ans</translation>
    </message>
    <message>
        <source>%1 left out: no rate to EUR in the catalog</source>
        <translation>%1 écarté : pas de taux vers EUR dans le catalogue</translation>
    </message>
    <message>
        <source>%1 converted with 1 %2 = %3 %4 (%5)</source>
        <translation>%1 converti avec 1 %2 = %3 %4 (%5)</translation>
    </message>
    <message>
        <source>expected 50, 95, 99 or 100, found %1</source>
        <translation>50, 95, 99 ou 100 attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM), found %1</source>
        <translation>date attendue (AAAA-MM), trouvé %1</translation>
    </message>
    <message numerus="yes">
        <source>Commitment %1: the bills do not state its expiry (FOCUS does not carry it); assumption: paid %n more month(s).</source>
        <translation>
            <numerusform>Engagement %1 : les factures n’indiquent pas son échéance (FOCUS ne la porte pas) ; hypothèse : encore payé %n mois.</numerusform>
            <numerusform>Engagement %1 : les factures n’indiquent pas son échéance (FOCUS ne la porte pas) ; hypothèse : encore payé %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment %1 expires on %2 (its start plus its term).</source>
        <translation>L’engagement %1 expire le %2 (son début plus sa durée).</translation>
    </message>
    <message>
        <source>Commitments are paid until they expire even after the workloads move (%1 over the horizon). Staying, once a commitment expires, its usage pays on demand, the commitment assumed to have saved %2 % (assumption; no renewal): %3 more over the horizon.</source>
        <translation>Les engagements restent payés jusqu’à leur échéance, même après le départ des charges de travail (%1 sur l’horizon). En restant, une fois un engagement échu, son usage est payé à la demande, l’engagement étant supposé avoir fait économiser %2 % (hypothèse ; sans renouvellement) : %3 de plus sur l’horizon.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>the scenario's assumptions as they are</source>
        <translation>les hypothèses du scénario telles quelles</translation>
    </message>
    <message>
        <source>Target prices +%1 %</source>
        <translation>Prix cibles +%1 %</translation>
    </message>
    <message>
        <source>Target prices −%1 %</source>
        <translation>Prix cibles −%1 %</translation>
    </message>
    <message>
        <source>assumption: every target price × %1</source>
        <translation>hypothèse : chaque prix cible × %1</translation>
    </message>
    <message>
        <source>Egress ×%1</source>
        <translation>Trafic sortant ×%1</translation>
    </message>
    <message>
        <source>assumption: the target's egress and the data leaving the old provider × %1; today's bills as billed</source>
        <translation>hypothèse : le trafic sortant de la cible et les données quittant l’ancien fournisseur × %1 ; les factures actuelles telles que facturées</translation>
    </message>
    <message>
        <source>Sizing at the measured maximum</source>
        <translation>Dimensionnement au maximum mesuré</translation>
    </message>
    <message>
        <source>Sizing at P%1</source>
        <translation>Dimensionnement au P%1</translation>
    </message>
    <message>
        <source>not applicable: no utilisation data</source>
        <translation>non applicable : aucune donnée d’utilisation</translation>
    </message>
    <message>
        <source>assumption: performance sizing at P%1 instead of P%2</source>
        <translation>hypothèse : dimensionnement selon l’utilisation au P%1 au lieu du P%2</translation>
    </message>
    <message>
        <source>assumption: performance sizing at P%1 (the base sizes as allocated)</source>
        <translation>hypothèse : dimensionnement selon l’utilisation au P%1 (la base dimensionne à l’identique)</translation>
    </message>
    <message>
        <source>Data leaving the old provider is costed at its egress price, but this cost may fall: under the EU Data Act (Regulation (EU) 2023/2854, Art. 29), providers may charge a customer who switches no more than the switching's direct cost (egress included) until 12 January 2027, and nothing after. Our summary, not legal advice: https://eur-lex.europa.eu/eli/reg/2023/2854/oj</source>
        <translation>Les données qui quittent l’ancien fournisseur sont chiffrées à son prix de trafic sortant, mais ce coût peut baisser : selon le règlement européen sur les données (Data Act, règlement (UE) 2023/2854, art. 29), un fournisseur ne peut facturer à un client qui change de fournisseur que le coût direct du changement (trafic sortant compris) jusqu’au 12 janvier 2027, puis plus rien. Notre résumé, pas un avis juridique : https://eur-lex.europa.eu/eli/reg/2023/2854/oj</translation>
    </message>
    <message>
        <source>a price change for the sensitivity is below 100 %</source>
        <translation>une variation de prix pour la sensibilité est inférieure à 100 %</translation>
    </message>
    <message>
        <source>the on-premises cost model is not set</source>
        <translation>le modèle de coûts sur site n’est pas renseigné</translation>
    </message>
    <message>
        <source>on-premises rates not entered</source>
        <translation>tarifs sur site non saisis</translation>
    </message>
    <message>
        <source>on-premises size unknown (%1)</source>
        <translation>taille inconnue sur site (%1)</translation>
    </message>
    <message>
        <source>expected any, application, data-class, environment, kind, site or tag:KEY, found %1</source>
        <translation>any, application, data-class, environment, kind, site ou tag:CLÉ attendu, trouvé %1</translation>
    </message>
    <message numerus="yes">
        <source>on premises: %n workload(s) the bills do not cover, costed with the on-premises model</source>
        <translation>
            <numerusform>sur site : %n charge de travail que les factures ne couvrent pas, chiffrée avec le modèle de coûts sur site</numerusform>
            <numerusform>sur site : %n charges de travail que les factures ne couvrent pas, chiffrées avec le modèle de coûts sur site</numerusform>
        </translation>
    </message>
    <message>
        <source>on premises incomplete: size unknown for %1</source>
        <translation>sur site incomplet : taille inconnue pour %1</translation>
    </message>
    <message>
        <source>on premises incomplete: no rate entered for %1</source>
        <translation>sur site incomplet : aucun tarif saisi pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Today includes %1 per month on premises for %n workload(s) the bills do not cover: the project's on-premises cost model, whose rates are assumptions unless a source is given.</source>
        <translation>
            <numerusform>Le coût actuel comprend %1 par mois sur site pour %n charge de travail que les factures ne couvrent pas : le modèle de coûts sur site du projet, dont les tarifs sont des hypothèses sauf source indiquée.</numerusform>
            <numerusform>Le coût actuel comprend %1 par mois sur site pour %n charges de travail que les factures ne couvrent pas : le modèle de coûts sur site du projet, dont les tarifs sont des hypothèses sauf source indiquée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>cannot write the image</source>
        <translation>impossible d’écrire l’image</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>a mapping needs id, names, kind, basis and a dated source</source>
        <translation>une correspondance requiert id, names, kind, basis et une source datée</translation>
    </message>
    <message>
        <source>the name “%1” is mapped twice</source>
        <translation>le nom « %1 » a deux correspondances</translation>
    </message>
    <message>
        <source>added in this project</source>
        <translation>ajoutée dans ce projet</translation>
    </message>
    <message>
        <source>edited in this project</source>
        <translation>modifiée dans ce projet</translation>
    </message>
</context>
<context>
    <name>SetAssessmentCommand</name>
    <message>
        <source>Assess %1</source>
        <translation>Évaluer %1</translation>
    </message>
    <message numerus="yes">
        <source>Assess %n items</source>
        <translation>
            <numerusform>Évaluer %n exigence</numerusform>
            <numerusform>Évaluer %n exigences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCompareSettingsCommand</name>
    <message>
        <source>Change comparison settings</source>
        <translation>Modifier les réglages de comparaison</translation>
    </message>
</context>
<context>
    <name>SetDuplicateOfCommand</name>
    <message numerus="yes">
        <source>Mark %n record(s) as the same machine</source>
        <translation>
            <numerusform>le marquage de %n enregistrement comme doublon</numerusform>
            <numerusform>le marquage de %n enregistrements comme doublons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetEntitlementsCommand</name>
    <message>
        <source>Change licence entitlements</source>
        <translation>Modifier les droits de licence</translation>
    </message>
</context>
<context>
    <name>SetEvidenceExpiryCommand</name>
    <message>
        <source>Set the expiry of %1</source>
        <translation>Fixer la date d’expiration de %1</translation>
    </message>
    <message>
        <source>Clear the expiry of %1</source>
        <translation>Retirer la date d’expiration de %1</translation>
    </message>
</context>
<context>
    <name>SetOnPremisesCommand</name>
    <message>
        <source>Change on-premises costs</source>
        <translation>Modifier les coûts sur site</translation>
    </message>
</context>
<context>
    <name>SetPlanAssumptionsCommand</name>
    <message>
        <source>Change planning assumptions</source>
        <translation>Modifier les hypothèses de planification</translation>
    </message>
</context>
<context>
    <name>SetProgressCommand</name>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer l’avancement</translation>
    </message>
</context>
<context>
    <name>SetProjectFieldCommand</name>
    <message>
        <source>Rename project</source>
        <translation>le renommage du projet</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>la modification du client</translation>
    </message>
    <message>
        <source>Change the organisation's sector</source>
        <translation>Modifier le secteur de l’organisation</translation>
    </message>
</context>
<context>
    <name>SetServiceMapCommand</name>
    <message>
        <source>Change the services map</source>
        <translation>Modifier la correspondance des services</translation>
    </message>
</context>
<context>
    <name>SetStrategyCommand</name>
    <message>
        <source>Change strategy</source>
        <translation>Changer de stratégie</translation>
    </message>
</context>
<context>
    <name>SetWorkloadFieldCommand</name>
    <message numerus="yes">
        <source>Set the environment of %n workload(s)</source>
        <translation>
            <numerusform>la modification de l’environnement de %n charge de travail</numerusform>
            <numerusform>la modification de l’environnement de %n charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the criticality of %n workload(s)</source>
        <translation>
            <numerusform>la modification de la criticité de %n charge de travail</numerusform>
            <numerusform>la modification de la criticité de %n charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the data class of %n workload(s)</source>
        <translation>
            <numerusform>la modification de la classe de données de %n charge de travail</numerusform>
            <numerusform>la modification de la classe de données de %n charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the application of %n workload(s)</source>
        <translation>
            <numerusform>la modification de l’application de %n charge de travail</numerusform>
            <numerusform>la modification de l’application de %n charges de travail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>boussole::CommitmentTableModel</name>
    <message>
        <source>Ends within six months: plan the migration around it</source>
        <translation>Se termine dans moins de six mois : planifier la migration en conséquence</translation>
    </message>
    <message>
        <source>Already ended</source>
        <translation>Déjà terminé</translation>
    </message>
    <message>
        <source>The bills do not give the end of this commitment</source>
        <translation>Les factures n’indiquent pas la fin de cet engagement</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <translation>Facturé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Effective cost</source>
        <translation>Coût effectif</translation>
    </message>
</context>
<context>
    <name>boussole::ComparisonPage</name>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>trafic sortant</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>Comparison settings</source>
        <translation>Réglages de comparaison</translation>
    </message>
    <message>
        <source>EU regions</source>
        <translation>Régions UE</translation>
    </message>
    <message>
        <source>France only</source>
        <translation>France seulement</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>Where the workloads may run</source>
        <translation>Où les charges de travail peuvent tourner</translation>
    </message>
    <message>
        <source>As allocated</source>
        <translation>Tel qu’alloué</translation>
    </message>
    <message>
        <source>Performance-based</source>
        <translation>Selon les performances</translation>
    </message>
    <message>
        <source>As allocated: the vCPU and memory the machines have today. Performance-based: a percentile of their measured use × a comfort factor, where utilisation was imported.</source>
        <translation>Tel qu’alloué : les vCPU et la mémoire des machines aujourd’hui. Selon les performances : un centile de leur utilisation mesurée × un facteur de confort, là où l’utilisation a été importée.</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Which percentile of measured use performance-based sizing reads</source>
        <translation>Quel centile de l’utilisation mesurée le dimensionnement selon les performances retient</translation>
    </message>
    <message>
        <source>Headroom over the measured use (1.3 = 30 % more)</source>
        <translation>Marge au-dessus de l’utilisation mesurée (1,3 = 30 % de plus)</translation>
    </message>
    <message>
        <source>HDS</source>
        <translation>HDS</translation>
    </message>
    <message>
        <source>Only offers certified HDS (health data hosting)</source>
        <translation>Seulement des offres certifiées HDS (hébergement de données de santé)</translation>
    </message>
    <message>
        <source>SecNumCloud</source>
        <translation>SecNumCloud</translation>
    </message>
    <message>
        <source>Only offers qualified SecNumCloud</source>
        <translation>Seulement des offres qualifiées SecNumCloud</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>Internet egress of the whole estate per month</source>
        <translation>Trafic sortant Internet de tout le parc par mois</translation>
    </message>
    <message>
        <source>Which providers of the catalog to compare</source>
        <translation>Quels fournisseurs du catalogue comparer</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <source>Sizing:</source>
        <translation>Dimensionnement :</translation>
    </message>
    <message>
        <source>× comfort</source>
        <translation>× confort</translation>
    </message>
    <message>
        <source>Require:</source>
        <translation>Exiger :</translation>
    </message>
    <message>
        <source>Egress per month:</source>
        <translation>Trafic sortant par mois :</translation>
    </message>
    <message>
        <source>Score weights: cost</source>
        <translation>Pondération des scores : coût</translation>
    </message>
    <message>
        <source>sovereignty</source>
        <translation>souveraineté</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>certification</translation>
    </message>
    <message>
        <source>Filter workloads…</source>
        <translation>Filtrer les charges de travail…</translation>
    </message>
    <message>
        <source>Select a cell to see why that offer was chosen.</source>
        <translation>Sélectionnez une cellule pour voir pourquoi cette offre a été choisie.</translation>
    </message>
    <message>
        <source>Providers (%1 of %2)</source>
        <translation>Fournisseurs (%1 sur %2)</translation>
    </message>
    <message>
        <source>The price catalog could not be read</source>
        <translation>Le catalogue de prix est illisible</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Rien à comparer pour le moment</translation>
    </message>
    <message>
        <source>The comparison sizes each workload of the estate onto each provider's offers and prices it from the dated, sourced catalog. Import an inventory first.</source>
        <translation>La comparaison dimensionne chaque charge de travail du parc sur les offres de chaque fournisseur et la chiffre à partir du catalogue daté et sourcé. Importez d’abord un inventaire.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Prices as of %1 (catalog: %2), in EUR per month, net of VAT.</source>
        <translation>Prix au %1 (catalogue : %2), en EUR par mois, hors TVA.</translation>
    </message>
    <message numerus="yes">
        <source>“?”: incomplete, a needed component has no sourced price (never counted as zero). “*”: %n price(s) not verified.</source>
        <translation>
            <numerusform>« ? » : incomplet, une composante nécessaire n’a pas de prix sourcé (jamais comptée comme nulle). « * » : %n prix non vérifié.</numerusform>
            <numerusform>« ? » : incomplet, une composante nécessaire n’a pas de prix sourcé (jamais comptée comme nulle). « * » : %n prix non vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) not compared (templates, duplicates, powered off).</source>
        <translation>
            <numerusform>%n charge de travail non comparée (modèles, doublons, éteintes).</numerusform>
            <numerusform>%n charges de travail non comparées (modèles, doublons, éteintes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly total by cost component (EUR)</source>
        <translation>Total mensuel par composante de coût (EUR)</translation>
    </message>
    <message>
        <source>cost %1 · sovereignty %2 · certification %3</source>
        <translation>coût %1 · souveraineté %2 · certification %3</translation>
    </message>
    <message>
        <source>Cost: %1
Sovereignty: %2
Certification: %3
Overall: %4</source>
        <translation>Coût : %1
Souveraineté : %2
Certification : %3
Global : %4</translation>
    </message>
    <message>
        <source>%1: no sourced price</source>
        <translation>%1 : pas de prix sourcé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Monthly: %1</source>
        <translation>Mensuel : %1</translation>
    </message>
    <message>
        <source>Sized %1: %2 vCPU, %3 GiB. Confidence %4/5 (5, minus one for each of: an unverified price, an unknown storage size or OS, no utilisation for performance sizing, an incomplete cost).</source>
        <translation>Dimensionnée %1 : %2 vCPU, %3 Gio. Confiance %4/5 (5, moins un pour chacun de : un prix non vérifié, une taille de stockage ou un OS inconnus, pas d’utilisation pour le dimensionnement selon les performances, un coût incomplet).</translation>
    </message>
    <message>
        <source>Price source: %1, %2%3</source>
        <translation>Source du prix : %1, %2%3</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (non vérifié)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>Eligible offers considered (%1, cheapest first)</source>
        <translation>Offres éligibles examinées (%1, la moins chère en premier)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écartées</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s): %1</source>
        <translation>
            <numerusform>%n offre : %1</numerusform>
            <numerusform>%n offres : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores of %1</source>
        <translation>Scores de %1</translation>
    </message>
    <message>
        <source>Cost %1: %2</source>
        <translation>Coût %1 : %2</translation>
    </message>
    <message>
        <source>Sovereignty %1: %2</source>
        <translation>Souveraineté %1 : %2</translation>
    </message>
    <message>
        <source>Certification %1: %2</source>
        <translation>Certification %1 : %2</translation>
    </message>
    <message>
        <source>Overall %1: %2</source>
        <translation>Global %1 : %2</translation>
    </message>
    <message>
        <source>The total of %1 is incomplete: no sourced price for %2.</source>
        <translation>Le total de %1 est incomplet : pas de prix sourcé pour %2.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message numerus="yes">
        <source>Today, from the bills, the %n workload(s) they describe cost %1 a month.</source>
        <translation>
            <numerusform>Aujourd’hui, d’après les factures, la %n charge de travail qu’elles décrivent coûte %1 par mois.</numerusform>
            <numerusform>Aujourd’hui, d’après les factures, les %n charges de travail qu’elles décrivent coûtent %1 par mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the cheapest provider, %1, the same workloads cost %2 (%3 a month more).</source>
        <translation>Chez le fournisseur le moins cher, %1, les mêmes charges coûtent %2 (%3 de plus par mois).</translation>
    </message>
    <message>
        <source>At the cheapest provider, %1, the same workloads cost %2 (%3 a month saved).</source>
        <translation>Chez le fournisseur le moins cher, %1, les mêmes charges coûtent %2 (%3 économisés par mois).</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <source>The licences your organisation owns, which the comparison may bring to a cloud (BYOL)</source>
        <translation>Les licences que possède votre organisation, que la comparaison peut apporter dans un cloud (BYOL)</translation>
    </message>
    <message>
        <source>no sourced price</source>
        <translation>pas de prix sourcé</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>boussole::ComparisonTableModel</name>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>No eligible offer: %1</source>
        <translation>Aucune offre éligible : %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Incomplete: no sourced price for %1</source>
        <translation>Incomplet : pas de prix sourcé pour %1</translation>
    </message>
    <message>
        <source>* a price used is not verified</source>
        <translation>* un prix utilisé n’est pas vérifié</translation>
    </message>
    <message>
        <source>Confidence %1/5</source>
        <translation>Confiance %1/5</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>Licences : %1</translation>
    </message>
</context>
<context>
    <name>boussole::CompliancePage</name>
    <message>
        <source>Sovereignty items only</source>
        <translation>Exigences de souveraineté seulement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Référentiel :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Statement of applicability (CSV)…</source>
        <translation>Déclaration d’applicabilité (CSV)…</translation>
    </message>
    <message>
        <source>Remediation plan (CSV)…</source>
        <translation>Plan de remédiation (CSV)…</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Rechercher des exigences</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any service model</source>
        <translation>Tout modèle de service</translation>
    </message>
    <message>
        <source>Keys: 1 compliant, 2 partial, 3 non-compliant, 4 not applicable, 0 unknown</source>
        <translation>Touches : 1 conforme, 2 partiel, 3 non conforme, 4 non applicable, 0 inconnu</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui le fait</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>Note: what was checked, by whom, what is missing</source>
        <translation>Note : ce qui a été vérifié, par qui, ce qui manque</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Preuves (déposez des fichiers ici)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Enregistrer une copie de la preuve</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export the remediation plan</source>
        <translation>Exporter le plan de remédiation</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>Exporter la déclaration</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 (%4) — %n item(s)</source>
        <translation>
            <numerusform>%1 %2, %3 (%4) — %n exigence</numerusform>
            <numerusform>%1 %2, %3 (%4) — %n exigences</numerusform>
        </translation>
    </message>
    <message>
        <source>structure not verified</source>
        <translation>structure non vérifiée</translation>
    </message>
    <message>
        <source>structure checked</source>
        <translation>structure vérifiée</translation>
    </message>
    <message>
        <source>date from secondary sources</source>
        <translation>date issue de sources secondaires</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 évaluées</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking item(s)</source>
        <translation>
            <numerusform>%n point bloquant</numerusform>
            <numerusform>%n points bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1 %</source>
        <translation>score %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n non-compliant requirement(s)</source>
        <translation>
            <numerusform>%n exigence non conforme</numerusform>
            <numerusform>%n exigences non conformes</numerusform>
        </translation>
    </message>
    <message>
        <source>No framework is suggested by the sector or the workloads' data classes.</source>
        <translation>Aucun référentiel n’est suggéré par le secteur ou les classes de données des charges de travail.</translation>
    </message>
    <message>
        <source>Suggested for this project: %1.</source>
        <translation>Suggérés pour ce projet : %1.</translation>
    </message>
    <message>
        <source>This one because %1.</source>
        <translation>Celui-ci car %1.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n entry(ies), intact. Head %1</source>
        <translation>
            <numerusform>Piste d’audit : %n entrée, intacte. Tête %1</numerusform>
            <numerusform>Piste d’audit : %n entrées, intacte. Tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail altered: %1</source>
        <translation>Piste d’audit modifiée : %1</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Sélectionnez une exigence</translation>
    </message>
    <message>
        <source>Choose an item in the checklist to see what to check, set its status, write a note and attach evidence. Select several items to set their status at once.</source>
        <translation>Choisissez une exigence dans la liste pour voir quoi vérifier, régler son statut, écrire une note et joindre des preuves. Sélectionnez-en plusieurs pour régler leur statut d’un coup.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Recommendation, not audited</source>
        <translation>Recommandation, non auditée</translation>
    </message>
    <message>
        <source>Definition, nothing to assess</source>
        <translation>Définition, rien à évaluer</translation>
    </message>
    <message>
        <source>your organisation's duty</source>
        <translation>à la charge de votre organisation</translation>
    </message>
    <message>
        <source>the provider's duty</source>
        <translation>à la charge du fournisseur</translation>
    </message>
    <message>
        <source>sovereignty</source>
        <translation>souveraineté</translation>
    </message>
    <message>
        <source>related to sovereignty</source>
        <translation>liée à la souveraineté</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>not verified against the official text</source>
        <translation>non vérifié sur le texte officiel</translation>
    </message>
    <message>
        <source>draft wording</source>
        <translation>rédaction provisoire</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Also asked by: %1.</source>
        <translation>Aussi demandé par : %1.</translation>
    </message>
    <message>
        <source>%1 — %2 bytes, SHA-256 %3…, %4</source>
        <translation>%1 — %2 octets, SHA-256 %3…, %4</translation>
    </message>
    <message>
        <source>SHA-256 %1, added by %2</source>
        <translation>SHA-256 %1, ajoutée par %2</translation>
    </message>
    <message>
        <source>The price catalog cannot be read: %1</source>
        <translation>Le catalogue de prix est illisible : %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Extra-EU law</source>
        <translation>Droit extra-européen</translation>
    </message>
    <message>
        <source>%1: blocking</source>
        <translation>%1 : bloquant</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>exposé</translation>
    </message>
    <message>
        <source>not exposed</source>
        <translation>non exposé</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>some offers</source>
        <translation>certaines offres</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>la détient</translation>
    </message>
    <message>
        <source>holds it for some offers</source>
        <translation>la détient pour certaines offres</translation>
    </message>
    <message>
        <source>Under extra-EU law: %1 cannot be met</source>
        <translation>Soumis au droit extra-européen : %1 ne peut pas être satisfaite</translation>
    </message>
    <message>
        <source>Certifications from the price catalog (%1), as of %2. * not verified against the issuer's list: check before relying on it. A qualification is pass or fail: a provider without one has every provider-side requirement blocking.</source>
        <translation>Certifications issues du catalogue de prix (%1), au %2. * non vérifié sur la liste de l’émetteur : à contrôler avant de s’y fier. Une qualification est obtenue ou non : un fournisseur qui ne l’a pas a toutes les exigences à sa charge bloquantes.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Merge an assessment…</source>
        <translation>Fusionner une évaluation…</translation>
    </message>
    <message>
        <source>Assessment for another auditor (JSON)…</source>
        <translation>Évaluation pour un autre auditeur (JSON)…</translation>
    </message>
    <message>
        <source>Merge the assessment another auditor exported: you settle each conflict; the merge is one step you can undo, and it is logged in the audit trail.</source>
        <translation>Fusionner l’évaluation exportée par un autre auditeur : vous réglez chaque conflit ; la fusion est une seule étape, annulable, et elle est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n’expire pas</translation>
    </message>
    <message>
        <source>The day the files you attach next stop being valid evidence (a certificate's or an audit report's end of validity).</source>
        <translation>Le jour où les prochains fichiers joints cessent d’être des preuves valables (fin de validité d’un certificat ou d’un rapport d’audit).</translation>
    </message>
    <message>
        <source>New files expire on:</source>
        <translation>Les prochains fichiers expirent le :</translation>
    </message>
    <message>
        <source>The day the selected file stops being valid evidence; the earliest date means it does not expire.</source>
        <translation>Le jour où le fichier sélectionné cesse d’être une preuve valable ; la date la plus ancienne signifie qu’il n’expire pas.</translation>
    </message>
    <message>
        <source>Set the selected file's expiry date (undoable, logged in the audit trail)</source>
        <translation>Appliquer cette date d’expiration au fichier sélectionné (annulable, consigné dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Selected file expires on:</source>
        <translation>Le fichier sélectionné expire le :</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Par chapitre</translation>
    </message>
    <message>
        <source>Export the assessment for another auditor</source>
        <translation>Exporter l’évaluation pour un autre auditeur</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Merge an assessment</source>
        <translation>Fusionner une évaluation</translation>
    </message>
    <message>
        <source>Assessment exports (*.json)</source>
        <translation>Évaluations exportées (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) expired</source>
        <translation>
            <numerusform>%n preuve expirée</numerusform>
            <numerusform>%n preuves expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expire sous 30&#x202f;jours</numerusform>
            <numerusform>%n expirent sous 30&#x202f;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your assessment progress by chapter (% of items assessed) — not a certification score</source>
        <translation>Avancement de votre évaluation par chapitre (% des exigences évaluées) — pas un score de certification</translation>
    </message>
    <message numerus="yes">
        <source>%1 is pass or fail for the provider: %n blocking item(s).</source>
        <translation>
            <numerusform>Pour le fournisseur, %1 s’obtient ou non : %n point bloquant.</numerusform>
            <numerusform>Pour le fournisseur, %1 s’obtient ou non : %n points bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bar is the share of the chapter's items you have assessed (whatever the status), %1 % overall. It measures your progress, not how close the provider is to the qualification.</source>
        <translation>Chaque barre est la part des exigences du chapitre que vous avez évaluées (quel que soit le statut), %1&#x202f;% au total. Elle mesure l’avancement de votre évaluation, pas la distance qui sépare le fournisseur de la qualification.</translation>
    </message>
    <message>
        <source>Score by chapter (%)</source>
        <translation>Score par chapitre (%)</translation>
    </message>
    <message>
        <source>Overall score: %1 %</source>
        <translation>Score global : %1&#x202f;%</translation>
    </message>
    <message>
        <source>Overall score: none (nothing applicable)</source>
        <translation>Score global : aucun (rien n’est applicable)</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message numerus="yes">
        <source>expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>expire le %1, dans %n&#x202f;jour</numerusform>
            <numerusform>expire le %1, dans %n&#x202f;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires within 30 days: plan its renewal.</source>
        <translation>Expire sous 30&#x202f;jours : prévoir son renouvellement.</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRÉE le %1</translation>
    </message>
    <message>
        <source>Expired: this file no longer proves the requirement; attach a renewed one.</source>
        <translation>Expirée : ce fichier ne prouve plus l’exigence ; joindre une preuve renouvelée.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
</context>
<context>
    <name>boussole::ComplianceTreeModel</name>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 sur %2 évaluées</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) expired: the item is no longer proven until renewed</source>
        <translation>
            <numerusform>%n preuve expirée : l’exigence n’est plus démontrée tant qu’elle n’est pas renouvelée</numerusform>
            <numerusform>%n preuves expirées : l’exigence n’est plus démontrée tant qu’elles ne sont pas renouvelées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) expire within 30 days</source>
        <translation>
            <numerusform>%n preuve expire sous 30&#x202f;jours</numerusform>
            <numerusform>%n preuves expirent sous 30&#x202f;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expirée</numerusform>
            <numerusform>%n expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n expire bientôt</numerusform>
            <numerusform>%n expirent bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n expired)</source>
        <translation>
            <numerusform>%1 (%n expirée)</numerusform>
            <numerusform>%1 (%n expirées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n expiring)</source>
        <translation>
            <numerusform>%1 (%n expire bientôt)</numerusform>
            <numerusform>%1 (%n expirent bientôt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suggested: %2)</source>
        <translation>%1 (suggéré : %2)</translation>
    </message>
</context>
<context>
    <name>boussole::CostCurveView</name>
    <message>
        <source>%1 — old platform: %2</source>
        <translation>%1 — ancienne plateforme : %2</translation>
    </message>
    <message>
        <source>%1 — double run: %2</source>
        <translation>%1 — double exploitation : %2</translation>
    </message>
    <message>
        <source>%1 — new platform: %2</source>
        <translation>%1 — nouvelle plateforme : %2</translation>
    </message>
    <message>
        <source>%1 — commitments still paid: %2</source>
        <translation>%1 — engagements encore payés : %2</translation>
    </message>
    <message>
        <source>Monthly run-rate (%1): old platform, double run (hatched), new platform, commitments still paid; peak %2</source>
        <translation>Coût mensuel (%1) : ancienne plateforme, double exploitation (hachurée), nouvelle plateforme, engagements encore payés ; pic %2</translation>
    </message>
</context>
<context>
    <name>boussole::CostGroupTableModel</name>
    <message>
        <source>(no linked workload says)</source>
        <translation>(aucune charge de travail reliée ne le dit)</translation>
    </message>
    <message>
        <source>(no resource: fees, taxes, commitments…)</source>
        <translation>(sans ressource : frais, taxes, engagements…)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>boussole::CostLineTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>boussole::CostsPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Reading the bills…</source>
        <translation>Lecture des factures…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédentes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivantes</translation>
    </message>
    <message>
        <source>This project holds no bills yet</source>
        <translation>Ce projet ne contient pas encore de factures</translation>
    </message>
    <message>
        <source>Import a bill export with File › Import a file… to see what the estate costs today, month by month, by service, account and resource. Boussole reads FOCUS exports (any provider), AWS Cost and Usage Reports, Azure cost details and Google Cloud billing exports.</source>
        <translation>Importez un export de facture avec Fichier › Importer un fichier… pour voir ce que coûte le parc aujourd’hui, mois par mois, par service, compte et ressource. Boussole lit les exports FOCUS (tout fournisseur), les rapports AWS Cost and Usage, le détail des coûts Azure et les exports de facturation Google Cloud.</translation>
    </message>
    <message>
        <source>Import a bill…</source>
        <translation>Importer une facture…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Effective (amortised)</source>
        <translation>Effectif (amorti)</translation>
    </message>
    <message>
        <source>Billed: what the invoices say, each purchase counted in the month it is paid (an upfront reservation shows as one large charge).
Effective (amortised): what the usage really cost, commitments and upfront fees spread over the months they cover and discounts applied.</source>
        <translation>Facturé : ce que disent les factures, chaque achat compté le mois où il est payé (une réservation payée d’avance apparaît comme une seule grosse charge).
Effectif (amorti) : ce que l’usage a vraiment coûté, les engagements et paiements anticipés étant répartis sur les mois qu’ils couvrent, remises appliquées.</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>Des montants en devises différentes ne sont jamais additionnés</translation>
    </message>
    <message>
        <source>Remove the last drill-down filter</source>
        <translation>Retirer le dernier filtre d’exploration</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Remove every drill-down filter</source>
        <translation>Retirer tous les filtres d’exploration</translation>
    </message>
    <message>
        <source>Double-click a month to see its lines</source>
        <translation>Double-cliquez sur un mois pour voir ses lignes</translation>
    </message>
    <message>
        <source>Top resources</source>
        <translation>Ressources les plus coûteuses</translation>
    </message>
    <message>
        <source>Double-click a resource to see its lines</source>
        <translation>Double-cliquez sur une ressource pour voir ses lignes</translation>
    </message>
    <message>
        <source>Spend by</source>
        <translation>Dépenses par</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Double-click a row to see its lines</source>
        <translation>Double-cliquez sur une ligne du tableau pour voir les lignes de facture</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>The bills of this project could not be read: %1</source>
        <translation>Les factures de ce projet sont illisibles : %1</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Engagements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The bills are in %n currencies (%1): amounts in each currency are shown separately and never added together. Choose the currency above.</source>
        <translation>
            <numerusform>Les factures sont en %n devise (%1) : les montants de chaque devise sont affichés séparément et jamais additionnés. Choisissez la devise ci-dessus.</numerusform>
            <numerusform>Les factures sont en %n devises (%1) : les montants de chaque devise sont affichés séparément et jamais additionnés. Choisissez la devise ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>billed over the period</source>
        <translation>facturés sur la période</translation>
    </message>
    <message>
        <source>effective cost over the period</source>
        <translation>coût effectif sur la période</translation>
    </message>
    <message>
        <source>per month on average</source>
        <translation>par mois en moyenne</translation>
    </message>
    <message numerus="yes">
        <source>month(s) covered</source>
        <translation>
            <numerusform>mois couvert</numerusform>
            <numerusform>mois couverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bill line(s)</source>
        <translation>
            <numerusform>ligne de facture</numerusform>
            <numerusform>lignes de facture</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Drill-down: %1</source>
        <translation>Exploration : %1</translation>
    </message>
    <message>
        <source>Monthly cost by service category (%1)</source>
        <translation>Coût mensuel par catégorie de service (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Double-click a month of the chart or a row of a table to see the bill lines behind it.</source>
        <translation>Double-cliquez sur un mois du graphique ou une ligne d’un tableau pour voir les lignes de facture qui le composent.</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Lecture des lignes…</translation>
    </message>
    <message>
        <source>The lines could not be read: %1</source>
        <translation>Les lignes sont illisibles : %1</translation>
    </message>
    <message>
        <source>No line matches.</source>
        <translation>Aucune ligne ne correspond.</translation>
    </message>
    <message>
        <source>Lines %1–%2 of %3</source>
        <translation>Lignes %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message numerus="yes">
        <source>bill line(s) in %1</source>
        <translation>
            <numerusform>ligne de facture en %1</numerusform>
            <numerusform>lignes de facture en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Services map…</source>
        <translation>Correspondance des services…</translation>
    </message>
    <message>
        <source>What each hyperscaler service becomes on a European provider; edit it for this project</source>
        <translation>Ce que devient chaque service d’hyperscaler chez un fournisseur européen ; à modifier pour ce projet</translation>
    </message>
</context>
<context>
    <name>boussole::CoveredByBox</name>
    <message>
        <source>Accept the suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>Accept all suggestions of this framework</source>
        <translation>Accepter toutes les suggestions de ce référentiel</translation>
    </message>
    <message>
        <source>Sets this item's status to the suggestion (one undoable step, recorded in the audit trail)</source>
        <translation>Donne à ce point le statut suggéré (une étape annulable, inscrite au journal d’audit)</translation>
    </message>
    <message>
        <source>Sets every unassessed item of this framework that another framework's answer covers (one undoable step)</source>
        <translation>Renseigne chaque point non évalué de ce référentiel couvert par la réponse d’un autre référentiel (une étape annulable)</translation>
    </message>
    <message>
        <source>Covered by answers in other frameworks:</source>
        <translation>Couvert par des réponses d’autres référentiels :</translation>
    </message>
    <message>
        <source>Suggested: %1 (the weakest of these answers).</source>
        <translation>Suggestion : %1 (la plus faible de ces réponses).</translation>
    </message>
    <message>
        <source>Not an official correspondence table.</source>
        <translation>Pas une table de correspondance officielle.</translation>
    </message>
    <message>
        <source>Accept the suggestion for %1</source>
        <translation>Accepter la suggestion pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::CustomerGuidanceView</name>
    <message>
        <source>Rules that apply to your organisation as a cloud customer, whatever the provider. Boussole's own summary: read the source before relying on it.</source>
        <translation>Règles qui s’appliquent à votre organisation en tant que cliente du cloud, quel que soit le fournisseur. Résumé propre à Boussole : lire la source avant de s’y fier.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>daté du %1</translation>
    </message>
    <message>
        <source>applies from %1</source>
        <translation>applicable à partir du %1</translation>
    </message>
    <message>
        <source>checked against a copy of the official text</source>
        <translation>vérifié sur une copie du texte officiel</translation>
    </message>
    <message>
        <source>not verified: from secondary sources</source>
        <translation>non vérifié : sources secondaires</translation>
    </message>
    <message>
        <source>For this project (the migration plan starts on %1):</source>
        <translation>Pour ce projet (le plan de migration commence le %1) :</translation>
    </message>
    <message>
        <source>For this project (no migration plan yet, as of %1):</source>
        <translation>Pour ce projet (pas encore de plan de migration, au %1) :</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Pourquoi : %1.</translation>
    </message>
    <message>
        <source>The project's sector is not set: rules for one sector only (such as the French State's cloud doctrine for the public sector) are not shown.</source>
        <translation>Le secteur du projet n’est pas renseigné : les règles propres à un secteur (comme la doctrine cloud de l’État pour le secteur public) ne sont pas affichées.</translation>
    </message>
</context>
<context>
    <name>boussole::EntitlementTableModel</name>
    <message>
        <source>Add licence entitlement</source>
        <translation>Ajouter un droit de licence</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n licence entitlement(s)</source>
        <translation>
            <numerusform>Supprimer %n droit de licence</numerusform>
            <numerusform>Supprimer %n droits de licence</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Nombre de %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Software Assurance or subscription</source>
        <translation>Software Assurance ou souscription</translation>
    </message>
    <message>
        <source>Assurance ends</source>
        <translation>Fin de la Software Assurance</translation>
    </message>
    <message>
        <source>Bought before 2019-10-01</source>
        <translation>Achetée avant le 01/10/2019</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit licence entitlement</source>
        <translation>Modifier un droit de licence</translation>
    </message>
</context>
<context>
    <name>boussole::GanttView</name>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n charge de travail</numerusform>
            <numerusform>%n charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 validated</source>
        <translation>%1 validées</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>chemin critique</translation>
    </message>
    <message>
        <source>critical path · drag a wave to move it, its migration's right end to resize it</source>
        <translation>chemin critique · faites glisser une vague pour la déplacer, le bord droit de sa migration pour la redimensionner</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>boussole::GuidancePage</name>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>No bills in this project</source>
        <translation>Aucune facture dans ce projet</translation>
    </message>
    <message>
        <source>Open the inventory</source>
        <translation>Ouvrir l’inventaire</translation>
    </message>
    <message>
        <source>No compliance framework installed</source>
        <translation>Aucun référentiel de conformité installé</translation>
    </message>
    <message>
        <source>No migration plan</source>
        <translation>Aucun plan de migration</translation>
    </message>
    <message>
        <source>A migration plan groups workloads into waves by application and environment, follows their dependencies and puts them on a timeline. It starts from the inventory's applications and environments; no plan has been made for this project.</source>
        <translation>Un plan de migration regroupe les charges de travail en vagues par application et par environnement, tient compte de leurs dépendances et les place sur une chronologie. Il part des applications et des environnements de l’inventaire ; aucun plan n’a encore été établi pour ce projet.</translation>
    </message>
    <message>
        <source>This page shows what the estate costs today — monthly trend, spend by service, provider, region and account — read from bill exports (FinOps FOCUS, AWS Cost and Usage Report, Azure cost details, Google Cloud billing). This version of Boussole does not read bill files, so no cost is shown rather than an estimate. The inventory shows what the estate runs.</source>
        <translation>Cette page présente ce que coûte le parc aujourd’hui — tendance mensuelle, dépenses par service, fournisseur, région et compte — à partir des exports de facturation (FinOps FOCUS, AWS Cost and Usage Report, détail des coûts Azure, facturation Google Cloud). Cette version de Boussole ne lit pas les fichiers de facturation : aucun coût n’est donc affiché plutôt qu’une estimation. L’inventaire montre ce que le parc fait tourner.</translation>
    </message>
    <message>
        <source>Compliance checklists (SecNumCloud, HDS, the CNIL's guidance, GDPR, DORA) are assessed item by item with evidence and a tamper-evident audit trail. No framework is installed in this version. The data classes recorded in the inventory (health, personal, payment, identity) decide which frameworks apply.</source>
        <translation>Les listes de contrôle de conformité (SecNumCloud, HDS, recommandations de la CNIL, RGPD, DORA) s’évaluent exigence par exigence, avec preuves et journal d’audit infalsifiable. Aucun référentiel n’est installé dans cette version. Les classes de données renseignées dans l’inventaire (santé, personnelles, paiement, identité) déterminent les référentiels applicables.</translation>
    </message>
</context>
<context>
    <name>boussole::ImportTableModel</name>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (début)</translation>
    </message>
</context>
<context>
    <name>boussole::ImportWizard</name>
    <message>
        <source>Unique identifier</source>
        <translation>Identifiant unique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Storage (provisioned)</source>
        <translation>Stockage (provisionné)</translation>
    </message>
    <message>
        <source>Storage (used)</source>
        <translation>Stockage (utilisé)</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>Nombre de GPU</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>État d’alimentation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de VM</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Account or subscription</source>
        <translation>Compte ou abonnement</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Choose or drop inventory files. Boussole recognises the format from the content; change it if the guess is wrong.</source>
        <translation>Choisissez ou déposez des fichiers d’inventaire. Boussole reconnaît le format d’après le contenu ; modifiez-le si la détection est erronée.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Format of the selected file:</source>
        <translation>Format du fichier sélectionné :</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Aperçu et colonnes</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Load a mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <source>Read column choices saved earlier (YAML), as boussole import --mapping does</source>
        <translation>Lire des choix de colonnes enregistrés précédemment (YAML), comme le fait boussole import --mapping</translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Keep these column choices in a YAML file for the next import</source>
        <translation>Conserver ces choix de colonnes dans un fichier YAML pour le prochain import</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>mapping.yaml</source>
        <translation>correspondance.yaml</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Mapping saved to %1</source>
        <translation>Correspondance enregistrée dans %1</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all. Cancelling leaves the project as it was for the file in progress.</source>
        <translation>Chaque fichier est importé en entier ou pas du tout. Une annulation laisse le projet inchangé pour le fichier en cours.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>File or warning</source>
        <translation>Fichier ou avertissement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Format: %1. The columns are fixed by the format.</source>
        <translation>Format : %1. Les colonnes sont imposées par le format.</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Separator “%1”, encoding %2.</source>
        <translation>Séparateur « %1 », encodage %2.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 lignes</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1 : non importé</translation>
    </message>
    <message>
        <source>Check the first rows and which column fills which field. Your choices apply to every table file of this import and can be saved for the next export.</source>
        <translation>Vérifiez les premières lignes et la colonne qui alimente chaque champ. Vos choix s’appliquent à tous les fichiers tabulaires de cet import et peuvent être enregistrés pour le prochain export.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) imported (%2)</source>
        <translation>
            <numerusform>%1 : %n ligne importée (%2)</numerusform>
            <numerusform>%1 : %n lignes importées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 fichier sur %n importé.</numerusform>
            <numerusform>%1 fichiers sur %n importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Apply to selection</source>
        <translation>Appliquer à la sélection</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>No workloads yet</source>
        <translation>Aucune charge de travail pour l’instant</translation>
    </message>
    <message>
        <source>The inventory lists every machine, database and container of the estate. Import a CMDB or Excel CSV export to fill it.</source>
        <translation>L’inventaire recense chaque machine, base de données et conteneur du parc. Importez un export CSV de CMDB ou d’Excel pour le remplir.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Confirm which records from different sources are the same machine</source>
        <translation>Confirmer quels enregistrements de sources différentes désignent la même machine</translation>
    </message>
    <message>
        <source>Filter by name, application, system…</source>
        <translation>Filtrer par nom, application, système…</translation>
    </message>
    <message>
        <source>Shows the rows containing this text in any column (Ctrl+F)</source>
        <translation>Affiche les lignes contenant ce texte dans n’importe quelle colonne (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show one environment only</source>
        <translation>Afficher un seul environnement</translation>
    </message>
    <message>
        <source>Show one kind only</source>
        <translation>Afficher un seul type</translation>
    </message>
    <message>
        <source>Show one data class only</source>
        <translation>Afficher une seule classe de données</translation>
    </message>
    <message>
        <source>Show one application only</source>
        <translation>Afficher une seule application</translation>
    </message>
    <message>
        <source>Show the workloads of one import only</source>
        <translation>Afficher uniquement les charges de travail d’un import</translation>
    </message>
    <message>
        <source>Set for the selected rows:</source>
        <translation>Définir pour les lignes sélectionnées :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Change the chosen field on every selected workload (undoable)</source>
        <translation>Modifier le champ choisi sur chaque charge de travail sélectionnée (modification annulable)</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All data classes</source>
        <translation>Toutes les classes de données</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>All imports</source>
        <translation>Tous les imports</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>No application</source>
        <translation>Sans application</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from different sources may describe a machine already listed.</source>
        <translation>
            <numerusform>%n enregistrement d’une autre source pourrait décrire une machine déjà répertoriée.</numerusform>
            <numerusform>%n enregistrements d’autres sources pourraient décrire des machines déjà répertoriées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workloads by environment and kind</source>
        <translation>Charges de travail par environnement et par type</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workload(s) shown — %2 vCPU, %3 GiB memory, %4 GiB storage allocated</source>
        <translation>
            <numerusform>%1 charge de travail affichée sur %n — %2 vCPU, %3 Gio de mémoire, %4 Gio de stockage alloués</numerusform>
            <numerusform>%1 charges de travail affichées sur %n — %2 vCPU, %3 Gio de mémoire, %4 Gio de stockage alloués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>workload(s)</source>
        <translation>
            <numerusform>charge de travail</numerusform>
            <numerusform>charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPU running</source>
        <translation>vCPU en fonctionnement</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>memory running</source>
        <translation>mémoire en fonctionnement</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>storage provisioned</source>
        <translation>stockage provisionné</translation>
    </message>
</context>
<context>
    <name>boussole::LicencesDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Licence entitlements</source>
        <translation>Droits de licence</translation>
    </message>
    <message>
        <source>The licences your organisation owns. Where a provider's rules let them come (Software Assurance, Listed Providers, Oracle's authorized clouds), the comparison counts them as brought (BYOL): the licence costs nothing in the cloud line and their cores are used up, workload by workload, in the order of this list. Otherwise the provider's licence-included price applies, or the total is marked incomplete.</source>
        <translation>Les licences que possède votre organisation. Là où les règles du fournisseur les admettent (Software Assurance, « Listed Providers », clouds autorisés par Oracle), la comparaison les compte comme apportées (BYOL) : la licence ne coûte rien dans la ligne cloud et leurs cœurs sont consommés, charge par charge, dans l’ordre de cette liste. Sinon, le prix licence incluse du fournisseur s’applique, ou le total est signalé incomplet.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>boussole::MainWindow</name>
    <message>
        <source>Boussole projects (*.boussole)</source>
        <translation>Projets Boussole (*.boussole)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and continue there</source>
        <translation>Copier le projet dans un nouveau fichier et continuer à travailler sur celui-ci</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Project &amp;properties…</source>
        <translation>Propriétés du pro&amp;jet…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;About Boussole</source>
        <translation>À &amp;propos de Boussole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>%1 — Boussole</source>
        <translation>%1 — Boussole</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Boussole</source>
        <translation>Boussole</translation>
    </message>
    <message>
        <source>The file cannot be written: it is open read-only.</source>
        <translation>Le fichier ne peut pas être modifié : il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Open a writable project before importing files.</source>
        <translation>Ouvrez un projet modifiable avant d’importer des fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>la modification des propriétés du projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>project.boussole</source>
        <translation>projet.boussole</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: Boussole never overwrites a project.</source>
        <translation>%1 existe déjà. Choisissez un autre nom : Boussole n’écrase jamais un projet.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>About Boussole</source>
        <translation>À propos de Boussole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boussole %1&lt;/h3&gt;&lt;p&gt;Compare cloud providers, check compliance and plan migrations, offline.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Boussole %1&lt;/h3&gt;&lt;p&gt;Comparer les fournisseurs cloud, vérifier la conformité et planifier les migrations, hors ligne.&lt;/p&gt;&lt;p&gt;Conçu avec :&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>boussole::MergeAssessmentDialog</name>
    <message>
        <source>Keep all ours</source>
        <translation>Garder toutes les nôtres</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Prendre toutes les leurs</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge an assessment</source>
        <translation>Fusionner une évaluation</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>owner %1, due %2</source>
        <translation>responsable %1, échéance %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Assessment of %1 exported by %2 on %3.</source>
        <translation>Évaluation du référentiel %1 exportée par %2 le %3.</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un auteur inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflit à régler.</numerusform>
            <numerusform>%n conflits à régler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming change(s) apply without conflict.</source>
        <translation>
            <numerusform>%n modification reçue s’applique sans conflit.</numerusform>
            <numerusform>%n modifications reçues s’appliquent sans conflit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already agree, or were assessed here since.</source>
        <translation>
            <numerusform>%n exigence concorde déjà, ou a été évaluée ici depuis.</numerusform>
            <numerusform>%n exigences concordent déjà, ou ont été évaluées ici depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging is one step: Undo puts back everything it changed. The audit trail records the merge, the choice made for each conflict, and any undo.</source>
        <translation>La fusion est une seule étape : Annuler rétablit tout ce qu’elle a changé. Le journal d’audit consigne la fusion, le choix fait pour chaque conflit et toute annulation.</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed the item</source>
        <translation>Conflits : les deux côtés ont modifié l’exigence</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Notre évaluation</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur évaluation</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Choix pour %1</translation>
    </message>
    <message>
        <source>Applied without conflict</source>
        <translation>Appliqué sans conflit</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, by %5</source>
        <translation>%1 %2 : %3 → %4, par %5</translation>
    </message>
    <message>
        <source>Evidence %1 for %2 (SHA-256 %3…)</source>
        <translation>Preuve %1 pour %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>Nothing: every incoming change is a conflict or already here.</source>
        <translation>Rien : chaque modification reçue est un conflit ou se trouve déjà ici.</translation>
    </message>
</context>
<context>
    <name>boussole::MigrationPage</name>
    <message>
        <source>Plan automatically</source>
        <translation>Planifier automatiquement</translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation>Hypothèses…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export MS Project…</source>
        <translation>Exporter pour MS Project…</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Make the waves again from the inventory's applications, environments, strategies and dependencies</source>
        <translation>Refaire les vagues à partir des applications, environnements, stratégies et dépendances de l’inventaire</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom :</translation>
    </message>
    <message>
        <source>Wave / workload</source>
        <translation>Vague / charge de travail</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No migration plan</source>
        <translation>Pas de plan de migration</translation>
    </message>
    <message>
        <source>Open a project to plan its migration.</source>
        <translation>Ouvrez un projet pour planifier sa migration.</translation>
    </message>
    <message>
        <source>A migration plan groups workloads into waves by application and environment, follows their dependencies and puts them on a timeline, with the reason for every placement. No plan has been made for this project yet.</source>
        <translation>Un plan de migration regroupe les charges de travail en vagues par application et environnement, suit leurs dépendances et les place sur un calendrier, avec la raison de chaque placement. Aucun plan n’a encore été fait pour ce projet.</translation>
    </message>
    <message>
        <source>A migration plan starts from the inventory's applications and environments; import an inventory first.</source>
        <translation>Un plan de migration part des applications et environnements de l’inventaire ; importez d’abord un inventaire.</translation>
    </message>
    <message>
        <source>Open the inventory</source>
        <translation>Ouvrir l’inventaire</translation>
    </message>
    <message>
        <source>Nothing to move: every workload is retired, retained or left out.</source>
        <translation>Rien à migrer : chaque charge de travail est retirée, conservée ou écartée.</translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s), %1 workloads, from %2 to %3; %4 left out (retired, retained, templates, duplicates).</source>
        <translation>
            <numerusform>%n vague, %1 charges de travail, du %2 au %3 ; %4 écartées (retirées, conservées, modèles, doublons).</numerusform>
            <numerusform>%n vagues, %1 charges de travail, du %2 au %3 ; %4 écartées (retirées, conservées, modèles, doublons).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) in the waves are now to be retired or retained: plan again to take them out.</source>
        <translation>
            <numerusform>%n charge de travail des vagues est désormais à retirer ou à conserver : replanifiez pour l’en sortir.</numerusform>
            <numerusform>%n charges de travail des vagues sont désormais à retirer ou à conserver : replanifiez pour les en sortir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the waves</source>
        <translation>Écartées des vagues</translation>
    </message>
    <message>
        <source>As inferred</source>
        <translation>Telle que déduite</translation>
    </message>
    <message>
        <source>Depends on…</source>
        <translation>Dépend de…</translation>
    </message>
    <message>
        <source>Add a dependency</source>
        <translation>Ajouter une dépendance</translation>
    </message>
    <message>
        <source>This workload needs:</source>
        <translation>Cette charge de travail a besoin de :</translation>
    </message>
    <message>
        <source>The plan could not be saved: the project is read-only.</source>
        <translation>Le plan n’a pas pu être enregistré : le projet est en lecture seule.</translation>
    </message>
    <message>
        <source>There is no plan to export.</source>
        <translation>Il n’y a pas de plan à exporter.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>XML MS Project (*.xml)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>migration-plan</source>
        <translation>plan-de-migration</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
</context>
<context>
    <name>boussole::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le :</translation>
    </message>
    <message>
        <source>Edit name and client…</source>
        <translation>Modifier le nom et le client…</translation>
    </message>
    <message>
        <source>Change the project's name and client (undoable)</source>
        <translation>Modifier le nom et le client du projet (modification annulable)</translation>
    </message>
    <message>
        <source>This project holds no workloads yet</source>
        <translation>Ce projet ne contient encore aucune charge de travail</translation>
    </message>
    <message>
        <source>Import an inventory (a CMDB or Excel CSV export) to see what the estate runs: machines, their size, environment and data.</source>
        <translation>Importez un inventaire (un export CSV de CMDB ou d’Excel) pour voir ce qui tourne dans le parc : machines, taille, environnement et données.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Remove the selected import</source>
        <translation>Supprimer l’import sélectionné</translation>
    </message>
    <message>
        <source>Remove the file's import and every workload it brought (Edit › Undo brings them back)</source>
        <translation>Supprimer l’import de ce fichier et toutes les charges de travail qu’il a apportées (Édition › Annuler permet de les rétablir)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>%1 and %2 are kept and shown, but not counted as running load.</source>
        <translation>%1 et %2 sont conservés et affichés, mais ne sont pas comptés dans la charge en fonctionnement.</translation>
    </message>
    <message numerus="yes">
        <source>%n powered-off machine(s)</source>
        <translation>
            <numerusform>%n machine hors tension</numerusform>
            <numerusform>%n machines hors tension</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers request %1 vCPU and %2 GiB more, on nodes already counted.</source>
        <translation>Les conteneurs demandent en plus %1 vCPU et %2 Gio, sur des nœuds déjà comptés.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) confirmed as the same machine as another are counted once.</source>
        <translation>
            <numerusform>%n enregistrement confirmé comme étant la même machine qu’un autre n’est compté qu’une fois.</numerusform>
            <numerusform>%n enregistrements confirmés comme étant la même machine qu’un autre ne sont comptés qu’une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size of %n running workload(s) is unknown: their sources did not give it.</source>
        <translation>
            <numerusform>La taille de %n charge de travail en fonctionnement est inconnue : sa source ne l’indique pas.</numerusform>
            <numerusform>La taille de %n charges de travail en fonctionnement est inconnue : leurs sources ne l’indiquent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workloads by environment</source>
        <translation>Charges de travail par environnement</translation>
    </message>
    <message>
        <source>Workloads by data class</source>
        <translation>Charges de travail par classe de données</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Non classé</translation>
    </message>
    <message numerus="yes">
        <source>workload(s)</source>
        <translation>
            <numerusform>charge de travail</numerusform>
            <numerusform>charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>application(s)</source>
        <translation>
            <numerusform>application</numerusform>
            <numerusform>applications</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPU running</source>
        <translation>vCPU en fonctionnement</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>memory running</source>
        <translation>mémoire en fonctionnement</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>storage provisioned</source>
        <translation>stockage provisionné</translation>
    </message>
    <message numerus="yes">
        <source>import(s)</source>
        <translation>
            <numerusform>import</numerusform>
            <numerusform>imports</numerusform>
        </translation>
    </message>
    <message>
        <source>Show its warnings…</source>
        <translation>Afficher ses avertissements…</translation>
    </message>
    <message>
        <source>The warnings the selected import gave, with their positions</source>
        <translation>Les avertissements donnés par l’import sélectionné, avec leur emplacement</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements de l’import</translation>
    </message>
    <message>
        <source>Warnings kept with this import:</source>
        <translation>Avertissements conservés avec cet import :</translation>
    </message>
    <message>
        <source>per month today (bills, amortised)</source>
        <translation>par mois aujourd’hui (factures, amorti)</translation>
    </message>
</context>
<context>
    <name>boussole::PlanAssumptionsDialog</name>
    <message>
        <source>Planning assumptions</source>
        <translation>Hypothèses de planification</translation>
    </message>
    <message>
        <source>Start of the plan:</source>
        <translation>Début du plan :</translation>
    </message>
    <message>
        <source>Workloads per wave (at most):</source>
        <translation>Charges de travail par vague (au plus) :</translation>
    </message>
    <message>
        <source>First waves without critical or complex applications:</source>
        <translation>Premières vagues sans applications critiques ou complexes :</translation>
    </message>
    <message>
        <source>Workloads that make an application complex:</source>
        <translation>Charges de travail qui rendent une application complexe :</translation>
    </message>
    <message>
        <source>Preparation (days):</source>
        <translation>Préparation (jours) :</translation>
    </message>
    <message>
        <source>Validation (days):</source>
        <translation>Validation (jours) :</translation>
    </message>
    <message>
        <source>Decommissioning (days):</source>
        <translation>Décommissionnement (jours) :</translation>
    </message>
    <message>
        <source>Workloads migrated per day:</source>
        <translation>Charges de travail migrées par jour :</translation>
    </message>
    <message>
        <source>Migration base days, %1:</source>
        <translation>Jours de base de migration, %1 :</translation>
    </message>
    <message>
        <source>Durations and the start apply at once; the size of waves and the rule for critical applications apply when you plan again.</source>
        <translation>Les durées et le début s’appliquent aussitôt ; la taille des vagues et la règle des applications critiques s’appliquent à la prochaine planification.</translation>
    </message>
</context>
<context>
    <name>boussole::ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>Shown on every page and on the first slide of exports</source>
        <translation>Affiché sur chaque page et sur la première diapositive des exports</translation>
    </message>
    <message>
        <source>The organisation this study is for</source>
        <translation>L’organisation pour laquelle cette étude est réalisée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Health (hospital, clinic, health data host)</source>
        <translation>Santé (hôpital, clinique, hébergeur de données de santé)</translation>
    </message>
    <message>
        <source>Insurance or mutual insurer</source>
        <translation>Assurance ou mutuelle</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Other financial services</source>
        <translation>Autres services financiers</translation>
    </message>
    <message>
        <source>Public administration (State, public body)</source>
        <translation>Administration publique (État, organisme public)</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Défense</translation>
    </message>
    <message>
        <source>Other private sector</source>
        <translation>Autre secteur privé</translation>
    </message>
    <message>
        <source>Suggests the compliance frameworks that apply (health: HDS and SecNumCloud; insurer or bank: DORA; public body: SecNumCloud and the State's cloud doctrine)</source>
        <translation>Suggère les référentiels de conformité applicables (santé : HDS et SecNumCloud ; assureur ou banque : DORA ; organisme public : SecNumCloud et la doctrine « cloud au centre » de l’État)</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
</context>
<context>
    <name>boussole::ProviderTotalsModel</name>
    <message>
        <source>No sourced price for: %1</source>
        <translation>Pas de prix sourcé pour : %1</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplet</numerusform>
            <numerusform>%n incomplets</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Monthly total</source>
        <translation>Total mensuel</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placées</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placées</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>boussole::ReconcileDialog</name>
    <message>
        <source>Same machine in two sources?</source>
        <translation>Même machine dans deux sources ?</translation>
    </message>
    <message>
        <source>These records come from different imports and look like the same machine. Tick the pairs that are: the second record is then kept and shown, but no longer counted in the totals. Edit › Undo reverses the choice.</source>
        <translation>Ces enregistrements proviennent d’imports différents et semblent décrire la même machine. Cochez les paires concernées : le second enregistrement est alors conservé et affiché, mais n’est plus compté dans les totaux. Édition › Annuler revient sur ce choix.</translation>
    </message>
    <message>
        <source>Counted record</source>
        <translation>Enregistrement compté</translation>
    </message>
    <message>
        <source>Its source</source>
        <translation>Sa source</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Enregistrement en double</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Mark the ticked pairs</source>
        <translation>Marquer les paires cochées</translation>
    </message>
</context>
<context>
    <name>boussole::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Export the inventory as CSV…</source>
        <translation>Exporter l’inventaire en CSV…</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Write every workload of the project to a CSV file</source>
        <translation>Écrire toutes les charges de travail du projet dans un fichier CSV</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>Export the inventory</source>
        <translation>Exporter l’inventaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <source>The project has no workloads to export.</source>
        <translation>Le projet ne contient aucune charge de travail à exporter.</translation>
    </message>
    <message>
        <source>The inventory as a CSV file (UTF-8, comma-separated), one row per workload with its size, environment, data class and the file and row it was imported from. In Excel, open it with Data › From Text/CSV; LibreOffice asks for the separator.</source>
        <translation>L’inventaire sous forme de fichier CSV (UTF-8, séparateur virgule), une ligne par charge de travail avec sa taille, son environnement, sa classe de données ainsi que le fichier et la ligne d’où elle a été importée. Dans Excel, ouvrez-le par Données › À partir d’un fichier texte/CSV ; LibreOffice demande le séparateur.</translation>
    </message>
    <message>
        <source>Export the deck (PDF)…</source>
        <translation>Exporter le support (PDF)…</translation>
    </message>
    <message>
        <source>Export the tables (XLSX)…</source>
        <translation>Exporter les tableaux (XLSX)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redact workload and client names</source>
        <translation>Anonymiser les noms des charges de travail et du client</translation>
    </message>
    <message>
        <source>The deck for a review meeting (landscape PDF): key figures, the estate, today's spend, the providers compared, the business-case scenarios with their total cost of ownership, the figures taken from price books and quotes with their references, the compliance scores with the audit trail's head, the migration waves, and the sources and limits of the figures. The same tables can be exported as an Excel workbook.</source>
        <translation>Le support pour une revue de décision (PDF paysage) : chiffres clés, le parc, la dépense actuelle, les fournisseurs comparés, les scénarios du dossier de décision avec leur coût total de possession, les chiffres issus de prix négociés et de devis avec leurs références, les notes de conformité avec la tête du journal d’audit, les vagues de migration, les sources et les limites des chiffres. Les mêmes tableaux peuvent être exportés dans un classeur Excel.</translation>
    </message>
    <message>
        <source>e.g. C2 – Internal</source>
        <translation>par ex. C2 – Diffusion restreinte</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page of the deck; leave empty for none</source>
        <translation>Imprimé en haut et en bas de chaque page du support ; laisser vide pour aucune mention</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Classification :</translation>
    </message>
    <message>
        <source>Replaces workload, application and client names by neutral labels, for a deck that leaves the organisation</source>
        <translation>Remplace les noms des charges de travail, des applications et du client par des libellés neutres, pour un support qui sort de l’organisation</translation>
    </message>
    <message>
        <source>Write the deck to a PDF file (Ctrl+P)</source>
        <translation>Écrire le support dans un fichier PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Write the deck's tables to an Excel workbook, one sheet each</source>
        <translation>Écrire les tableaux du support dans un classeur Excel, un onglet chacun</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Arrêter l’export ; rien n’est écrit</translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation>Exporter le support</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Exporter les tableaux</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Collecte des chiffres…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>Deck written: %1 (%n page(s)). Audit trail head: %2</source>
        <translation>
            <numerusform>Support écrit : %1 (%n page). Tête du journal d’audit : %2</numerusform>
            <numerusform>Support écrit : %1 (%n pages). Tête du journal d’audit : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables written: %1</source>
        <translation>Tableaux écrits : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
</context>
<context>
    <name>boussole::ScenariosPage</name>
    <message>
        <source>New scenario…</source>
        <translation>Nouveau scénario…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make it the target</source>
        <translation>En faire la cible</translation>
    </message>
    <message>
        <source>The target scenario feeds the migration plan's cost curve</source>
        <translation>Le scénario cible alimente la courbe de coûts du plan de migration</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Per month (EUR)</source>
        <translation>Par mois (EUR)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placées</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>Saving over the horizon</source>
        <translation>Économie sur l’horizon</translation>
    </message>
    <message>
        <source>Placement rules (the first that matches wins)</source>
        <translation>Règles de placement (la première qui s’applique l’emporte)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Offer family</source>
        <translation>Famille d’offres</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Terms and assumptions</source>
        <translation>Conditions et hypothèses</translation>
    </message>
    <message>
        <source>Commitment (years)</source>
        <translation>Engagement (ans)</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>A discount off the compute line, with where it comes from (a quote) or “assumption”</source>
        <translation>Une remise sur la ligne de calcul, avec son origine (un devis) ou « assumption »</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove the term</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Sensitivity: 0.9 or 1.1 shows the case with target prices 10 % lower or higher</source>
        <translation>Sensibilité : 0,9 ou 1,1 montre le cas où les prix cibles sont 10 % plus bas ou plus hauts</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon :</translation>
    </message>
    <message>
        <source>Migration labour (person-days):</source>
        <translation>Main-d’œuvre de migration (jours-homme) :</translation>
    </message>
    <message>
        <source>Day rate:</source>
        <translation>Taux journalier :</translation>
    </message>
    <message>
        <source>Data leaving the old provider:</source>
        <translation>Données sortant de l’ancien fournisseur :</translation>
    </message>
    <message>
        <source>Its egress price per GB:</source>
        <translation>Son prix de sortie par Go :</translation>
    </message>
    <message>
        <source>Double run:</source>
        <translation>Double exploitation :</translation>
    </message>
    <message>
        <source>Target price factor:</source>
        <translation>Facteur sur les prix cibles :</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Nouveau scénario %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Dupliquer le scénario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
    <message>
        <source>Make %1 the target</source>
        <translation>Faire de %1 la cible</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>No scenario to weigh yet</source>
        <translation>Aucun scénario à évaluer pour le moment</translation>
    </message>
    <message>
        <source>A scenario sends each workload to a provider by rules (health data to a SecNumCloud-qualified offer, the rest to another provider…) and costs it over several years against today's bills. Import an inventory first.</source>
        <translation>Un scénario envoie chaque charge de travail chez un fournisseur selon des règles (les données de santé sur une offre qualifiée SecNumCloud, le reste chez un autre fournisseur…) et la chiffre sur plusieurs années face aux factures actuelles. Importez d’abord un inventaire.</translation>
    </message>
    <message>
        <source>Open the inventory</source>
        <translation>Ouvrir l’inventaire</translation>
    </message>
    <message>
        <source>Monthly cost by component (EUR)</source>
        <translation>Coût mensuel par composante (EUR)</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>trafic sortant</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Create a scenario to weigh a mix of providers.</source>
        <translation>Créez un scénario pour évaluer un mélange de fournisseurs.</translation>
    </message>
    <message>
        <source>The price catalog could not be read: %1</source>
        <translation>Le catalogue de prix est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 a month for %n placed workload(s).</source>
        <translation>
            <numerusform>%1 : %2 par mois pour %n charge de travail placée.</numerusform>
            <numerusform>%1 : %2 par mois pour %n charges de travail placées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule: %1.</source>
        <translation>
            <numerusform>%n charge de travail placée par aucune règle : %1.</numerusform>
            <numerusform>%n charges de travail placées par aucune règle : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have no eligible offer where their rule sends them.</source>
        <translation>
            <numerusform>%n charge de travail n’a pas d’offre éligible là où sa règle l’envoie.</numerusform>
            <numerusform>%n charges de travail n’ont pas d’offre éligible là où leur règle les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: no sourced price for %1 (never counted as zero; a price book can hold the quote).</source>
        <translation>Incomplet : pas de prix sourcé pour %1 (jamais compté comme nul ; des prix négociés peuvent porter le devis).</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>Hypothèses : %1</translation>
    </message>
    <message>
        <source>No bills: the cost of ownership needs today's cost (import a bill).</source>
        <translation>Pas de factures : le coût total de possession a besoin du coût actuel (importez une facture).</translation>
    </message>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s) (EUR)</source>
        <translation>
            <numerusform>Coût cumulé sur %n an (EUR)</numerusform>
            <numerusform>Coût cumulé sur %n ans (EUR)</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>staying as today</source>
        <translation>rester comme aujourd’hui</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>retour sur investissement</translation>
    </message>
    <message>
        <source>Edit the rules of %1</source>
        <translation>Modifier les règles de %1</translation>
    </message>
    <message>
        <source>Edit the terms of %1</source>
        <translation>Modifier les conditions de %1</translation>
    </message>
    <message>
        <source>Edit the assumptions of %1</source>
        <translation>Modifier les hypothèses de %1</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>host %1: %2</source>
        <translation>hôte %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2). %3.</source>
        <translation>%1 (%2). %3.</translation>
    </message>
    <message numerus="yes">
        <source>The bills show %n service(s) the services map says need refactoring, not priced here: %1.</source>
        <translation>
            <numerusform>Les factures montrent %n service que la correspondance des services dit à refactoriser, non chiffré ici : %1.</numerusform>
            <numerusform>Les factures montrent %n services que la correspondance des services dit à refactoriser, non chiffrés ici : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <source>Commitments after the move</source>
        <translation>Engagements après le départ</translation>
    </message>
    <message>
        <source>Assumption: how long a commitment whose expiry the bills do not state (FOCUS does not carry it) is still paid from the start</source>
        <translation>Hypothèse : combien de temps un engagement dont les factures n’indiquent pas l’échéance (FOCUS ne la porte pas) est encore payé à partir du début</translation>
    </message>
    <message>
        <source>Assumption: what today's commitments save against on demand. Staying, once one expires, its usage pays on demand (no renewal)</source>
        <translation>Hypothèse : ce que les engagements actuels font économiser par rapport à la demande. En restant, une fois un engagement échu, son usage est payé à la demande (sans renouvellement)</translation>
    </message>
    <message>
        <source>the month after the last bill</source>
        <translation>le mois suivant la dernière facture</translation>
    </message>
    <message>
        <source>The first month of the horizon, to place today's commitments' expiry</source>
        <translation>Le premier mois de l’horizon, pour situer l’échéance des engagements actuels</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Unknown commitment expiry (assumption):</source>
        <translation>Échéance d’engagement inconnue (hypothèse) :</translation>
    </message>
    <message>
        <source>Commitment discount (assumption):</source>
        <translation>Remise d’engagement (hypothèse) :</translation>
    </message>
    <message>
        <source>Sensitivity: the cost of ownership with one assumption changed</source>
        <translation>Sensibilité : le coût total de possession avec une hypothèse modifiée</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Target prices (assumption):</source>
        <translation>Prix cibles (hypothèse) :</translation>
    </message>
    <message>
        <source>Egress (assumption):</source>
        <translation>Trafic sortant (hypothèse) :</translation>
    </message>
    <message>
        <source>Sizing percentile (assumption):</source>
        <translation>Centile de dimensionnement (hypothèse) :</translation>
    </message>
    <message>
        <source>of which commitments paid after the move</source>
        <translation>dont engagements payés après le départ</translation>
    </message>
    <message>
        <source>Change of the cost of ownership of %1 (EUR)</source>
        <translation>Écart du coût total de possession de %1 (EUR)</translation>
    </message>
    <message>
        <source>dearer</source>
        <translation>plus cher</translation>
    </message>
    <message>
        <source>cheaper</source>
        <translation>moins cher</translation>
    </message>
    <message>
        <source>Per year (EUR)</source>
        <translation>Par an (EUR)</translation>
    </message>
    <message>
        <source>Total over the horizon</source>
        <translation>Total sur l’horizon</translation>
    </message>
    <message>
        <source>On-premises costs…</source>
        <translation>Coûts sur site…</translation>
    </message>
    <message>
        <source>Monthly cost per vCPU, GiB of memory and GB of storage on site, and a fixed amount for the datacentre: today's cost for the workloads no bill covers, and the cost of a rule that keeps workloads on site (provider “on-premises”)</source>
        <translation>Coût mensuel sur site par vCPU, par Gio de mémoire et par Go de stockage, et un montant fixe pour le centre de données : le coût actuel des charges de travail qu’aucune facture ne couvre, et le coût d’une règle qui garde des charges de travail sur site (fournisseur « on-premises »)</translation>
    </message>
    <message>
        <source>Field: any, application, data-class, environment, kind, site or tag:KEY. Provider: a catalog provider, or on-premises (priced with the on-premises costs). Value: compared without case; * matches any value. Region and offer family are optional.</source>
        <translation>Champ : any, application, data-class, environment, kind, site ou tag:CLÉ. Fournisseur : un fournisseur du catalogue, ou on-premises (chiffré avec les coûts sur site). Valeur : comparée sans tenir compte de la casse ; * correspond à toute valeur. Région et famille d’offres sont facultatives.</translation>
    </message>
    <message>
        <source>Today's bills and the on-premises cost model cover %1 of the %2 placed workloads, so the saving and the payback do not compare the same perimeter.</source>
        <translation>Les factures actuelles et le modèle de coûts sur site couvrent %1 des %2 charges de travail placées : l’économie et le retour sur investissement ne comparent pas le même périmètre.</translation>
    </message>
    <message>
        <source>Today's bills describe %1 of the %2 placed workloads: on-premises costs are not modelled (enter them with “On-premises costs…”), so the saving and the payback do not compare the same perimeter.</source>
        <translation>Les factures actuelles décrivent %1 des %2 charges de travail placées : les coûts sur site ne sont pas modélisés (saisissez-les avec « Coûts sur site… »), donc l’économie et le retour sur investissement ne comparent pas le même périmètre.</translation>
    </message>
    <message numerus="yes">
        <source>On premises today: %n workload(s) without a bill cost %1 per month (the on-premises cost model; its rates and their basis: “On-premises costs…”).</source>
        <translation>
            <numerusform>Sur site aujourd’hui : %n charge de travail sans facture coûte %1 par mois (le modèle de coûts sur site ; ses tarifs et leur base : « Coûts sur site… »).</numerusform>
            <numerusform>Sur site aujourd’hui : %n charges de travail sans facture coûtent %1 par mois (le modèle de coûts sur site ; ses tarifs et leur base : « Coûts sur site… »).</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown for %1</source>
        <translation>taille inconnue pour %1</translation>
    </message>
    <message>
        <source>no rate entered for %1</source>
        <translation>aucun tarif saisi pour %1</translation>
    </message>
    <message>
        <source>Incomplete on premises: %1.</source>
        <translation>Incomplet sur site : %1.</translation>
    </message>
</context>
<context>
    <name>boussole::SensitivityTableModel</name>
    <message>
        <source>Incomplete: a price is missing, so the real figure is higher</source>
        <translation>Incomplet : un prix manque, le montant réel est donc plus élevé</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Cost over the horizon</source>
        <translation>Coût sur l’horizon</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Saving against staying</source>
        <translation>Économie par rapport au statu quo</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>boussole::ServiceMapDialog</name>
    <message>
        <source>Revert to the shipped entry</source>
        <translation>Rétablir l’entrée fournie</translation>
    </message>
    <message>
        <source>Needs refactoring</source>
        <translation>À refactoriser</translation>
    </message>
    <message>
        <source>Add the entry</source>
        <translation>Ajouter l’entrée</translation>
    </message>
    <message>
        <source>Services map</source>
        <translation>Correspondance des services</translation>
    </message>
    <message>
        <source>What each hyperscaler service found in the bills or in Terraform becomes on a European provider. The shipped entries are sourced; your edits apply to this project only, are shown in italics as “edited in this project”, and can be reverted. Double-click the equivalent or the note to change it.</source>
        <translation>Ce que devient chez un fournisseur européen chaque service d’hyperscaler trouvé dans les factures ou dans Terraform. Les entrées fournies sont sourcées ; vos modifications ne valent que pour ce projet, apparaissent en italique comme « modifiée dans ce projet » et peuvent être annulées. Double-cliquez sur l’équivalent ou la note pour les modifier.</translation>
    </message>
    <message>
        <source>Filter the services…</source>
        <translation>Filtrer les services…</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>service names as bills or Terraform give them, comma-separated</source>
        <translation>noms de services tels que les donnent les factures ou Terraform, séparés par des virgules</translation>
    </message>
    <message>
        <source>Hyperscaler services:</source>
        <translation>Services de l’hyperscaler :</translation>
    </message>
    <message>
        <source>European equivalent:</source>
        <translation>Équivalent européen :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>The shipped services map could not be read: %1</source>
        <translation>La correspondance des services fournie n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>This project is read-only: the map cannot be edited.</source>
        <translation>Ce projet est en lecture seule : la correspondance ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Entry added to this project's map.</source>
        <translation>Entrée ajoutée à la correspondance de ce projet.</translation>
    </message>
    <message>
        <source>An entry needs at least one service name and its European equivalent.</source>
        <translation>Une entrée requiert au moins un nom de service et son équivalent européen.</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>boussole::ServiceMapTableModel</name>
    <message>
        <source>Hyperscaler service</source>
        <translation>Service de l’hyperscaler</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>European equivalent</source>
        <translation>Équivalent européen</translation>
    </message>
    <message>
        <source>Refactor</source>
        <translation>À refactoriser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Shipped entry: %1, refactor %2, %3 (%4, %5)</source>
        <translation>Entrée fournie : %1, refactorisation %2, %3 (%4, %5)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>edited in this project</source>
        <translation>modifiée dans ce projet</translation>
    </message>
    <message>
        <source>added in this project</source>
        <translation>ajoutée dans ce projet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit the services map entry %1</source>
        <translation>Modifier l’entrée %1 de la correspondance des services</translation>
    </message>
    <message>
        <source>Add %1 to the services map</source>
        <translation>Ajouter %1 à la correspondance des services</translation>
    </message>
    <message>
        <source>Remove %1 from the services map</source>
        <translation>Retirer %1 de la correspondance des services</translation>
    </message>
    <message>
        <source>Revert %1 to the shipped entry</source>
        <translation>Rétablir l’entrée fournie pour %1</translation>
    </message>
</context>
<context>
    <name>boussole::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies from the next start of Boussole.</source>
        <translation>Le changement de langue prend effet au prochain démarrage de Boussole.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Recorded with every change to an assessment, in the audit trail</source>
        <translation>Enregistré dans le journal d’audit avec chaque modification d’une évaluation</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
</context>
<context>
    <name>boussole::StartPage</name>
    <message>
        <source>What do we run, what does it cost, what would it cost elsewhere, are we compliant, and how do we migrate? Everything stays on this computer, in one project file.</source>
        <translation>Qu’exploitons-nous, pour quel coût, combien cela coûterait-il ailleurs, sommes-nous conformes et comment migrer ? Tout reste sur cet ordinateur, dans un seul fichier de projet.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file (Ctrl+N)</source>
        <translation>Créer un fichier de projet vide (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an existing .boussole file (Ctrl+O)</source>
        <translation>Ouvrir un fichier .boussole existant (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>A fictional mutual health insurer's estate, built from the sample files shipped with Boussole</source>
        <translation>Le parc d’une mutuelle santé fictive, construit à partir des fichiers d’exemple livrés avec Boussole</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>boussole::WorkloadTableModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <source>Payment data</source>
        <translation>Données de paiement</translation>
    </message>
    <message>
        <source>Identity data</source>
        <translation>Données d’identité</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sous tension</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Hors tension</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Machine virtuelle</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Kubernetes node</source>
        <translation>Nœud Kubernetes</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Imported from %1, %2</source>
        <translation>Importé depuis %1, %2</translation>
    </message>
    <message>
        <source>Same machine as %1 (from %2): not counted in the totals</source>
        <translation>Même machine que %1 (issue de %2) : non comptée dans les totaux</translation>
    </message>
    <message>
        <source>Set by hand; kept when the source is imported again</source>
        <translation>Saisi manuellement ; conservé lors d’un nouvel import de la source</translation>
    </message>
    <message>
        <source>From the import; double-click to change</source>
        <translation>Issu de l’import ; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Mémoire (Gio)</translation>
    </message>
    <message>
        <source>Storage (GiB)</source>
        <translation>Stockage (Gio)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>No bill line is linked to this workload</source>
        <translation>Aucune ligne de facture n’est reliée à cette charge de travail</translation>
    </message>
    <message>
        <source>Average monthly effective (amortised) cost over the months the bills cover</source>
        <translation>Coût effectif (amorti) mensuel moyen sur les mois couverts par les factures</translation>
    </message>
    <message>
        <source>Cost today (monthly)</source>
        <translation>Coût actuel (mensuel)</translation>
    </message>
</context>
</TS>
