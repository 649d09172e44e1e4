# Writes resources/frameworks/iso27001-2022.yaml (own words, EN/FR): python3 generate_iso27001.py > ../../resources/frameworks/iso27001-2022.yaml
import sys
C = [  # clause items: id, chapter, section, title_en, title_fr, guidance_en, guidance_fr
("4.1","4","","External and internal issues that affect security identified","Enjeux externes et internes influant sur la sécurité identifiés","Ask for the analysis of the organisation's context.","Demander l'analyse du contexte de l'organisme."),
("4.2","4","","Interested parties and their security expectations known","Parties intéressées et leurs attentes de sécurité connues","Check the list of parties and which of their requirements the ISMS takes on.","Vérifier la liste des parties et celles de leurs exigences que le SMSI prend en charge."),
("4.3","4","","ISMS scope set and documented","Périmètre du SMSI fixé et documenté","Compare the scope statement with the services you buy.","Comparer la déclaration de périmètre aux services achetés."),
("4.4","4","","ISMS set up, run, maintained and improved","SMSI établi, exploité, tenu à jour et amélioré","Ask for the certificate and its scope; check its validity dates.","Demander le certificat et son périmètre ; vérifier ses dates de validité."),
("5.1","5","","Top management commits to and steers the ISMS","La direction s'engage et pilote le SMSI","Look for management decisions and the resources given to security.","Chercher les décisions de la direction et les moyens donnés à la sécurité."),
("5.2","5","","Security policy set by top management","Politique de sécurité fixée par la direction","Check the policy's approval, date and distribution.","Vérifier l'approbation, la date et la diffusion de la politique."),
("5.3","5","","ISMS roles and authority assigned","Rôles et autorité attribués pour le SMSI","Ask who reports on the ISMS to top management.","Demander qui rend compte du SMSI à la direction."),
("6.1.1","6","6.1","Risks and opportunities of the ISMS planned for","Risques et opportunités du SMSI pris en compte dans la planification","Check that the plan deals with the issues found under 4.1 and 4.2.","Vérifier que le plan traite les enjeux relevés en 4.1 et 4.2."),
("6.1.2","6","6.1","Risk assessment method defined","Méthode d'appréciation des risques définie","Ask for the method, its acceptance criteria and the owner of each risk.","Demander la méthode, ses critères d'acceptation et le propriétaire de chaque risque."),
("6.1.3","6","6.1","Risk treatment chosen; statement of applicability kept","Traitement des risques choisi ; déclaration d'applicabilité tenue","Ask for the statement of applicability and why excluded controls are excluded.","Demander la déclaration d'applicabilité et la justification des mesures exclues."),
("6.2","6","","Security objectives set and planned","Objectifs de sécurité fixés et planifiés","Check that the objectives are measurable and followed up.","Vérifier que les objectifs sont mesurables et suivis."),
("6.3","6","","Changes to the ISMS planned","Modifications du SMSI planifiées","Look for how ISMS changes are decided and scheduled.","Chercher comment les modifications du SMSI sont décidées et programmées."),
("7.1","7","","Resources for the ISMS provided","Ressources du SMSI fournies","Ask for the security budget and staffing.","Demander le budget et les effectifs consacrés à la sécurité."),
("7.2","7","","People in ISMS roles are competent","Personnes occupant les rôles du SMSI compétentes","Check training and qualification records.","Vérifier les traces de formation et de qualification."),
("7.3","7","","Everyone knows the policy and their part in it","Chacun connaît la politique et son rôle","Ask a few staff what the policy expects of them.","Demander à quelques personnes ce que la politique attend d'elles."),
("7.4","7","","Communication about the ISMS planned","Communication sur le SMSI planifiée","Check who communicates what, to whom and when.","Vérifier qui communique quoi, à qui et quand."),
("7.5","7","","Documented information created and controlled","Informations documentées créées et maîtrisées","Check document versions, approvals and who can read or change them.","Vérifier les versions, approbations et droits de lecture ou de modification des documents."),
("8.1","8","","ISMS processes planned and controlled in daily work","Processus du SMSI planifiés et maîtrisés au quotidien","Check that outsourced processes are controlled too.","Vérifier que les processus externalisés sont aussi maîtrisés."),
("8.2","8","","Risk assessments carried out when planned","Appréciations des risques réalisées aux échéances prévues","Ask for the last risk assessment and its date.","Demander la dernière appréciation des risques et sa date."),
("8.3","8","","Risk treatment plan carried out","Plan de traitement des risques mis en œuvre","Check the progress of the treatment plan's actions.","Vérifier l'avancement des actions du plan de traitement."),
("9.1","9","","Security performance measured and analysed","Performance de sécurité mesurée et analysée","Ask for the indicators and their latest values.","Demander les indicateurs et leurs dernières valeurs."),
("9.2","9","","Internal audits run to a programme","Audits internes menés selon un programme","Ask for the audit programme and the last report.","Demander le programme d'audit et le dernier rapport."),
("9.3","9","","Top management reviews the ISMS","La direction passe le SMSI en revue","Ask for the minutes of the last management review.","Demander le compte rendu de la dernière revue de direction."),
("10.1","10","","ISMS improved continually","SMSI amélioré en continu","Look for improvements decided during the last year.","Chercher les améliorations décidées dans l'année écoulée."),
("10.2","10","","Nonconformities corrected and their causes treated","Non-conformités corrigées et leurs causes traitées","Ask for the nonconformity log and the closed actions.","Demander le registre des non-conformités et les actions closes."),
]
A = [  # Annex A controls: number, title_en, title_fr, guidance_en, guidance_fr
("5.1","Security policies written, approved, published and reviewed","Politiques de sécurité rédigées, approuvées, diffusées et revues","Ask for the general policy and the topic policies, with approval and review dates.","Demander la politique générale et les politiques thématiques, avec leurs dates d'approbation et de revue."),
("5.2","Security duties assigned to named roles","Responsabilités de sécurité attribuées à des rôles nommés","Check that each security duty has an owner (organisation chart or RACI).","Vérifier que chaque responsabilité de sécurité a un titulaire (organigramme ou matrice RACI)."),
("5.3","Conflicting duties kept apart","Tâches incompatibles séparées","Find which duties must not be combined and how that is enforced.","Identifier les tâches à ne pas cumuler et la façon dont la règle est appliquée."),
("5.4","Managers make staff apply the security rules","L'encadrement fait appliquer les règles de sécurité","Look for evidence that managers brief and follow up their teams.","Chercher la preuve que l'encadrement informe et suit ses équipes."),
("5.5","Contacts with the relevant authorities kept up","Contacts entretenus avec les autorités compétentes","Check the list of authorities (regulator, data-protection authority, CERT) and who contacts them.","Vérifier la liste des autorités (régulateur, CNIL, CERT) et qui les contacte."),
("5.6","Links with security communities and forums","Liens avec les communautés et forums de sécurité","Ask which professional groups or CERT networks the team follows.","Demander quels groupes professionnels ou réseaux de CERT l'équipe suit."),
("5.7","Threat information gathered and used","Renseignement sur les menaces collecté et exploité","Ask for the sources followed and an example of an action they triggered.","Demander les sources suivies et un exemple d'action qu'elles ont déclenchée."),
("5.8","Security built into project management","Sécurité intégrée à la gestion de projet","Check that project templates include a security and risk step.","Vérifier que les modèles de projet comportent une étape sécurité et risques."),
("5.9","Inventory of information and related assets, with owners","Inventaire des informations et actifs associés, avec leurs propriétaires","Pick a few assets and check they are in the inventory with an owner.","Prendre quelques actifs au hasard et vérifier qu'ils figurent à l'inventaire avec un propriétaire."),
("5.10","Rules for using information and assets","Règles d'usage des informations et des actifs","Find the usage rules and how staff accept them.","Trouver les règles d'usage et la façon dont le personnel les accepte."),
("5.11","Assets handed back when people leave or contracts end","Actifs restitués au départ d'une personne ou en fin de contrat","Check leaver records for returned equipment and data.","Vérifier les dossiers de départ : matériel et données restitués."),
("5.12","Information classified by its security needs","Informations classées selon leurs besoins de sécurité","Ask for the classification scheme and how a level is chosen.","Demander le schéma de classification et la façon de choisir un niveau."),
("5.13","Classification marked on information","Classification indiquée sur les informations","Look at documents and systems: are the marking rules applied?","Observer documents et systèmes : les règles de marquage sont-elles appliquées ?"),
("5.14","Rules for sending information inside and outside","Règles pour transmettre des informations en interne et à l'extérieur","Check the transfer rules and agreements for e-mail, file exchange and media.","Vérifier les règles et accords de transfert : messagerie, échanges de fichiers, supports."),
("5.15","Access granted by business and security rules","Accès accordés selon des règles métier et de sécurité","Ask for the access-control policy and its need-to-know principle.","Demander la politique de contrôle d'accès et son principe du besoin d'en connaître."),
("5.16","Identities managed over their whole life","Identités gérées sur tout leur cycle de vie","Check that each account maps to one person or one documented system.","Vérifier que chaque compte correspond à une personne ou à un système documenté."),
("5.17","Passwords and other secrets issued and handled safely","Mots de passe et autres secrets délivrés et gérés de façon sûre","Check how first secrets are delivered and what users are told to do with them.","Vérifier la remise des secrets initiaux et les consignes données aux utilisateurs."),
("5.18","Access rights granted, reviewed and removed","Droits d'accès attribués, revus et retirés","Ask for the last access review and a sample of removed rights.","Demander la dernière revue des accès et un échantillon de droits retirés."),
("5.19","Security risks of suppliers managed","Risques de sécurité liés aux fournisseurs maîtrisés","Check the supplier list and how each supplier's risk is rated.","Vérifier la liste des fournisseurs et l'évaluation du risque de chacun."),
("5.20","Security terms written into supplier contracts","Clauses de sécurité dans les contrats fournisseurs","Read a supplier contract for security, audit and incident clauses.","Lire un contrat fournisseur : clauses de sécurité, d'audit et d'incident."),
("5.21","Security of the ICT supply chain managed","Sécurité de la chaîne d'approvisionnement numérique maîtrisée","Ask how sub-suppliers of hardware, software and services are checked.","Demander comment sont contrôlés les sous-fournisseurs de matériel, de logiciels et de services."),
("5.22","Supplier services monitored and their changes controlled","Services des fournisseurs suivis et leurs changements maîtrisés","Look for service reviews and how supplier changes are assessed.","Chercher les revues de service et l'évaluation des changements chez les fournisseurs."),
("5.23","Security of cloud services used, from purchase to exit","Sécurité des services cloud utilisés, de l'achat à la sortie","Check the rules for choosing, running and leaving cloud services, exit plan included.","Vérifier les règles de choix, d'exploitation et de sortie des services cloud, plan de sortie compris."),
("5.24","Incident handling prepared: roles and procedures","Traitement des incidents préparé : rôles et procédures","Ask for the incident procedure and the on-call contacts.","Demander la procédure d'incident et les contacts d'astreinte."),
("5.25","Security events triaged to decide whether they are incidents","Événements de sécurité qualifiés pour décider s'il s'agit d'incidents","Check the triage criteria and a few recent decisions.","Vérifier les critères de qualification et quelques décisions récentes."),
("5.26","Incidents answered by the written procedure","Incidents traités selon la procédure écrite","Read a recent incident record from detection to closure.","Lire le dossier d'un incident récent, de la détection à la clôture."),
("5.27","Lessons drawn from incidents","Enseignements tirés des incidents","Look for post-incident reviews and the measures they led to.","Chercher les retours d'expérience et les mesures qui en ont découlé."),
("5.28","Evidence about incidents collected and preserved","Preuves liées aux incidents recueillies et conservées","Ask how logs and disk images are preserved for possible legal use.","Demander comment journaux et images disque sont conservés pour un éventuel usage judiciaire."),
("5.29","Security kept up during a disruption","Sécurité maintenue pendant une perturbation","Check that continuity plans keep the security measures running.","Vérifier que les plans de continuité maintiennent les mesures de sécurité."),
("5.30","ICT ready to meet continuity objectives","Informatique prête à tenir les objectifs de continuité","Ask for the recovery objectives and the results of the last test.","Demander les objectifs de reprise et les résultats du dernier test."),
("5.31","Legal, regulatory and contractual requirements identified","Exigences légales, réglementaires et contractuelles recensées","Ask for the register of applicable laws and contract obligations.","Demander le registre des lois applicables et des obligations contractuelles."),
("5.32","Intellectual property respected, licences included","Propriété intellectuelle respectée, licences comprises","Check how software licences are tracked.","Vérifier le suivi des licences logicielles."),
("5.33","Records protected against loss, tampering and unauthorised access","Enregistrements protégés contre la perte, l'altération et l'accès non autorisé","Check the retention rules and how records are protected.","Vérifier les durées de conservation et la protection des enregistrements."),
("5.34","Personal data protected as the law requires","Données personnelles protégées comme l'exige la loi","Check the record of processing activities and the GDPR measures.","Vérifier le registre des traitements et les mesures RGPD."),
("5.35","Security approach reviewed independently","Démarche de sécurité revue de façon indépendante","Ask for the last independent review or audit and its follow-up.","Demander la dernière revue ou le dernier audit indépendant et son suivi."),
("5.36","Compliance with own policies and standards checked","Respect des politiques et normes internes contrôlé","Look for periodic checks by managers or the security team.","Chercher les contrôles périodiques de l'encadrement ou de l'équipe sécurité."),
("5.37","Operating procedures written and available","Procédures d'exploitation écrites et accessibles","Pick an operations task and find its procedure.","Choisir une tâche d'exploitation et retrouver sa procédure."),
("6.1","Background checks before hiring, in proportion to the role","Vérifications préalables à l'embauche, proportionnées au poste","Ask which checks are made and how they respect the law.","Demander quelles vérifications sont faites et comment elles respectent la loi."),
("6.2","Employment contracts state security duties","Contrats de travail précisant les devoirs de sécurité","Read a contract template for security and confidentiality clauses.","Lire un modèle de contrat : clauses de sécurité et de confidentialité."),
("6.3","Staff made aware of and trained in security","Personnel sensibilisé et formé à la sécurité","Ask for the training plan and attendance records.","Demander le plan de formation et les feuilles de présence."),
("6.4","Formal process for breaches of security rules","Procédure formelle en cas de manquement aux règles de sécurité","Check that the process is written down and known.","Vérifier que la procédure est écrite et connue."),
("6.5","Security duties that last after leaving or changing role","Devoirs de sécurité maintenus après un départ ou un changement de poste","Check leaver paperwork for lasting confidentiality duties.","Vérifier les documents de départ : obligations de confidentialité durables."),
("6.6","Confidentiality agreements signed and reviewed","Engagements de confidentialité signés et revus","Ask for the template and the date of its last review.","Demander le modèle et la date de sa dernière revue."),
("6.7","Security measures for remote working","Mesures de sécurité pour le travail à distance","Check the remote-work rules: devices, VPN, home environment.","Vérifier les règles du télétravail : postes, VPN, environnement à domicile."),
("6.8","Staff can report security events quickly","Le personnel peut signaler rapidement les événements de sécurité","Find the reporting channel and ask staff whether they know it.","Trouver le canal de signalement et demander au personnel s'il le connaît."),
("7.1","Secure areas bounded by physical perimeters","Zones sécurisées délimitées par des périmètres physiques","Walk through the site plan: the zones and what protects each.","Parcourir le plan du site : les zones et ce qui protège chacune."),
("7.2","Entry to secure areas controlled, deliveries included","Entrées en zones sécurisées contrôlées, livraisons comprises","Check badge rules, the visitor log and how deliveries are received.","Vérifier les règles de badge, le registre des visiteurs et la réception des livraisons."),
("7.3","Offices, rooms and facilities secured","Bureaux, salles et installations sécurisés","Visit sensitive rooms and check how they are locked.","Visiter les salles sensibles et vérifier leur fermeture."),
("7.4","Premises watched for intrusion","Locaux surveillés contre l'intrusion","Ask for the alarm, camera or guarding arrangements and their checks.","Demander le dispositif d'alarme, de vidéo ou de gardiennage et ses contrôles."),
("7.5","Protection against physical and environmental threats","Protection contre les menaces physiques et environnementales","Check fire, flood, power and climate risks and how each is countered.","Vérifier les risques d'incendie, d'inondation, d'électricité et de climat et leurs parades."),
("7.6","Rules for working in secure areas","Règles de travail en zones sécurisées","Ask for the rules and who checks them.","Demander les règles et qui les contrôle."),
("7.7","Desks cleared and screens locked","Bureaux rangés et écrans verrouillés","Walk through the offices after working hours.","Parcourir les bureaux en dehors des heures de travail."),
("7.8","Equipment placed and protected against risks","Matériel installé et protégé contre les risques","Check where equipment stands and what protects it.","Vérifier l'emplacement du matériel et ce qui le protège."),
("7.9","Assets outside the premises protected","Actifs hors des locaux protégés","Check the rules for laptops and equipment taken outside.","Vérifier les règles pour les portables et le matériel emportés."),
("7.10","Storage media managed from receipt to disposal","Supports de stockage gérés de la réception à l'élimination","Ask how removable media are tracked, encrypted and destroyed.","Demander comment les supports amovibles sont suivis, chiffrés et détruits."),
("7.11","Power and other utilities protected from failure","Alimentation et autres servitudes protégées des pannes","Check UPS units, generators and their tests.","Vérifier onduleurs, groupes électrogènes et leurs tests."),
("7.12","Power and network cables protected","Câbles électriques et réseau protégés","Look at cable routes and their protection against damage and tapping.","Observer le cheminement des câbles et leur protection contre les dégâts et l'écoute."),
("7.13","Equipment maintained correctly","Matériel correctement entretenu","Ask for maintenance contracts and logs.","Demander les contrats et registres de maintenance."),
("7.14","Data removed before equipment is reused or discarded","Données effacées avant réemploi ou mise au rebut du matériel","Ask for wiping or destruction certificates.","Demander les certificats d'effacement ou de destruction."),
("8.1","User devices protected","Terminaux des utilisateurs protégés","Check device encryption, locking and central management.","Vérifier le chiffrement, le verrouillage et la gestion centralisée des terminaux."),
("8.2","Privileged rights limited and controlled","Droits à privilèges limités et contrôlés","Ask for the list of administrators and how it is reviewed.","Demander la liste des administrateurs et sa revue."),
("8.3","Access to information restricted as the policy says","Accès aux informations restreint selon la politique","Test that a user cannot see data outside their role.","Vérifier qu'un utilisateur ne voit pas de données hors de son rôle."),
("8.4","Access to source code and development tools controlled","Accès au code source et aux outils de développement contrôlé","Check the permissions on code repositories.","Vérifier les droits sur les dépôts de code."),
("8.5","Robust sign-in, multi-factor where needed","Authentification robuste, multifacteur si nécessaire","Check where multi-factor sign-in is enforced.","Vérifier où l'authentification multifacteur est imposée."),
("8.6","Capacity monitored and planned","Capacités suivies et planifiées","Ask for capacity dashboards and forecasts.","Demander les tableaux de bord et prévisions de capacité."),
("8.7","Protection against malicious software","Protection contre les logiciels malveillants","Check anti-malware coverage and user awareness.","Vérifier la couverture anti-malware et la sensibilisation des utilisateurs."),
("8.8","Technical vulnerabilities tracked and fixed","Vulnérabilités techniques suivies et corrigées","Ask for patching delays and the last vulnerability scan.","Demander les délais de correction et le dernier scan de vulnérabilités."),
("8.9","Secure configurations defined and kept","Configurations sûres définies et maintenues","Compare a server with its reference configuration.","Comparer un serveur à sa configuration de référence."),
("8.10","Information deleted once no longer needed","Informations supprimées lorsqu'elles ne sont plus utiles","Check the deletion rules and a deletion record.","Vérifier les règles de suppression et une trace de suppression."),
("8.11","Data masked where the policy calls for it","Données masquées là où la politique l'exige","Check masking or pseudonymisation in tests and reporting.","Vérifier le masquage ou la pseudonymisation en test et en reporting."),
("8.12","Data leaks prevented and detected","Fuites de données prévenues et détectées","Ask which channels are watched for data leaving.","Demander quels canaux de sortie des données sont surveillés."),
("8.13","Backups made and restores tested","Sauvegardes réalisées et restaurations testées","Ask for the backup policy and the last restore test.","Demander la politique de sauvegarde et le dernier test de restauration."),
("8.14","Enough redundancy to meet availability needs","Redondance suffisante pour les besoins de disponibilité","Check redundant sites, links and components.","Vérifier les sites, liens et composants redondants."),
("8.15","Activity logs produced, kept and protected","Journaux d'activité produits, conservés et protégés","Check what is logged, for how long, and who could alter the logs.","Vérifier ce qui est journalisé, combien de temps, et qui pourrait modifier les journaux."),
("8.16","Networks and systems watched for abnormal behaviour","Réseaux et systèmes surveillés pour détecter les anomalies","Ask for the detection rules and how alerts are handled.","Demander les règles de détection et le traitement des alertes."),
("8.17","Clocks synchronised to a reference","Horloges synchronisées sur une référence","Check the time sources of servers and network devices.","Vérifier les sources de temps des serveurs et équipements réseau."),
("8.18","Powerful utility programs restricted","Utilitaires puissants réservés et contrôlés","Check who can run tools able to bypass controls.","Vérifier qui peut lancer les outils capables de contourner les contrôles."),
("8.19","Software installation on production controlled","Installation de logiciels en production maîtrisée","Check who may install software and how.","Vérifier qui peut installer des logiciels et comment."),
("8.20","Networks and network devices secured","Réseaux et équipements réseau sécurisés","Check how network devices are hardened and administered.","Vérifier le durcissement et l'administration des équipements réseau."),
("8.21","Security of network services defined and monitored","Sécurité des services réseau définie et suivie","Read the security commitments of network service providers.","Lire les engagements de sécurité des fournisseurs de services réseau."),
("8.22","Networks split into separate zones","Réseaux découpés en zones séparées","Look at the network diagram and the filtering between zones.","Examiner le schéma réseau et le filtrage entre zones."),
("8.23","Access to harmful websites filtered","Accès aux sites web dangereux filtré","Check the web filter and its categories.","Vérifier le filtre web et ses catégories."),
("8.24","Cryptography used by rule, keys managed","Cryptographie employée selon des règles, clés gérées","Ask for the cryptography rules and the key life cycle.","Demander les règles de cryptographie et le cycle de vie des clés."),
("8.25","Security across the development life cycle","Sécurité sur tout le cycle de développement","Check the development process for its security steps.","Vérifier les étapes de sécurité du processus de développement."),
("8.26","Security requirements set for applications","Exigences de sécurité fixées pour les applications","Check that specifications include security requirements.","Vérifier que les spécifications contiennent des exigences de sécurité."),
("8.27","Secure engineering principles applied to systems","Principes d'ingénierie sûre appliqués aux systèmes","Ask for the architecture principles and where they are checked.","Demander les principes d'architecture et où ils sont vérifiés."),
("8.28","Code written to secure-coding rules","Code écrit selon des règles de programmation sûre","Check coding rules, code reviews and analysis tools.","Vérifier les règles de codage, les revues de code et les outils d'analyse."),
("8.29","Security tested before acceptance","Sécurité testée avant la recette","Ask for the security test reports of the last release.","Demander les rapports de tests de sécurité de la dernière version."),
("8.30","Outsourced development directed and checked","Développement externalisé encadré et contrôlé","Read the requirements given to the contractor and how they are checked.","Lire les exigences imposées au prestataire et la façon de les contrôler."),
("8.31","Development, test and production kept apart","Développement, test et production séparés","Check that environments are isolated and that access to each differs.","Vérifier que les environnements sont isolés et que les accès diffèrent."),
("8.32","Changes go through a controlled process","Changements soumis à un processus maîtrisé","Pick a recent change and follow its approval and tests.","Choisir un changement récent et suivre son approbation et ses tests."),
("8.33","Test data chosen and protected","Données de test choisies et protégées","Check whether production data is used in tests and how it is protected.","Vérifier si des données de production servent aux tests et comment elles sont protégées."),
("8.34","Audit tests planned so as not to disrupt systems","Tests d'audit planifiés pour ne pas perturber les systèmes","Check how auditors' access to production is agreed and limited.","Vérifier comment l'accès des auditeurs à la production est convenu et limité."),
]
def q(s):
    assert '"' not in s and '\\' not in s, s
    return '"' + s + '"'
out = []
w = out.append
w("""# ISO/IEC 27001:2022 as a checklist: the management-system clauses 4 to 10 and the 93 controls of
# Annex A. Generated by tools/frameworks/generate_iso27001.py: edit the wording there.
# Identifiers and structure are facts of the standard; every title and guidance line is Boussole's
# own wording (ISO's text is copyrighted and sold: no title is reproduced). Control ids keep the
# "A." prefix the standard's Annex A uses, so that control A.5.1 and clause 5.1 stay distinct.
schema: 1
framework:
  id: iso27001-2022
  name_en: "ISO/IEC 27001:2022"
  name_fr: "ISO/IEC 27001:2022"
  publisher: "ISO/IEC (JTC 1/SC 27)"
  version: "2022"
  date: 2022-10-25
  source_url: https://www.iso.org/standard/27001
  licence_note: "ISO/IEC 27001 is a copyrighted, paid standard: nothing of its text is reproduced. Clause and control numbers and the count of controls per theme are facts; titles and guidance are Boussole's own words."
  kind: certification
  verified: false
  date_verified: false
  sectors: [health]
  data_classes: [health]
  note_en: "Clauses 4 to 10 (25 assessable sub-clauses) and the 93 Annex A controls in four themes: 37 organisational (A.5), 8 people (A.6), 14 physical (A.7) and 34 technological (A.8). Source of the count: the structure of ISO/IEC 27001:2022 Annex A as published by ISO (also the count of its companion guide ISO/IEC 27002:2022); written from Boussole's knowledge of the published standard, not compared line by line with a licensed copy, hence marked unverified. Clause 6.3 (planning of changes) is new in the 2022 edition. Amendment 1 of 2024 (climate change) adds to clauses 4.1 and 4.2 without new numbers. A certificate is pass or fail: Boussole shows blocking items; a control excluded in the statement of applicability is not applicable. HDS v2 requires a certified ISO 27001 management system (EXI 01), hence the suggestion for health."
  note_fr: "Les chapitres 4 à 10 (25 sous-chapitres évaluables) et les 93 mesures de l'annexe A en quatre thèmes : 37 organisationnelles (A.5), 8 liées aux personnes (A.6), 14 physiques (A.7) et 34 technologiques (A.8). Source du décompte : la structure de l'annexe A d'ISO/IEC 27001:2022 telle que publiée par l'ISO (c'est aussi celle du guide associé ISO/IEC 27002:2022) ; écrit d'après la connaissance qu'a Boussole de la norme publiée, sans comparaison ligne à ligne avec un exemplaire sous licence, d'où la mention non vérifié. Le chapitre 6.3 (planification des modifications) est nouveau dans l'édition 2022. L'amendement 1 de 2024 (changement climatique) complète 4.1 et 4.2 sans nouveau numéro. Un certificat s'obtient ou non : Boussole montre les points bloquants ; une mesure exclue dans la déclaration d'applicabilité est non applicable. HDS v2 exige un système de management certifié ISO 27001 (EXI 01), d'où la suggestion pour la santé."
chapters:
  - {id: "4", title_en: "The organisation's context", title_fr: "Contexte de l'organisme"}
  - {id: "5", title_en: "Management leadership", title_fr: "Rôle de la direction"}
  - {id: "6", title_en: "Planning the ISMS", title_fr: "Planification du SMSI"}
  - {id: "7", title_en: "Support: resources, skills, documents", title_fr: "Support : ressources, compétences, documents"}
  - {id: "8", title_en: "Running the ISMS", title_fr: "Fonctionnement du SMSI"}
  - {id: "9", title_en: "Measuring and reviewing", title_fr: "Mesure et revue"}
  - {id: "10", title_en: "Improving", title_fr: "Amélioration"}
  - {id: "A.5", title_en: "Annex A, theme 5: organisational controls", title_fr: "Annexe A, thème 5 : mesures organisationnelles"}
  - {id: "A.6", title_en: "Annex A, theme 6: people controls", title_fr: "Annexe A, thème 6 : mesures liées aux personnes"}
  - {id: "A.7", title_en: "Annex A, theme 7: physical controls", title_fr: "Annexe A, thème 7 : mesures physiques"}
  - {id: "A.8", title_en: "Annex A, theme 8: technological controls", title_fr: "Annexe A, thème 8 : mesures technologiques"}
sections:
  - {id: "6.1", chapter: "6", title_en: "Dealing with risks and opportunities", title_fr: "Traitement des risques et opportunités"}
items:""")
for (i, ch, sec, te, tf, ge, gf) in C:
    s = f', section: "{sec}"' if sec else ''
    w(f'  - {{id: "{i}", chapter: "{ch}"{s}, title_en: {q(te)}, title_fr: {q(tf)}, guidance_en: {q(ge)}, guidance_fr: {q(gf)}}}')
for (n, te, tf, ge, gf) in A:
    ch = "A." + n.split(".")[0]
    w(f'  - {{id: "A.{n}", chapter: "{ch}", title_en: {q(te)}, title_fr: {q(tf)}, guidance_en: {q(ge)}, guidance_fr: {q(gf)}}}')
counts = {}
for a in A:
    counts[a[0].split(".")[0]] = counts.get(a[0].split(".")[0], 0) + 1
assert counts == {"5": 37, "6": 8, "7": 14, "8": 34}, counts
assert len(C) == 25
# French typography: a no-break space before : ; ! ? and inside « » (only French text has a
# space before these signs).
text = "\n".join(out) + "\n"
for before, after in ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"), (" !", "\u00a0!"),
                      ("« ", "«\u00a0"), (" »", "\u00a0»")):
    text = text.replace(before, after)
sys.stdout.write(text)
