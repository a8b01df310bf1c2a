#!/usr/bin/env python3
"""Generate the bundled, synthetic Belgian dataset (datasets/belgium-2022).

The dataset is SYNTHETIC. Its 57 organisations are roles (e.g. "Public social welfare centre,
city in Liège province"), not real organisations; their attributes and flows are calibrated so
that the aggregates match the published figures of the 2022 needs assessment (see README.md and
check_calibration.py). Nothing here describes what a real organisation answered.

Standard library only, deterministic (fixed seed): running it twice gives the same files.

    python3 datasets/belgium-2022/generate.py          # writes the CSVs next to this script
    python3 datasets/belgium-2022/check_calibration.py # checks them
"""
import csv
import os
import random

import survey_responses

SEED = 2022
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Territories (from shared/reference/belgium-territories.csv, every row kept)
# id, kind, name (English), name_fr, name_nl, name_de, part_of
TERRITORIES = [
    ("BE", "country", "Belgium", "Belgique", "België", "Belgien", ""),
    ("BE-VLG", "region", "Flemish Region", "Région flamande", "Vlaams Gewest", "Flämische Region", "BE"),
    ("BE-WAL", "region", "Walloon Region", "Région wallonne", "Waals Gewest", "Wallonische Region", "BE"),
    ("BE-BRU", "region", "Brussels-Capital Region", "Région de Bruxelles-Capitale",
     "Brussels Hoofdstedelijk Gewest", "Region Brüssel-Hauptstadt", "BE|COM-VL|COM-FR"),
    ("COM-VL", "community", "Flemish Community", "Communauté flamande", "Vlaamse Gemeenschap",
     "Flämische Gemeinschaft", "BE"),
    ("COM-FR", "community", "French Community", "Communauté française (Fédération Wallonie-Bruxelles)",
     "Franse Gemeenschap", "Französische Gemeinschaft", "BE"),
    ("COM-DE", "community", "German-speaking Community", "Communauté germanophone",
     "Duitstalige Gemeenschap", "Deutschsprachige Gemeinschaft", "BE"),
    ("BE-VAN", "province", "Antwerp", "Anvers", "Antwerpen", "Antwerpen", "BE-VLG|COM-VL"),
    ("BE-VLI", "province", "Limburg", "Limbourg", "Limburg", "Limburg", "BE-VLG|COM-VL"),
    ("BE-VOV", "province", "East Flanders", "Flandre-Orientale", "Oost-Vlaanderen", "Ostflandern", "BE-VLG|COM-VL"),
    ("BE-VBR", "province", "Flemish Brabant", "Brabant flamand", "Vlaams-Brabant", "Flämisch-Brabant", "BE-VLG|COM-VL"),
    ("BE-VWV", "province", "West Flanders", "Flandre-Occidentale", "West-Vlaanderen", "Westflandern", "BE-VLG|COM-VL"),
    ("BE-WBR", "province", "Walloon Brabant", "Brabant wallon", "Waals-Brabant", "Wallonisch-Brabant", "BE-WAL|COM-FR"),
    ("BE-WHT", "province", "Hainaut", "Hainaut", "Henegouwen", "Hennegau", "BE-WAL|COM-FR"),
    ("BE-WLG", "province", "Liège", "Liège", "Luik", "Lüttich", "BE-WAL"),
    ("BE-WLG-FR", "area", "Liège (French-speaking part)", "Liège (partie francophone)", "Luik (Franstalig deel)",
     "Lüttich (französischsprachiger Teil)", "BE-WLG|COM-FR"),
    ("BE-WLG-DE", "area", "German-speaking area (9 municipalities)", "Région de langue allemande",
     "Duits taalgebied", "Deutsches Sprachgebiet", "BE-WLG|COM-DE"),
    ("BE-WLX", "province", "Luxembourg", "Luxembourg", "Luxemburg", "Luxemburg", "BE-WAL|COM-FR"),
    ("BE-WNA", "province", "Namur", "Namur", "Namen", "Namur", "BE-WAL|COM-FR"),
]

# ---------------------------------------------------------------------------------------------
# Organisations: hand-written roles. Publics, obstacles and data_public are drawn below with a
# fixed seed to hit the published counts; everything else is set here.
ORGS = []


def org(id, name, aliases, kind, level, langs, terr, domains, services, role):
    ORGS.append(dict(id=id, name=name, aliases=aliases, kind=kind, level=level, languages=langs,
                     territories=terr, domains=domains, services=services, support_role=role))


# -- national / federal scope (Q4 "National/federal level": 18) --
org("fed-social-integration", "Federal public planning service for social integration",
    "Service fédéral chargé de l'intégration sociale|Federale dienst voor maatschappelijke integratie",
    "federal-service", "federal", "fr|nl|de|en", "BE", "social|labour|other",
    "financial|organisation-support|information", "secondary")
org("fed-social-security", "Federal public service for social security",
    "Service fédéral chargé de la sécurité sociale|Federale dienst voor sociale zekerheid",
    "federal-service", "federal", "fr|nl", "BE", "material|other", "financial|administrative", "secondary")
org("fed-immigration-office", "Federal immigration office (residence and temporary protection)",
    "Office fédéral de l'immigration|Federale immigratiedienst",
    "federal-agency", "federal", "fr|nl|en", "BE", "legal", "administrative|information|return", "first-line")
org("fed-reception-agency", "Federal agency for the reception of asylum seekers",
    "Service fédéral d'accueil des demandeurs de protection|Federale opvangdienst voor verzoekers om bescherming",
    "federal-agency", "federal", "fr|nl|en", "BE", "medical|legal|material",
    "housing|health|material|return|information", "both")
org("fed-protection-commissioner", "Federal office deciding on international protection",
    "Office fédéral de la protection internationale|Federaal bureau voor internationale bescherming",
    "federal-agency", "federal", "fr|nl", "BE", "legal", "administrative|legal", "first-line")
org("fed-employment", "Federal public service for employment and labour",
    "Service fédéral chargé de l'emploi et du travail|Federale dienst voor werk en arbeid",
    "federal-service", "federal", "fr|nl|de", "BE", "labour", "labour|information", "secondary")
org("fed-public-health", "Federal public service for public health",
    "Service fédéral chargé de la santé publique|Federale dienst voor volksgezondheid",
    "federal-service", "federal", "fr", "BE", "medical", "health|psychosocial|organisation-support", "secondary")
org("fed-statistics", "Federal statistical office",
    "Office fédéral de statistique|Federaal statistiekbureau",
    "federal-agency", "federal", "fr|nl", "BE", "other", "", "none")
org("fed-guardianship", "Federal guardianship service for unaccompanied minors",
    "Service fédéral de tutelle des mineurs non accompagnés|Federale voogdijdienst voor niet-begeleide minderjarigen",
    "federal-service", "federal", "fr", "BE", "legal|other", "guardianship|legal", "first-line")
org("fed-national-register", "Federal national population register",
    "Registre fédéral de la population|Federaal bevolkingsregister",
    "federal-service", "federal", "fr|nl", "BE", "other", "", "none")
org("fed-migration-centre", "Federal migration centre (observatory)",
    "Observatoire fédéral des migrations|Federaal observatorium voor migratie",
    "federal-agency", "federal", "fr|nl", "BE", "legal|other", "", "none")
org("fed-crisis-centre", "Federal crisis centre (Ukraine task force)",
    "Centre de crise fédéral (task force Ukraine)|Federaal crisiscentrum (taskforce Oekraïne)",
    "federal-agency", "federal", "fr|nl", "BE", "other", "housing|information|organisation-support", "secondary")
org("int-migration-office", "International migration agency, Belgium country office",
    "Agence internationale chargée des migrations, bureau belge|Internationaal migratieagentschap, Belgisch kantoor",
    "international-organisation", "international", "en|fr|other", "BE", "labour|other",
    "information|labour|return|organisation-support", "both")
org("int-refugee-office", "International refugee agency, representation for Belgium",
    "Agence internationale d'aide aux réfugiés, représentation belge|Internationaal vluchtelingenagentschap, Belgische vertegenwoordiging",
    "international-organisation", "international", "en|fr|nl", "BE", "legal|other",
    "legal|information|organisation-support", "secondary")
org("net-refugee-council", "National umbrella network of refugee-assisting NGOs",
    "Réseau national des ONG d'aide aux réfugiés|Nationale koepel van vluchtelingenorganisaties",
    "umbrella-network", "federal", "fr|nl", "BE", "legal|other",
    "legal|information|organisation-support", "secondary")
org("ngo-trafficking-victims", "National NGO assisting victims of human trafficking",
    "ONG d'aide aux victimes de la traite des êtres humains|Ngo voor slachtoffers van mensenhandel",
    "ngo", "federal", "fr", "BE", "medical|legal|other", "legal|psychosocial|housing|health", "first-line")
org("ngo-medical-humanitarian", "National medical humanitarian NGO (mobile clinics)",
    "ONG médicale humanitaire (cliniques mobiles)|Medische humanitaire ngo (mobiele klinieken)",
    "ngo", "federal", "fr", "BE", "medical", "health|psychosocial", "first-line")
org("uni-migration-research", "University migration research centre (national)",
    "Centre universitaire de recherche sur les migrations|Universitair onderzoekscentrum migratie",
    "university", "federal", "fr", "BE", "other", "", "none")

# -- Flemish Community and Flemish Region (Q4 "Flemish Community": 20) --
org("vl-integration-agency", "Flemish agency for newcomer integration",
    "Agence flamande pour l'intégration des primo-arrivants|Vlaams agentschap voor de integratie van nieuwkomers",
    "community-administration", "community", "nl", "COM-VL", "legal|social|education|labour",
    "integration|language|information|legal|referral|cultural-orientation", "both")
org("vl-employment-service", "Flemish public employment service",
    "Service public flamand de l'emploi|Vlaamse openbare arbeidsbemiddeling",
    "regional-administration", "regional", "nl", "BE-VLG", "education|labour", "labour|language|education", "first-line")
org("vl-care-health-agency", "Flemish agency for health care",
    "Agence flamande pour les soins de santé|Vlaams agentschap voor gezondheidszorg",
    "community-administration", "community", "nl", "COM-VL", "medical",
    "health|psychosocial|organisation-support", "secondary")
org("vl-child-family-agency", "Flemish agency for early childhood and families",
    "Agence flamande pour la petite enfance et les familles|Vlaams agentschap voor jonge kinderen en gezinnen",
    "community-administration", "community", "nl", "COM-VL", "medical|social", "childcare|health", "both")
org("vl-education-dept", "Flemish department of education",
    "Administration flamande de l'enseignement|Vlaamse onderwijsadministratie",
    "community-administration", "community", "nl", "COM-VL", "education", "education|language", "secondary")
org("vl-housing-agency", "Flemish housing agency",
    "Agence flamande du logement|Vlaams woonagentschap",
    "regional-administration", "regional", "nl", "BE-VLG", "material", "housing", "secondary")
org("vl-local-authorities-network", "Network of Flemish local authorities",
    "Réseau des pouvoirs locaux flamands|Netwerk van Vlaamse lokale besturen",
    "umbrella-network", "regional", "nl", "BE-VLG", "social|other", "organisation-support|information", "secondary")
org("vl-cpas-antwerp", "Public social welfare centre, city in Antwerp province",
    "OCMW, stad in de provincie Antwerpen|CPAS, ville de la province d'Anvers",
    "local-authority", "local", "nl", "BE-VAN", "medical|social|labour|material",
    "financial|housing|labour|health|referral|mobility", "first-line")
org("vl-cpas-ghent", "Public social welfare centre, city in East Flanders",
    "OCMW, stad in Oost-Vlaanderen|CPAS, ville de Flandre-Orientale",
    "local-authority", "local", "nl", "BE-VOV", "medical|social|labour",
    "financial|housing|labour|psychosocial|referral", "first-line")
org("vl-cpas-limburg", "Public social welfare centre, city in Limburg",
    "OCMW, stad in Limburg|CPAS, ville du Limbourg",
    "local-authority", "local", "nl", "BE-VLI", "social|material", "financial|housing|material", "first-line")
org("vl-cpas-westflanders", "Public social welfare centre, city in West Flanders",
    "OCMW, stad in West-Vlaanderen|CPAS, ville de Flandre-Occidentale",
    "local-authority", "local", "nl", "BE-VWV", "social|labour|material", "financial|housing|labour", "first-line")
org("vl-cpas-flemishbrabant", "Public social welfare centre, town in Flemish Brabant",
    "OCMW, gemeente in Vlaams-Brabant|CPAS, commune du Brabant flamand",
    "local-authority", "local", "nl", "BE-VBR", "social|labour|material", "financial|housing|labour|referral", "first-line")
org("vl-municipality-vov", "Municipal administration (Ukraine unit), town in East Flanders",
    "Gemeentebestuur (cel Oekraïne), gemeente in Oost-Vlaanderen|Administration communale, commune de Flandre-Orientale",
    "local-authority", "local", "nl", "BE-VOV", "social|other",
    "administrative|housing|information|daily-activities", "first-line")
org("vl-province-limburg", "Provincial administration, Limburg",
    "Provinciebestuur Limburg|Administration provinciale du Limbourg",
    "provincial-administration", "provincial", "nl", "BE-VLI", "other", "organisation-support|information", "secondary")
org("vl-ngo-refugee-work", "Flemish NGO for refugee support and advocacy",
    "Vlaamse ngo voor vluchtelingenwerk|ONG flamande d'aide aux réfugiés",
    "ngo", "community", "nl", "COM-VL", "legal|social|other", "legal|information|organisation-support", "both")
org("vl-red-cross", "Humanitarian relief and reception organisation, Flemish Community",
    "Humanitaire hulp- en opvangorganisatie, Vlaamse Gemeenschap|Organisation humanitaire et d'accueil, Communauté flamande",
    "reception-operator", "community", "nl", "COM-VL", "medical|social",
    "health|material|housing|psychosocial", "first-line")
org("vl-reception-operator", "Reception centre operator, East Flanders",
    "Opvangcentrum, Oost-Vlaanderen|Opérateur de centre d'accueil, Flandre-Orientale",
    "reception-operator", "local", "nl", "BE-VOV", "social|education",
    "housing|material|education|daily-activities", "first-line")
org("vl-ngo-psychosocial", "NGO for psychosocial support to refugees, Flanders and Brussels",
    "Ngo voor psychosociale ondersteuning van vluchtelingen|ONG de soutien psychosocial aux réfugiés",
    "ngo", "community", "nl|other", "COM-VL|BE-BRU", "medical", "psychosocial", "first-line")
org("vl-ngo-lgbtqi", "NGO for LGBTQI+ refugees, Flanders and Brussels",
    "Ngo voor LGBTQI+-vluchtelingen|ONG pour les réfugiés LGBTQI+",
    "ngo", "community", "nl", "COM-VL|BE-BRU", "legal|social|other", "psychosocial|legal|information", "first-line")
org("vl-uni-research", "University research group on integration, Flanders",
    "Universitaire onderzoeksgroep integratie|Groupe de recherche universitaire sur l'intégration, Flandre",
    "university", "community", "nl", "COM-VL", "other", "", "none")

# -- French Community (Q4 "French Community": 7) --
org("fr-social-admin", "French Community administration for social affairs and youth",
    "Administration de la Communauté française, affaires sociales et jeunesse|Administratie van de Franse Gemeenschap, sociale zaken en jeugd",
    "community-administration", "community", "fr", "COM-FR", "social|other", "organisation-support|information", "secondary")
org("fr-education-admin", "French Community education administration",
    "Administration de l'enseignement de la Communauté française|Onderwijsadministratie van de Franse Gemeenschap",
    "community-administration", "community", "fr", "COM-FR", "education", "education|language", "secondary")
org("fr-youth-aid", "French Community youth aid administration (unaccompanied minors)",
    "Administration de l'aide à la jeunesse (mineurs non accompagnés)|Administratie jeugdhulp van de Franse Gemeenschap",
    "community-administration", "community", "fr", "COM-FR", "legal|social|other",
    "guardianship|housing|psychosocial", "both")
org("fr-red-cross", "Humanitarian relief and reception organisation, French Community",
    "Organisation humanitaire et d'accueil, Communauté française|Humanitaire hulp- en opvangorganisatie, Franse Gemeenschap",
    "reception-operator", "community", "fr", "COM-FR", "medical|social|material",
    "housing|material|health|psychosocial", "first-line")
org("fr-ngo-refugee-work", "French-speaking NGO for refugee support and legal aid",
    "ONG francophone d'aide et de conseil juridique aux réfugiés|Franstalige ngo voor juridische hulp aan vluchtelingen",
    "ngo", "community", "fr", "COM-FR|COM-DE", "legal|social", "legal|information|referral", "both")
org("fr-ngo-literacy", "Network of French-speaking literacy and language associations",
    "Réseau francophone d'associations d'alphabétisation et de langue|Netwerk van Franstalige alfabetiserings- en taalverenigingen",
    "umbrella-network", "community", "fr", "COM-FR", "education|other", "language|education", "both")
org("fr-uni-research", "University research centre on migration, French-speaking",
    "Centre de recherche universitaire sur les migrations, francophone|Franstalig universitair onderzoekscentrum migratie",
    "university", "community", "fr", "COM-FR", "other", "", "none")

# -- German-speaking Community (Q4 "German-speaking Community": 5, with fr-ngo-refugee-work) --
org("de-ministry", "Administration of the German-speaking Community",
    "Gemeinschaftsverwaltung im deutschen Sprachgebiet|Administration communautaire de la région germanophone",
    "community-administration", "community", "de", "COM-DE", "social|education|other",
    "organisation-support|education|information", "secondary")
org("de-cpas", "Public social welfare centre, town in the German-speaking area",
    "Öffentliches Sozialhilfezentrum, Gemeinde im deutschen Sprachgebiet|CPAS, commune de la région de langue allemande",
    "local-authority", "local", "de", "BE-WLG-DE", "social|labour", "financial|housing|labour", "first-line")
org("de-employment", "Public employment service, German-speaking area",
    "Öffentliche Arbeitsvermittlung im deutschen Sprachgebiet|Service public de l'emploi de la région germanophone",
    "community-administration", "community", "de", "COM-DE", "education|labour", "labour|language", "first-line")
org("de-integration-centre", "Integration and language NGO, German-speaking area",
    "Integrations- und Sprachzentrum, deutsches Sprachgebiet|Centre d'intégration et de langue, région germanophone",
    "ngo", "local", "de|other", "BE-WLG-DE", "social|education",
    "language|integration|cultural-orientation", "first-line")

# -- Brussels-Capital, Walloon Region, provinces (Q4 "Other": 10, with the two Flemish NGOs) --
org("bru-cpas", "Public social welfare centre, municipality in Brussels-Capital",
    "CPAS, commune de la Région de Bruxelles-Capitale|OCMW, gemeente in het Brussels Hoofdstedelijk Gewest",
    "local-authority", "local", "fr|other", "BE-BRU", "medical|social|labour|material",
    "financial|housing|labour|health|referral", "first-line")
org("bru-regional-admin", "Brussels-Capital regional administration (Ukraine crisis cell)",
    "Administration régionale bruxelloise (cellule de crise Ukraine)|Brusselse gewestelijke administratie (crisiscel Oekraïne)",
    "regional-administration", "regional", "fr|nl", "BE-BRU", "other",
    "housing|information|organisation-support", "both")
org("wal-social-action-admin", "Walloon public service for social action",
    "Administration wallonne de l'action sociale|Waalse administratie voor sociale actie",
    "regional-administration", "regional", "fr", "BE-WAL", "social|other", "organisation-support|integration", "secondary")
org("wal-integration-centre-liege", "Regional integration centre, Liège province",
    "Centre régional d'intégration, province de Liège|Regionaal integratiecentrum, provincie Luik",
    "ngo", "provincial", "fr", "BE-WLG-FR", "social|education|labour",
    "integration|language|labour|referral|cultural-orientation", "both")
org("wal-cpas-liege", "Public social welfare centre, city in Liège province",
    "CPAS, ville de la province de Liège|OCMW, stad in de provincie Luik",
    "local-authority", "local", "fr", "BE-WLG-FR", "social|labour|material", "financial|housing|labour|referral", "first-line")
org("wal-cpas-hainaut", "Public social welfare centre, city in Hainaut",
    "CPAS, ville du Hainaut|OCMW, stad in Henegouwen",
    "local-authority", "local", "fr", "BE-WHT", "medical|social|labour",
    "financial|housing|labour|health", "first-line")
org("wal-cpas-namur", "Public social welfare centre, town in Namur province",
    "CPAS, commune de la province de Namur|OCMW, gemeente in de provincie Namen",
    "local-authority", "local", "fr", "BE-WNA", "social|material", "financial|housing|material", "first-line")
org("wal-cpas-luxembourg", "Public social welfare centre, town in Luxembourg province",
    "CPAS, commune de la province de Luxembourg|OCMW, gemeente in de provincie Luxemburg",
    "local-authority", "local", "fr", "BE-WLX", "social|material", "financial|housing|material", "first-line")

BY_ID = {o["id"]: o for o in ORGS}

# Q8: organisations WITHOUT a focal point / dedicated team (8 of 57)
NO_FOCAL = {"fed-statistics", "fed-national-register", "uni-migration-research", "vl-uni-research",
            "fr-uni-research", "vl-province-limburg", "fr-education-admin", "vl-housing-agency"}
# Q39: organisations NOT willing to exchange data in a joint mechanism (14 of 57)
NOT_WILLING = {"fed-national-register", "fed-protection-commissioner", "fed-guardianship", "fed-social-security",
               "vl-housing-agency", "vl-cpas-limburg", "wal-cpas-namur", "fr-education-admin", "de-employment",
               "de-cpas", "wal-cpas-luxembourg", "fed-public-health", "vl-education-dept",
               "ngo-medical-humanitarian"}
# Q16: the single organisation that does not collect data
NON_COLLECTOR = "vl-province-limburg"

# Synthetic personal data (contact persons, obviously invented names: spelling-alphabet surnames):
# every export must be able to drop these columns.
CONTACTS = {
    "vl-cpas-antwerp": ("A. Alfa", "a.alfa@example.org"),
    "fed-reception-agency": ("L. Lima", "l.lima@example.org"),
    "de-cpas": ("K. Kilo", "k.kilo@example.org"),
    "bru-cpas": ("S. Sierra", "s.sierra@example.org"),
    "vl-integration-agency": ("M. Mike", "m.mike@example.org"),
    "wal-cpas-liege": ("C. Charlie", "c.charlie@example.org"),
    "int-migration-office": ("O. Oscar", "o.oscar@example.org"),
    "vl-cpas-ghent": ("D. Delta", "d.delta@example.org"),
    "fed-social-integration": ("E. Echo", "e.echo@example.org"),
    "de-integration-centre": ("H. Hotel", "h.hotel@example.org"),
    "wal-integration-centre-liege": ("F. Foxtrot", "f.foxtrot@example.org"),
    "vl-ngo-psychosocial": ("T. Tango", "t.tango@example.org"),
    "fr-red-cross": ("N. November", "n.november@example.org"),
}

# ---------------------------------------------------------------------------------------------
# Flows. source = id of the organisation whose survey answer (Q27-Q29) reports the flow.
FLOWS = []


def flow(frm, to, status, basis, regularity, frequency, population, data, pd, obstacles="", source=None,
         confirmation="confirmed", note=""):
    FLOWS.append(dict(frm=frm, to=to, status=status, basis=basis, regularity=regularity, frequency=frequency,
                      population=population, data=data, personal_data=pd, obstacles=obstacles,
                      source=source or frm, confirmation=confirmation, note=note))


def M(frm, to, freq, pop, data, pd, note):          # active mandatory reporting (Q27)
    flow(frm, to, "active", "mandatory", "regular", freq, pop, data, pd, note=note)


def R(frm, to, freq, pop, data, pd, note, **kw):    # active voluntary, regular (Q28)
    flow(frm, to, "active", "voluntary", "regular", freq, pop, data, pd, note=note, **kw)


def S(frm, to, pop, data, pd, note, freq="ad-hoc", **kw):   # active voluntary, sporadic (Q28)
    flow(frm, to, "active", "voluntary", "sporadic", freq, pop, data, pd, note=note, **kw)


def Q(frm, to, pop, data, pd, note, **kw):          # active, given only on request (Q29)
    flow(frm, to, "active", "on-request", "sporadic", "ad-hoc", pop, data, pd, note=note, **kw)


def D(frm, to, obstacles, pop, data, pd, note, basis="voluntary", freq="monthly", **kw):  # desired
    flow(frm, to, "desired", basis, "regular", freq, pop, data, pd, obstacles=obstacles, note=note, **kw)


def B(frm, to, obstacles, pop, data, pd, note, basis="voluntary", freq="monthly", **kw):  # blocked
    flow(frm, to, "blocked", basis, "regular", freq, pop, data, pd, obstacles=obstacles, note=note, **kw)


CPAS = ["vl-cpas-antwerp", "vl-cpas-ghent", "vl-cpas-limburg", "vl-cpas-westflanders", "vl-cpas-flemishbrabant",
        "de-cpas", "bru-cpas", "wal-cpas-liege", "wal-cpas-hainaut", "wal-cpas-namur", "wal-cpas-luxembourg"]

# --- mandatory reporting (Q27): 40 of the 56 data-collecting organisations ---
for c in CPAS:
    M(c, "fed-social-integration", "monthly", "both", "beneficiaries|financial-aid|social-assessment", "personal",
      "Social integration income and reimbursement claims")
M("vl-municipality-vov", "fed-national-register", "daily", "both", "demographic|residence-status", "personal",
  "Population register updates, including registrations of temporary protection holders")
M("vl-municipality-vov", "fed-immigration-office", "weekly", "ukraine", "residence-status", "personal",
  "Registration of temporary protection holders living in the municipality")
M("fed-immigration-office", "fed-statistics", "monthly", "all", "residence-status", "pseudonymised",
  "Residence permits and temporary protection for official statistics")
M("fed-immigration-office", "fed-national-register", "daily", "both", "residence-status", "personal",
  "Residence status updates")
M("fed-reception-agency", "fed-immigration-office", "daily", "both", "reception", "personal",
  "Assignment of a reception place")
M("fed-reception-agency", "fed-statistics", "monthly", "all", "reception", "aggregate", "Reception network occupancy")
M("fed-protection-commissioner", "fed-immigration-office", "daily", "all", "residence-status", "personal",
  "Decisions on international protection")
M("fed-guardianship", "fed-immigration-office", "weekly", "all", "demographic|residence-status", "personal",
  "Identification of unaccompanied minors and appointed guardians")
M("fed-national-register", "fed-statistics", "monthly", "all", "demographic", "pseudonymised",
  "Population statistics")
M("fed-national-register", "fed-social-security", "daily", "all", "demographic", "personal",
  "Identification data for social security")
M("fed-social-security", "fed-statistics", "quarterly", "all", "employment|financial-aid", "pseudonymised",
  "Labour market and social protection data")
M("fed-employment", "fed-statistics", "quarterly", "all", "employment", "aggregate", "Work permits and employment")
M("fed-social-integration", "fed-statistics", "quarterly", "both", "financial-aid", "aggregate",
  "Social integration income statistics")
M("fed-public-health", "fed-statistics", "annual", "all", "health", "aggregate", "Health statistics")
M("vl-employment-service", "fed-social-security", "monthly", "all", "employment", "personal",
  "Job-seeker registrations")
M("vl-employment-service", "fed-employment", "quarterly", "all", "employment", "aggregate",
  "Regional employment figures")
M("de-employment", "fed-social-security", "monthly", "all", "employment", "personal", "Job-seeker registrations")
M("vl-child-family-agency", "fed-statistics", "annual", "all", "demographic|health", "aggregate",
  "Births and child health statistics")
M("vl-education-dept", "fed-statistics", "annual", "both", "education", "aggregate",
  "School enrolment statistics (reception classes for displaced pupils included)")
for op in ("vl-reception-operator", "vl-red-cross", "fr-red-cross"):  # fr-red-cross also runs emergency shelters
    M(op, "fed-reception-agency", "daily", "both" if op == "fr-red-cross" else "all", "reception", "personal",
      "Occupancy and residents of reception centres run under agreement")
M("vl-ngo-refugee-work", "vl-integration-agency", "annual", "all", "activities", "aggregate", "Subsidy activity report")
M("fr-ngo-refugee-work", "fr-social-admin", "annual", "all", "activities", "aggregate", "Subsidy activity report")
M("fr-ngo-literacy", "fr-education-admin", "annual", "all", "activities|integration-pathway", "aggregate",
  "Subsidy activity report (language courses)")
M("de-integration-centre", "de-ministry", "biannual", "all", "activities|integration-pathway", "aggregate",
  "Subsidy activity report")
M("wal-integration-centre-liege", "wal-social-action-admin", "quarterly", "both", "integration-pathway", "aggregate",
  "Integration pathway participants (regional decree)")
M("ngo-trafficking-victims", "fed-immigration-office", "monthly", "all", "residence-status", "personal",
  "Reports under the victim-of-trafficking procedure")
M("int-migration-office", "fed-social-integration", "quarterly", "ukraine", "activities", "aggregate",
  "Project reporting to the funding service")
M("bru-regional-admin", "fed-crisis-centre", "weekly", "ukraine", "housing|reception", "aggregate",
  "Emergency accommodation capacity and occupancy")
M("wal-social-action-admin", "fed-crisis-centre", "weekly", "ukraine", "housing", "aggregate",
  "Emergency accommodation capacity and occupancy")
M("de-ministry", "fed-crisis-centre", "weekly", "ukraine", "housing", "aggregate",
  "Emergency accommodation capacity and occupancy")
M("vl-housing-agency", "fed-crisis-centre", "weekly", "ukraine", "housing", "aggregate",
  "Emergency accommodation capacity and occupancy")
M("fr-youth-aid", "fed-guardianship", "weekly", "all", "demographic", "personal",
  "Reports on unaccompanied minors taken into care")

# --- voluntary sharing, regular (Q28 "Yes, regularly": 19 organisations) ---
R("fed-social-integration", "fed-migration-centre", "monthly", "ukraine", "financial-aid", "aggregate",
  "Monthly figures on aid to displaced persons")
R("fed-social-integration", "int-migration-office", "monthly", "ukraine", "financial-aid", "aggregate",
  "Figures for the joint coordination project")
R("fed-social-integration", "vl-local-authorities-network", "monthly", "ukraine", "financial-aid", "aggregate",
  "Figures per municipality for the municipalities' association")
R("fed-social-integration", "fed-crisis-centre", "weekly", "ukraine", "financial-aid", "aggregate",
  "Weekly dashboard input")
R("fed-immigration-office", "fed-migration-centre", "monthly", "all", "residence-status", "aggregate",
  "Monthly migration figures")
R("fed-immigration-office", "fed-crisis-centre", "weekly", "ukraine", "residence-status", "aggregate",
  "Temporary protection registrations")
S("fed-immigration-office", "int-refugee-office", "ukraine", "residence-status", "aggregate",
  "Figures on request for protection monitoring")
R("fed-reception-agency", "fed-crisis-centre", "weekly", "ukraine", "reception", "aggregate", "Arrivals and occupancy")
R("fed-reception-agency", "net-refugee-council", "monthly", "all", "reception", "aggregate",
  "Reception network figures for the NGO network")
R("fed-reception-agency", "int-refugee-office", "monthly", "all", "reception", "aggregate", "Reception figures")
R("fed-statistics", "fed-migration-centre", "quarterly", "all", "demographic|residence-status", "aggregate",
  "Migration statistics")
S("fed-statistics", "uni-migration-research", "all", "demographic", "pseudonymised", "Research microdata extract")
R("fed-migration-centre", "int-refugee-office", "quarterly", "all", "secondary", "aggregate",
  "Quarterly migration monitor")
S("fed-migration-centre", "net-refugee-council", "all", "secondary", "aggregate", "Thematic notes")
R("fed-crisis-centre", "bru-regional-admin", "weekly", "ukraine", "secondary|housing", "aggregate",
  "Weekly situation report")
R("fed-crisis-centre", "wal-social-action-admin", "weekly", "ukraine", "secondary|housing", "aggregate",
  "Weekly situation report")
R("fed-crisis-centre", "vl-integration-agency", "weekly", "ukraine", "secondary|housing", "aggregate",
  "Weekly situation report")
R("fed-crisis-centre", "de-ministry", "weekly", "ukraine", "secondary|housing", "aggregate",
  "Weekly situation report", confirmation="disputed")
R("int-migration-office", "fed-social-integration", "monthly", "ukraine", "beneficiaries|demographic", "aggregate",
  "Profile survey of displaced persons")
R("int-migration-office", "int-refugee-office", "monthly", "ukraine", "beneficiaries|demographic", "aggregate",
  "Profile survey of displaced persons")
R("int-refugee-office", "net-refugee-council", "monthly", "all", "secondary", "aggregate", "Protection monitoring")
S("int-refugee-office", "fed-reception-agency", "all", "secondary", "aggregate", "Protection monitoring notes")
R("net-refugee-council", "vl-ngo-refugee-work", "monthly", "all", "secondary|activities", "aggregate",
  "Network newsletter with figures")
R("net-refugee-council", "fr-ngo-refugee-work", "monthly", "all", "secondary|activities", "aggregate",
  "Network newsletter with figures")
R("net-refugee-council", "int-refugee-office", "quarterly", "all", "activities", "aggregate",
  "Members' activity figures", confirmation="claimed")
R("vl-integration-agency", "vl-local-authorities-network", "monthly", "both", "integration-pathway", "aggregate",
  "Civic integration figures per municipality")
R("vl-integration-agency", "fed-crisis-centre", "weekly", "ukraine", "integration-pathway", "aggregate",
  "Weekly input to the federal dashboard")
R("vl-integration-agency", "vl-employment-service", "monthly", "both", "integration-pathway", "pseudonymised",
  "Course participants referred to job guidance")
R("vl-local-authorities-network", "vl-integration-agency", "weekly", "ukraine", "secondary|housing", "aggregate",
  "Weekly survey of Flemish municipalities")
R("vl-local-authorities-network", "fed-social-integration", "monthly", "ukraine", "secondary", "aggregate",
  "Municipal survey results")
S("vl-local-authorities-network", "vl-province-limburg", "ukraine", "secondary", "aggregate",
  "Municipal survey results for the province")
R("vl-cpas-antwerp", "vl-local-authorities-network", "monthly", "ukraine", "beneficiaries", "aggregate",
  "Monthly municipal survey")
R("vl-cpas-antwerp", "vl-integration-agency", "monthly", "both", "beneficiaries|integration-pathway",
  "pseudonymised", "Referrals to civic integration")
R("vl-cpas-ghent", "vl-local-authorities-network", "monthly", "ukraine", "beneficiaries", "aggregate",
  "Monthly municipal survey")
S("vl-cpas-ghent", "vl-ngo-psychosocial", "ukraine", "beneficiaries", "personal", "Case referrals (with consent)")
R("vl-red-cross", "vl-integration-agency", "weekly", "all", "reception|beneficiaries", "aggregate",
  "Shelter figures (all residents)")
S("vl-red-cross", "vl-care-health-agency", "ukraine", "health", "aggregate", "Health screening figures")
R("vl-ngo-refugee-work", "net-refugee-council", "monthly", "all", "activities|secondary", "aggregate",
  "Legal helpdesk figures")
S("vl-ngo-refugee-work", "vl-ngo-lgbtqi", "all", "activities", "none", "Joint case notes")
R("fr-red-cross", "fr-social-admin", "monthly", "all", "reception|beneficiaries", "aggregate",
  "Shelter figures (all residents)")
R("fr-red-cross", "wal-social-action-admin", "monthly", "all", "reception|beneficiaries", "aggregate",
  "Shelter figures (all residents)")
R("bru-cpas", "bru-regional-admin", "weekly", "ukraine", "beneficiaries|housing", "aggregate",
  "Weekly figures for the regional crisis cell")
S("bru-cpas", "vl-ngo-psychosocial", "ukraine", "beneficiaries", "personal", "Case referrals (with consent)")
R("bru-regional-admin", "fed-crisis-centre", "weekly", "ukraine", "housing|secondary", "aggregate",
  "Weekly regional dashboard")
R("bru-regional-admin", "bru-cpas", "weekly", "ukraine", "housing", "aggregate", "Available housing offers")
R("wal-integration-centre-liege", "wal-social-action-admin", "quarterly", "ukraine", "integration-pathway",
  "aggregate", "Figures on displaced persons in integration pathways")
R("wal-integration-centre-liege", "wal-cpas-liege", "monthly", "both", "integration-pathway", "pseudonymised",
  "Course enrolments of shared clients")

# --- voluntary sharing, sporadic only (Q28 "Yes, sporadically": 24 organisations) ---
S("fed-employment", "vl-employment-service", "ukraine", "employment", "aggregate", "Work permit figures on request")
S("fed-employment", "fed-migration-centre", "all", "employment", "aggregate", "Figures for the annual report")
S("fed-public-health", "vl-care-health-agency", "ukraine", "health", "aggregate", "Vaccination campaign figures")
S("ngo-trafficking-victims", "fed-migration-centre", "all", "activities", "aggregate", "Annual case figures",
  freq="annual", confirmation="disputed")
S("ngo-trafficking-victims", "net-refugee-council", "all", "activities", "none", "Alerts on exploitation risks")
S("ngo-medical-humanitarian", "bru-cpas", "all", "activities", "aggregate", "Field observations",
  confirmation="claimed")
S("ngo-medical-humanitarian", "net-refugee-council", "all", "activities|health", "aggregate", "Field observations")
S("uni-migration-research", "fed-migration-centre", "all", "secondary", "aggregate", "Research findings",
  freq="annual")
S("vl-employment-service", "vl-integration-agency", "ukraine", "employment", "aggregate", "Job-seeker figures")
S("vl-care-health-agency", "vl-ngo-psychosocial", "ukraine", "health", "aggregate", "Mental health service map")
S("vl-child-family-agency", "fed-guardianship", "all", "demographic", "personal", "Signals about minors at risk")
S("vl-education-dept", "vl-integration-agency", "ukraine", "education", "aggregate", "Reception class enrolments")
S("vl-cpas-westflanders", "vl-local-authorities-network", "ukraine", "beneficiaries", "aggregate",
  "Replies to the municipal survey")
S("vl-cpas-flemishbrabant", "vl-local-authorities-network", "ukraine", "beneficiaries", "aggregate",
  "Replies to the municipal survey")
S("vl-municipality-vov", "vl-cpas-ghent", "ukraine", "housing", "personal", "Host-family addresses")
S("vl-reception-operator", "vl-red-cross", "all", "reception", "aggregate", "Free places")
S("vl-ngo-psychosocial", "vl-care-health-agency", "ukraine", "activities", "aggregate", "Waiting-list figures")
S("vl-ngo-lgbtqi", "net-refugee-council", "all", "activities", "none", "Case signals", confirmation="claimed")
S("vl-uni-research", "vl-integration-agency", "all", "secondary", "aggregate", "Evaluation study results",
  confirmation="claimed")
S("fr-social-admin", "fr-red-cross", "ukraine", "secondary", "aggregate", "Funding and capacity figures")
S("fr-youth-aid", "fr-ngo-refugee-work", "all", "activities", "aggregate", "Capacity for minors")
S("fr-ngo-refugee-work", "net-refugee-council", "all", "activities", "aggregate", "Legal helpdesk figures")
S("fr-ngo-literacy", "wal-integration-centre-liege", "ukraine", "integration-pathway", "aggregate",
  "Course places", confirmation="disputed")
S("fr-uni-research", "wal-social-action-admin", "all", "secondary", "aggregate", "Research findings",
  confirmation="claimed")
S("wal-social-action-admin", "wal-integration-centre-liege", "ukraine", "secondary", "aggregate",
  "Regional figures")
S("wal-cpas-liege", "wal-integration-centre-liege", "ukraine", "beneficiaries", "pseudonymised", "Referrals")
S("wal-cpas-hainaut", "wal-social-action-admin", "ukraine", "beneficiaries", "aggregate",
  "Replies to the regional survey")

# --- on request only (Q29 "Do it on request, not voluntarily") ---
Q("fed-national-register", "fed-migration-centre", "all", "demographic", "aggregate", "Extracts on request")
Q("fed-national-register", "vl-cpas-antwerp", "both", "demographic", "personal", "Identity checks for case files",
  source="vl-cpas-antwerp")
Q("fed-protection-commissioner", "int-refugee-office", "all", "residence-status", "aggregate",
  "Decision statistics on request")
Q("fed-social-security", "uni-migration-research", "all", "employment", "pseudonymised",
  "Research extract after approval", source="uni-migration-research")
Q("vl-housing-agency", "vl-cpas-antwerp", "ukraine", "housing", "aggregate", "Social housing availability")
Q("fed-guardianship", "fr-youth-aid", "all", "demographic", "aggregate", "Numbers of minors per guardian")

# --- desired flows (wanted, not in place) ---
D("fed-immigration-office", "net-refugee-council", "gdpr", "ukraine", "residence-status", "aggregate",
  "NGO network asks for monthly temporary protection figures per municipality", source="net-refugee-council")
D("fed-reception-agency", "vl-cpas-antwerp", "gdpr", "ukraine", "reception", "personal",
  "City wants to know in advance who leaves reception for the city", source="vl-cpas-antwerp")
D("fed-national-register", "bru-cpas", "gdpr", "ukraine", "demographic|residence-status", "personal",
  "Addresses of newly registered temporary protection holders", source="bru-cpas")
D("vl-ngo-psychosocial", "vl-cpas-antwerp", "gdpr|no-trust", "ukraine", "health", "pseudonymised",
  "Two-way referral follow-up")
D("fed-statistics", "wal-social-action-admin", "slow-validation", "all", "demographic", "aggregate",
  "Monthly municipal figures instead of the annual release", source="wal-social-action-admin")
D("fed-employment", "wal-integration-centre-liege", "no-mission", "ukraine", "employment", "aggregate",
  "Work permit figures for the province", source="wal-integration-centre-liege")
D("fed-protection-commissioner", "uni-migration-research", "method-disagreement", "all", "residence-status",
  "pseudonymised", "Case-level data for research", source="uni-migration-research")
D("vl-cpas-limburg", "vl-integration-agency", "no-resources", "ukraine", "beneficiaries", "aggregate",
  "Monthly figures on displaced persons supported")
D("wal-cpas-luxembourg", "wal-social-action-admin", "no-resources", "ukraine", "beneficiaries", "aggregate",
  "Monthly figures on displaced persons supported")
D("de-integration-centre", "fr-ngo-literacy", "no-resources", "all", "activities", "none",
  "Exchange of course materials and places")
D("de-cpas", "de-ministry", "gdpr", "ukraine", "beneficiaries", "pseudonymised", "Case-level monitoring")
D("wal-cpas-namur", "wal-social-action-admin", "no-resources|no-outcome", "ukraine", "beneficiaries",
  "aggregate", "Monthly figures on displaced persons supported", source="wal-social-action-admin")

# --- blocked flows (asked for or tried, and stopped) ---
B("fed-immigration-office", "vl-cpas-antwerp", "gdpr", "ukraine", "residence-status", "personal",
  "Lists of temporary protection holders in the city", basis="on-request", source="vl-cpas-antwerp")
B("fed-national-register", "int-migration-office", "gdpr", "ukraine", "demographic", "personal",
  "Contact data for a profile survey", basis="on-request", source="int-migration-office")
B("fed-reception-agency", "ngo-medical-humanitarian", "gdpr", "all", "health", "personal",
  "Medical files of residents leaving reception", basis="on-request", source="ngo-medical-humanitarian")
B("fed-guardianship", "fr-youth-aid", "gdpr", "all", "demographic|residence-status", "personal",
  "Files of unaccompanied minors", source="fr-youth-aid")
B("vl-cpas-limburg", "vl-ngo-refugee-work", "gdpr|no-trust", "ukraine", "beneficiaries", "personal",
  "Shared case follow-up", source="vl-ngo-refugee-work")
B("wal-cpas-namur", "fr-red-cross", "no-trust", "ukraine", "beneficiaries", "pseudonymised",
  "Follow-up of persons leaving emergency shelter", source="fr-red-cross")
B("fed-protection-commissioner", "net-refugee-council", "no-trust", "all", "residence-status", "aggregate",
  "Detailed decision statistics", basis="on-request", source="net-refugee-council")
B("de-cpas", "fed-crisis-centre", "no-resources", "ukraine", "beneficiaries", "aggregate",
  "Weekly figures for the federal dashboard", source="fed-crisis-centre")
B("vl-housing-agency", "vl-local-authorities-network", "gdpr", "ukraine", "housing", "personal",
  "Host-family registrations")
B("fr-education-admin", "fr-ngo-literacy", "gdpr", "ukraine", "education", "personal",
  "Pupils' language levels", source="fr-ngo-literacy")
B("bru-cpas", "ngo-medical-humanitarian", "gdpr", "all", "health", "personal", "Urgent medical aid files")
B("fed-social-security", "int-migration-office", "gdpr", "ukraine", "employment", "pseudonymised",
  "Employment outcomes of displaced persons", basis="on-request", source="int-migration-office")
B("de-employment", "fed-employment", "no-resources|slow-validation", "ukraine", "employment", "aggregate",
  "Monthly employment figures", freq="monthly")

# ---------------------------------------------------------------------------------------------
# Calibrated draws (weighted sampling without replacement; exact counts, fixed seed)
rng = random.Random(SEED)


def draw(target, weight, forced=()):
    """Pick `target` organisation ids: every id in `forced`, the rest drawn with probability
    proportional to weight(org) (weight 0 = never)."""
    chosen = list(forced)
    pool = [(o["id"], weight(o)) for o in ORGS if o["id"] not in chosen]
    keys = sorted(((rng.random() ** (1.0 / w), oid) for oid, w in pool if w > 0), reverse=True)
    chosen += [oid for _, oid in keys[: target - len(chosen)]]
    assert len(chosen) == target, (target, len(chosen))
    return set(chosen)


def has(o, field, code):
    return code in o[field].split("|")


K = lambda o: o["kind"]
ADMIN = {"federal-service", "federal-agency", "regional-administration", "community-administration",
         "provincial-administration"}

# organisations whose mandate is foreigners only (never "Belgian nationals")
FOREIGNERS_ONLY = {"fed-immigration-office", "fed-reception-agency", "fed-protection-commissioner",
                   "fed-guardianship", "int-refugee-office"}
# organisations that send data specifically about persons displaced from Ukraine
UKRAINE_FLOWS = {f["frm"] for f in FLOWS if f["status"] == "active" and f["population"] in ("ukraine", "both")}

# Q7 publics (multiple choice); counts over 57 from the published percentages
PUBLICS = [
    ("newcomers", 40, lambda o: 0.3 if K(o) == "university" or o["id"] in ("fed-statistics", "fed-national-register")
     else 2.0 if has(o, "services", "integration") or has(o, "domains", "education") or K(o) == "local-authority"
     else 1.0,
     ["vl-integration-agency", "wal-integration-centre-liege", "de-integration-centre"]),
    ("refugees", 35, lambda o: 2.0 if K(o) in ("ngo", "reception-operator", "international-organisation", "local-authority")
     else 0.5 if K(o) == "university" else 1.0,
     ["int-refugee-office", "net-refugee-council", "fed-protection-commissioner"]),
    ("asylum-seekers", 30, lambda o: 2.5 if K(o) in ("ngo", "reception-operator", "umbrella-network") else
     0.4 if K(o) == "local-authority" else 1.0,
     ["fed-reception-agency", "fed-protection-commissioner", "fed-immigration-office", "vl-reception-operator",
      "int-refugee-office"]),
    ("displaced-ukraine", 46, lambda o: 0.5 if K(o) == "university" or o["id"] == "fed-national-register" else
     3.0 if o["id"] in UKRAINE_FLOWS else 1.0,
     ["fed-social-integration", "fed-crisis-centre", "int-migration-office", "vl-cpas-antwerp", "bru-cpas",
      "de-cpas", "wal-cpas-liege"]),
    ("undocumented", 24, lambda o: 3.0 if K(o) == "local-authority" or has(o, "domains", "medical") or
     has(o, "domains", "legal") else 0.1 if has(o, "domains", "labour") and K(o) in ADMIN else 0.6,
     ["ngo-medical-humanitarian", "bru-cpas"]),
    ("job-seekers", 20, lambda o: 3.0 if K(o) == "local-authority" or has(o, "services", "integration") else
     0.3 if not has(o, "domains", "labour") else 1.5,
     ["fed-employment", "vl-employment-service", "de-employment"]),
    ("vulnerable", 33, lambda o: 2.0 if K(o) in ("ngo", "reception-operator", "local-authority") else 1.0,
     ["fed-guardianship", "ngo-trafficking-victims", "fr-youth-aid", "vl-child-family-agency"]),
    ("children", 4, lambda o: 0, ["fed-guardianship", "vl-child-family-agency", "fr-youth-aid", "vl-education-dept"]),
    ("women", 2, lambda o: 0, ["ngo-trafficking-victims", "vl-ngo-psychosocial"]),
    ("lgbtqi", 11, lambda o: 3.0 if K(o) in ("ngo", "international-organisation", "umbrella-network") else
     1.0 if K(o) in ("university", "reception-operator") else 0.15 if K(o) in ADMIN else 0.4, ["vl-ngo-lgbtqi"]),
    ("disability", 13, lambda o: 3.0 if has(o, "domains", "medical") else 1.5 if K(o) == "local-authority" else 0.7,
     ["fed-social-security"]),
    ("support-providers", 26, lambda o: 3.0 if K(o) in ADMIN or has(o, "services", "organisation-support") else
     0.4 if K(o) == "local-authority" else 0.8,
     ["vl-local-authorities-network", "net-refugee-council", "fr-ngo-literacy", "fed-social-integration",
      "fed-crisis-centre"]),
    ("belgian-nationals", 29, lambda o: 0 if o["id"] in FOREIGNERS_ONLY else
     3.0 if K(o) == "local-authority" or has(o, "domains", "labour") else
     2.0 if K(o) in ADMIN else 0.1 if K(o) in ("international-organisation", "reception-operator") else 0.4, []),
    ("other", 11, lambda o: 4.0 if K(o) == "university" else 0.5, ["fed-statistics", "fed-migration-centre"]),
]

# Q40 obstacles perceived (multiple choice); counts over 57
FLOW_OBST = {}
for f in FLOWS:
    if f["status"] != "active":
        for ob in f["obstacles"].split("|"):
            FLOW_OBST.setdefault(ob, set()).add(f["frm"])


def w_gdpr(o):
    return 3.0 if o["id"] in NOT_WILLING else 1.5 if K(o) in ("local-authority", "ngo") else 1.0


OBSTACLES = [
    ("gdpr", 38, w_gdpr),
    ("no-mission", 26, lambda o: 1.5 if K(o) in ADMIN else 1.0),
    ("no-resources", 26, lambda o: 2.5 if o["level"] in ("local", "provincial") or K(o) == "ngo" else 0.8),
    ("no-outcome", 21, lambda o: 1.5 if o["id"] in NOT_WILLING else 1.0),
    ("no-trust", 19, lambda o: 2.5 if o["id"] in NOT_WILLING else 1.0),
    ("method-disagreement", 17, lambda o: 2.5 if K(o) in ("university", "federal-agency", "federal-service") else 1.0),
    ("duplication", 14, lambda o: 2.0 if K(o) in ADMIN or K(o) == "umbrella-network" else 1.0),
    ("analysis-disagreement", 14, lambda o: 2.0 if K(o) in ("university", "ngo", "umbrella-network") else 1.0),
    ("slow-validation", 10, lambda o: 2.5 if K(o) in ADMIN else 0.6),
    ("other", 6, lambda o: 1.0),
    ("no-leadership", 3, lambda o: 1.5 if K(o) in ("ngo", "local-authority") else 1.0),
]


def assign():
    for o in ORGS:
        o["publics"], o["obstacles"] = [], []
    for code, n, w, forced in PUBLICS:
        for oid in draw(n, w, forced):
            BY_ID[oid]["publics"].append(code)
    for code, n, w in OBSTACLES:
        # an organisation that names an obstacle on one of its own desired/blocked flows perceives it
        for oid in draw(n, w, sorted(FLOW_OBST.get(code, ()))):
            BY_ID[oid]["obstacles"].append(code)
    # Q25 data public (over the 56 organisations that collect data): 1 all, 29 some, 26 no
    # (fed-statistics takes one of the 30 "some" places, then becomes the single "all")
    some = draw(30, lambda o: 0 if o["id"] == NON_COLLECTOR else
                3.0 if K(o) in ADMIN or K(o) in ("international-organisation", "university") else
                1.5 if K(o) == "umbrella-network" else 0.7, ["fed-statistics"])
    for o in ORGS:
        o["focal_point"] = "no" if o["id"] in NO_FOCAL else "yes"
        o["willing_to_share"] = "no" if o["id"] in NOT_WILLING else "yes"
        o["collects_data"] = "no" if o["id"] == NON_COLLECTOR else "yes"
        o["data_public"] = ("" if o["id"] == NON_COLLECTOR else "all" if o["id"] == "fed-statistics"
                            else "some" if o["id"] in some else "no")
        o["contact_name"], o["contact_email"] = CONTACTS.get(o["id"], ("", ""))


# ---------------------------------------------------------------------------------------------
# Needs (Q15): people in need per leaf territory. Housing is the most expressed need, then labour,
# psychosocial, health, education, return (Annex II, Q15). Synthetic numbers.
LEAF_PEOPLE = [  # leaf, persons displaced from Ukraine living there (synthetic), default reporter
    ("BE-BRU", 9500, "bru-cpas"), ("BE-VAN", 8200, "vl-cpas-antwerp"), ("BE-VOV", 6400, "vl-cpas-ghent"),
    ("BE-VBR", 5200, "vl-cpas-flemishbrabant"), ("BE-VWV", 4600, "vl-cpas-westflanders"),
    ("BE-VLI", 3600, "vl-cpas-limburg"), ("BE-WHT", 4300, "wal-cpas-hainaut"), ("BE-WLG-FR", 3900, "wal-cpas-liege"),
    ("BE-WNA", 2300, "wal-cpas-namur"), ("BE-WBR", 1900, "fr-red-cross"), ("BE-WLX", 1400, "wal-cpas-luxembourg"),
    ("BE-WLG-DE", 450, "de-cpas"),
]
NEED_SHARE = [("housing", 0.42), ("labour", 0.33), ("psychosocial", 0.24), ("health", 0.19),
              ("education", 0.15), ("language", 0.09), ("financial", 0.07), ("return", 0.05)]
EXTRA_NEEDS = [  # (leaf, need, share, reporter or None): smaller needs reported in some leaves only
    ("BE-BRU", "information", 0.06, "vl-ngo-lgbtqi"), ("BE-VAN", "mobility", 0.03, None),
    ("BE-VAN", "childcare", 0.04, "vl-child-family-agency"), ("BE-WLX", "mobility", 0.05, None),
    ("BE-WLG-DE", "mobility", 0.05, None), ("BE-WLG-DE", "childcare", 0.05, "de-integration-centre"),
    ("BE-WHT", "childcare", 0.04, None), ("BE-WLG-FR", "information", 0.05, "wal-integration-centre-liege"),
    ("BE-BRU", "guardianship", 0.004, "fr-youth-aid"), ("BE-VOV", "cultural-orientation", 0.03, "vl-reception-operator"),
]
NEED_REPORTER = {  # needs reported by another organisation than the leaf's default reporter
    ("BE-BRU", "psychosocial"): "vl-ngo-psychosocial", ("BE-BRU", "return"): "int-migration-office",
    ("BE-VOV", "housing"): "vl-municipality-vov", ("BE-WLG-FR", "labour"): "wal-integration-centre-liege",
    ("BE-WLG-DE", "language"): "de-integration-centre", ("BE-WLG-DE", "labour"): "de-employment",
    ("BE-VLI", "education"): "vl-province-limburg", ("BE-WBR", "return"): "int-migration-office",
}


def needs():
    rows = []
    for leaf, people, reporter in LEAF_PEOPLE:
        for need, share in NEED_SHARE:
            w = int(round(people * share * rng.uniform(0.88, 1.12), -1))
            rows.append((leaf, need, max(w, 10), NEED_REPORTER.get((leaf, need), reporter)))
    people_of = {l: p for l, p, _ in LEAF_PEOPLE}
    rep_of = {l: r for l, _, r in LEAF_PEOPLE}
    for leaf, need, share, rep in EXTRA_NEEDS:
        rows.append((leaf, need, max(int(round(people_of[leaf] * share, -1)), 10), rep or rep_of[leaf]))
    return rows


# ---------------------------------------------------------------------------------------------
def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    assign()
    write("territories.csv", ["id", "kind", "name", "name_fr", "name_nl", "name_de", "part_of"], TERRITORIES)
    cols = ["id", "name", "aliases", "kind", "level", "languages", "territories", "domains", "publics", "services",
            "support_role", "focal_point", "obstacles", "willing_to_share", "collects_data", "data_public",
            "contact_name", "contact_email"]
    pub_order = [p[0] for p in PUBLICS]
    obs_order = ["duplication", "no-mission", "no-outcome", "no-trust", "gdpr", "no-leadership", "no-resources",
                 "slow-validation", "method-disagreement", "analysis-disagreement", "other"]
    rows, written = [], []
    for o in ORGS:
        o = dict(o)
        o["publics"] = "|".join(sorted(o["publics"], key=pub_order.index))
        o["obstacles"] = "|".join(sorted(o["obstacles"], key=obs_order.index))
        rows.append([o[c] for c in cols])
        written.append(o)
    write("organisations.csv", cols, rows)
    write("flows.csv", ["from", "to", "status", "basis", "regularity", "frequency", "population", "data",
                        "personal_data", "obstacles", "source", "confirmation", "note"],
          [[f["frm"], f["to"], f["status"], f["basis"], f["regularity"], f["frequency"], f["population"],
            f["data"], f["personal_data"], f["obstacles"], f["source"], f["confirmation"], f["note"]]
           for f in FLOWS])
    write("needs.csv", ["territory", "need", "weight", "reported_by"], needs())
    # Survey responses: their own random stream (seed + 6), so the files above do not move.
    write("responses.csv", *survey_responses.responses(written, FLOWS, TERRITORIES, SEED + 6))
    print(f"{len(TERRITORIES)} territories, {len(ORGS)} organisations, {len(FLOWS)} flows, {len(ORGS)} responses")


if __name__ == "__main__":
    main()
