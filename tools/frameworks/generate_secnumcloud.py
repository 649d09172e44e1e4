#!/usr/bin/env python3
"""Writes resources/frameworks/secnumcloud-3.2.yaml.

Identifiers, chapters, sections, item types (E requirement, R recommendation, D definitional) and
sovereignty flags (S core, s adjacent) are structural facts of the referential (ANSSI SecNumCloud
3.2, 8 March 2022). Every title and guidance line in snc_part*.txt is Boussole's own wording;
nothing is copied from the ANSSI text. Line format:
    id|type|sovereignty|title_en|title_fr|guidance_en|guidance_fr

Usage: generate_secnumcloud.py [--check IDS.csv]   (the check compares ids/types with the CSV)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "resources", "frameworks", "secnumcloud-3.2.yaml")

CHAPTERS = {
    "5": ("Security policies and risk management", "Politiques de sécurité et gestion des risques"),
    "6": ("Organisation of information security", "Organisation de la sécurité de l'information"),
    "7": ("Human resources security", "Sécurité des ressources humaines"),
    "8": ("Asset management", "Gestion des actifs"),
    "9": ("Access control and identity management", "Contrôle d'accès et gestion des identités"),
    "10": ("Cryptography", "Cryptologie"),
    "11": ("Physical and environmental security", "Sécurité physique et environnementale"),
    "12": ("Operations security", "Sécurité liée à l'exploitation"),
    "13": ("Communications security", "Sécurité des communications"),
    "14": ("System acquisition, development and maintenance", "Acquisition, développement et maintenance des systèmes"),
    "15": ("Supplier relationships", "Relations avec les tiers"),
    "16": ("Security incident management", "Gestion des incidents de sécurité"),
    "17": ("Business continuity", "Continuité d'activité"),
    "18": ("Compliance and independent reviews", "Conformité et revues indépendantes"),
    "19": ("Additional requirements (contract, location, sovereignty)", "Exigences supplémentaires (convention, localisation, souveraineté)"),
    "annex-2": ("Annex 2: recommendations to customers", "Annexe 2 : recommandations aux commanditaires"),
}

SECTIONS = {
    "5.1": ("Principles", "Principes"),
    "5.2": ("Security policy", "Politique de sécurité"),
    "5.3": ("Risk assessment", "Appréciation des risques"),
    "6.1": ("Roles and responsibilities", "Rôles et responsabilités"),
    "6.2": ("Segregation of duties", "Séparation des tâches"),
    "6.3": ("Relations with authorities", "Relations avec les autorités"),
    "6.4": ("Relations with specialist groups", "Relations avec les groupes spécialisés"),
    "6.5": ("Security in projects", "Sécurité dans les projets"),
    "7.1": ("Screening of candidates", "Sélection des candidats"),
    "7.2": ("Terms of employment", "Conditions d'embauche"),
    "7.3": ("Awareness and training", "Sensibilisation et formation"),
    "7.4": ("Disciplinary process", "Processus disciplinaire"),
    "7.5": ("End or change of employment", "Départ ou changement de poste"),
    "8.1": ("Inventory and ownership of assets", "Inventaire et propriété des actifs"),
    "8.2": ("Return of assets", "Restitution des actifs"),
    "8.3": ("Security needs of information", "Besoins de sécurité de l'information"),
    "8.4": ("Labelling and handling", "Marquage et manipulation"),
    "8.5": ("Removable media", "Supports amovibles"),
    "9.1": ("Access control policy", "Politique de contrôle d'accès"),
    "9.2": ("User registration and removal", "Enregistrement et retrait des utilisateurs"),
    "9.3": ("Management of access rights", "Gestion des droits d'accès"),
    "9.4": ("Review of access rights", "Revue des droits d'accès"),
    "9.5": ("User authentication", "Authentification des utilisateurs"),
    "9.6": ("Access to administration interfaces", "Accès aux interfaces d'administration"),
    "9.7": ("Restricting access to information", "Restriction des accès à l'information"),
    "10.1": ("Encryption of stored data", "Chiffrement des données stockées"),
    "10.2": ("Encryption of network flows", "Chiffrement des flux"),
    "10.3": ("Password hashing", "Hachage des mots de passe"),
    "10.4": ("Non-repudiation", "Non-répudiation"),
    "10.5": ("Secrets and keys", "Gestion des secrets et des clés"),
    "10.6": ("Roots of trust", "Racines de confiance"),
    "11.1": ("Physical security perimeters", "Périmètres de sécurité physique"),
    "11.1.1": ("Public zones", "Zones publiques"),
    "11.1.2": ("Private zones", "Zones privées"),
    "11.1.3": ("Sensitive zones", "Zones sensibles"),
    "11.2": ("Physical access control", "Contrôle d'accès physique"),
    "11.2.1": ("Access to private zones", "Accès aux zones privées"),
    "11.2.2": ("Access to sensitive zones", "Accès aux zones sensibles"),
    "11.3": ("External and environmental threats", "Menaces extérieures et environnementales"),
    "11.4": ("Work in private and sensitive zones", "Travail en zones privées et sensibles"),
    "11.5": ("Delivery and loading areas", "Zones de livraison et de chargement"),
    "11.6": ("Cabling", "Sécurité du câblage"),
    "11.7": ("Equipment maintenance", "Maintenance des équipements"),
    "11.8": ("Removal of assets", "Sortie des actifs"),
    "11.9": ("Disposal and reuse of equipment", "Mise au rebut et réutilisation"),
    "11.10": ("Equipment awaiting use", "Matériel en attente d'utilisation"),
    "12.1": ("Operating procedures", "Procédures d'exploitation"),
    "12.2": ("Change management", "Gestion des changements"),
    "12.3": ("Separation of environments", "Séparation des environnements"),
    "12.4": ("Malware protection", "Protection contre les codes malveillants"),
    "12.5": ("Backups", "Sauvegardes"),
    "12.6": ("Event logging", "Journalisation des événements"),
    "12.7": ("Protection of logs", "Protection des journaux"),
    "12.8": ("Clock synchronisation", "Synchronisation des horloges"),
    "12.9": ("Event analysis and correlation", "Analyse et corrélation des événements"),
    "12.10": ("Software installation", "Installation de logiciels"),
    "12.11": ("Technical vulnerabilities", "Vulnérabilités techniques"),
    "12.12": ("Administration", "Administration"),
    "12.13": ("Remote diagnosis and maintenance", "Télédiagnostic et télémaintenance"),
    "12.14": ("Outbound infrastructure flows", "Flux sortants de l'infrastructure"),
    "13.1": ("Mapping of the system", "Cartographie du système"),
    "13.2": ("Network segmentation", "Cloisonnement des réseaux"),
    "13.3": ("Network monitoring", "Surveillance des réseaux"),
    "14.1": ("Secure development policy", "Politique de développement sécurisé"),
    "14.2": ("Control of system changes", "Maîtrise des changements système"),
    "14.3": ("Review after platform changes", "Revue après changement de plateforme"),
    "14.4": ("Secure development environment", "Environnement de développement sécurisé"),
    "14.5": ("Outsourced development", "Développement externalisé"),
    "14.6": ("Security and conformity tests", "Tests de sécurité et de conformité"),
    "14.7": ("Test data", "Données de test"),
    "15.1": ("Identifying third parties", "Identification des tiers"),
    "15.2": ("Security in supplier agreements", "Sécurité dans les accords avec les tiers"),
    "15.3": ("Monitoring supplier services", "Surveillance des services des tiers"),
    "15.4": ("Changes in supplier services", "Changements des services des tiers"),
    "15.5": ("Confidentiality undertakings", "Engagements de confidentialité"),
    "16.1": ("Responsibilities and procedures", "Responsabilités et procédures"),
    "16.2": ("Reporting", "Signalement"),
    "16.3": ("Assessment and decision", "Appréciation et décision"),
    "16.4": ("Response", "Réponse aux incidents"),
    "16.5": ("Lessons learned", "Retour d'expérience"),
    "16.6": ("Evidence", "Collecte de preuves"),
    "17.1": ("Continuity organisation", "Organisation de la continuité"),
    "17.2": ("Continuity in practice", "Mise en œuvre de la continuité"),
    "17.3": ("Continuity tests and reviews", "Tests et revues de continuité"),
    "17.4": ("Availability of processing means", "Disponibilité des moyens de traitement"),
    "17.5": ("Backup of infrastructure configuration", "Sauvegarde de la configuration"),
    "17.6": ("Backup offered to customers", "Sauvegarde proposée aux clients"),
    "18.1": ("Legal and contractual requirements", "Exigences légales et contractuelles"),
    "18.2": ("Independent reviews", "Revues indépendantes"),
    "18.2.1": ("Audit programme", "Programme d'audit"),
    "18.2.2": ("Initial review", "Revue initiale"),
    "18.2.3": ("Review after major changes", "Revue après changement majeur"),
    "18.3": ("Conformity with policies", "Conformité aux politiques"),
    "18.4": ("Technical compliance checks", "Vérification technique de conformité"),
    "19.1": ("Service agreement", "Convention de service"),
    "19.2": ("Data location", "Localisation des données"),
    "19.3": ("Regionalisation", "Régionalisation"),
    "19.4": ("End of contract", "Fin de contrat"),
    "19.5": ("Personal data", "Protection des données personnelles"),
    "19.6": ("Protection against non-EU law", "Protection vis-à-vis du droit extra-européen"),
}

# Annex 2: what the customer should do itself (own wording; side: customer).
ANNEX2 = [
    ("a", "Public bodies may ask ANSSI for help with tender specifications", "Les organismes publics peuvent solliciter l'ANSSI pour leurs cahiers des charges",
     "If you are a public body or vital operator, consider asking ANSSI to review your requirements.", "Si vous êtes un organisme public ou un opérateur d'importance vitale, envisager une relecture par l'ANSSI."),
    ("b", "Choose a provider from ANSSI's list of qualified providers", "Choisir un prestataire dans la liste des prestataires qualifiés de l'ANSSI",
     "Check the provider and the exact service on ANSSI's published list.", "Vérifier le prestataire et le service exact dans la liste publiée par l'ANSSI."),
    ("c", "Make the contract name the qualified service", "Faire désigner le service qualifié dans le contrat",
     "A qualified provider can also sell unqualified services: the contract must say which one you buy.", "Un prestataire qualifié peut vendre des services non qualifiés : le contrat doit nommer celui acheté."),
    ("d", "Use ANSSI's buyer guide for security products and services", "Utiliser le guide d'achat de l'ANSSI pour les produits et services de sécurité",
     "Refer to the guide when writing the purchase.", "S'y référer lors de la rédaction de l'achat."),
    ("e", "Know that complaints can be filed with ANSSI", "Savoir qu'une réclamation peut être adressée à l'ANSSI",
     "Keep the complaint route in the contract file; it can lead to suspension or withdrawal.", "Garder la voie de réclamation au dossier ; elle peut mener à suspension ou retrait."),
    ("f", "Qualification does not cover classified defence information", "La qualification ne couvre pas les informations classifiées de défense",
     "Classified information needs its own approval: do not rely on the qualification.", "Les informations classifiées exigent leur propre homologation : ne pas s'appuyer sur la qualification."),
    ("g", "Qualification does not cover controlled security items", "La qualification ne couvre pas les articles contrôlés de la sécurité des SI",
     "Controlled items (ACSSI) follow their own rules.", "Les articles contrôlés (ACSSI) suivent leurs propres règles."),
    ("h", "Qualification does not replace sector rules (health, restricted data)", "La qualification ne remplace pas les règles sectorielles (santé, diffusion restreinte)",
     "Health data still needs an HDS-certified host; restricted data its own rules.", "Les données de santé exigent toujours un hébergeur certifié HDS ; la diffusion restreinte ses propres règles."),
    ("i", "Administer from dedicated workstations", "Administrer depuis des postes dédiés",
     "Reach the provider's management interfaces only from dedicated admin workstations.", "N'accéder aux interfaces d'administration du prestataire que depuis des postes d'administration dédiés."),
]

APPLICABILITY = {
    "9.5.c": ["SaaS"],
    "9.6.g": ["SaaS"],
    "12.2.c": ["PaaS"],
    "9.6.i": ["SaaS", "PaaS", "CaaS"],
    "9.6.j": ["SaaS", "PaaS"],
    "9.6.k": ["SaaS"],
}

TYPES = {"E": "requirement", "R": "recommendation", "D": "definitional"}
SOVEREIGNTY = {"S": "core", "s": "adjacent", "": None}


def q(text):
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def chapter_of(item_id):
    return item_id.split(".")[0]


def section_of(item_id):
    return ".".join(item_id.split(".")[:-1])


def read_items():
    items = []
    for part in ("snc_part1.txt", "snc_part2.txt", "snc_part3.txt"):
        with open(os.path.join(HERE, part), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    continue
                fields = line.split("|")
                assert len(fields) == 7, line
                items.append(fields)
    return items


def check(items, csv_path):
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    expected = [(r[0], r[5], r[6]) for r in rows]
    got = [(i[0], i[1], i[2]) for i in items]
    if expected != got:
        for e, g in zip(expected, got):
            if e != g:
                sys.exit(f"mismatch: expected {e}, have {g}")
        sys.exit(f"count mismatch: {len(expected)} vs {len(got)}")
    print(f"{len(got)} items match {csv_path}")


def main():
    items = read_items()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        check(items, sys.argv[2])
    out = []
    w = out.append
    w("# SecNumCloud 3.2 as a checklist. Generated by tools/frameworks/generate_secnumcloud.py: edit")
    w("# the wording there. Identifiers, chapters, sections, types and sovereignty flags are facts of")
    w("# the referential; every title and guidance line is Boussole's own wording, not ANSSI's text.")
    w("schema: 1")
    w("framework:")
    w("  id: secnumcloud-3.2")
    w('  name_en: "SecNumCloud 3.2"')
    w('  name_fr: "SecNumCloud 3.2"')
    w("  publisher: ANSSI")
    w('  version: "3.2"')
    w("  date: 2022-03-08")
    w("  source_url: https://www.ssi.gouv.fr/faq-avant-de-se-lancer-dans-la-qualification-secnumcloud")
    w('  licence_note: "The ANSSI referential is not reproduced: its licence is not established, so it is treated as all rights reserved. Identifiers and structure are facts; titles and guidance are Boussole\'s own words."')
    w("  kind: qualification")
    w("  verified: true")
    w("  sectors: [public, health, defence]")
    w("  data_classes: [health, payment, identity, secret, sensitive]")
    w('  note_en: "278 lettered items in chapters 5 to 19 (259 requirements, 17 recommendations, 2 definitions), counted on a transcription of version 3.2 not yet compared line by line with the ANSSI PDF. The \\"more than 360 criteria\\" often quoted in the press matches no natural count. A qualification is pass or fail: Boussole shows blocking items, not a percentage. Annex 2 holds what the customer must do."')
    w('  note_fr: "278 points numérotés par lettre dans les chapitres 5 à 19 (259 exigences, 17 recommandations, 2 définitions), comptés sur une transcription de la version 3.2 pas encore comparée ligne à ligne au PDF de l\'ANSSI. Les « plus de 360 critères » cités par la presse ne correspondent à aucun décompte naturel. Une qualification s\'obtient ou non : Boussole montre les points bloquants, pas un pourcentage. L\'annexe 2 regroupe ce que le client doit faire lui-même."')
    w("chapters:")
    for cid, (en, fr) in CHAPTERS.items():
        w(f"  - {{id: {q(cid)}, title_en: {q(en)}, title_fr: {q(fr)}}}")
    w("sections:")
    for sid, (en, fr) in SECTIONS.items():
        w(f"  - {{id: {q(sid)}, chapter: {q(chapter_of(sid))}, title_en: {q(en)}, title_fr: {q(fr)}}}")
    w("items:")
    used_sections = set()
    for item_id, typ, sov, ten, tfr, gen, gfr in items:
        section = section_of(item_id)
        assert section in SECTIONS, section
        used_sections.add(section)
        w(f"  - id: {q(item_id)}")
        w(f"    chapter: {q(chapter_of(item_id))}")
        w(f"    section: {q(section)}")
        w(f"    type: {TYPES[typ]}")
        if SOVEREIGNTY[sov]:
            w(f"    sovereignty: {SOVEREIGNTY[sov]}")
        if item_id in APPLICABILITY:
            w(f"    applicability: [{', '.join(APPLICABILITY[item_id])}]")
        w(f"    title_en: {q(ten)}")
        w(f"    title_fr: {q(tfr)}")
        w(f"    guidance_en: {q(gen)}")
        w(f"    guidance_fr: {q(gfr)}")
    for letter, ten, tfr, gen, gfr in ANNEX2:
        w(f"  - id: {q('A2.' + letter)}")
        w('    chapter: "annex-2"')
        w("    type: recommendation")
        w("    side: customer")
        w(f"    title_en: {q(ten)}")
        w(f"    title_fr: {q(tfr)}")
        w(f"    guidance_en: {q(gen)}")
        w(f"    guidance_fr: {q(gfr)}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {len(items)} items + {len(ANNEX2)} annex items")


if __name__ == "__main__":
    main()
