#!/usr/bin/python3
"""Writes the fictional Veloria dataset (territories, organisations, flows, needs).

The Republic of Veloria, its regions, towns and organisations are invented; no row describes a
real organisation. Standard library only, no randomness: the files are the same on every run.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

REGIONS = [
    ("ALD", "Aldmora", [("LIR", "Lirenza"), ("MOR", "Morvane")]),
    ("BRI", "Brisca", [("TES", "Tessaro"), ("QUE", "Quelmar")]),
    ("CAS", "Castelvo", [("CAL", "Calvesse"), ("DRO", "Drovana")]),
    ("DUN", "Dunmere", [("ETT", "Ettrin"), ("FAL", "Falmoor")]),
]


def territories():
    rows = [("VE", "country", "Republic of Veloria", "")]
    for code, name, towns in REGIONS:
        rows.append((f"VE-{code}", "region", f"{name} Region", "VE"))
        for tcode, town in towns:
            rows.append((f"VE-{code}-{tcode}", "municipality", town, f"VE-{code}"))
    return rows


ORG_HEADER = ["id", "name", "name_pt", "name_es", "kind", "level", "languages", "territories", "domains",
              "publics", "services", "support_role", "focal_point", "obstacles", "willing_to_share",
              "collects_data", "data_public"]

ALL_PUBLICS = "refugees|asylum-seekers|displaced-ukraine|vulnerable"


def organisations():
    rows = [
        ("nat-interior", "Ministry of Internal Affairs of Veloria, migration directorate",
         "Ministério dos Assuntos Internos da Velória, direção de migração",
         "Ministerio de Asuntos Internos de Veloria, dirección de migración",
         "ministry", "national", "pt|es", "VE", "legal|other", "asylum-seekers|displaced-ukraine|refugees",
         "administrative|legal", "secondary", "yes", "gdpr|no-trust", "yes", "yes", "some"),
        ("nat-labour", "Ministry of Labour and Social Protection of Veloria",
         "Ministério do Trabalho e da Proteção Social da Velória",
         "Ministerio de Trabajo y Protección Social de Veloria",
         "ministry", "national", "pt|es", "VE", "social|labour|material", ALL_PUBLICS + "|host-nationals",
         "financial|labour", "secondary", "yes", "gdpr|no-resources", "yes", "yes", "some"),
        ("nat-health", "Ministry of Health of Veloria", "Ministério da Saúde da Velória",
         "Ministerio de Salud de Veloria", "ministry", "national", "pt|es", "VE", "medical",
         ALL_PUBLICS + "|host-nationals", "health|psychosocial", "secondary", "no", "gdpr|no-resources", "no", "yes",
         "some"),
        ("nat-education", "Ministry of Education of Veloria", "Ministério da Educação da Velória",
         "Ministerio de Educación de Veloria", "ministry", "national", "pt|es", "VE", "education",
         "children|displaced-ukraine", "education|language", "secondary", "no", "no-mission", "yes", "yes", "all"),
        ("nat-statistics", "Veloria National Statistics Office", "Instituto Nacional de Estatística da Velória",
         "Instituto Nacional de Estadística de Veloria", "national-agency", "national", "pt|es|en", "VE", "other",
         "support-providers", "", "none", "yes", "method-disagreement", "yes", "yes", "all"),
        ("nat-reception", "Veloria National Reception Agency", "Agência Nacional de Acolhimento da Velória",
         "Agencia Nacional de Acogida de Veloria", "national-agency", "national", "pt|es|en|uk", "VE",
         "material|social", "asylum-seekers|displaced-ukraine|refugees", "housing|material|information", "first-line",
         "yes", "gdpr|slow-validation", "yes", "yes", "some"),
        ("nat-employment", "Veloria National Employment Agency", "Agência Nacional de Emprego da Velória",
         "Agencia Nacional de Empleo de Veloria", "national-agency", "national", "pt|es", "VE", "labour",
         "job-seekers|displaced-ukraine|refugees", "labour|education", "first-line", "yes", "duplication", "yes",
         "yes", "some"),
        ("nat-registry", "Veloria Population Registry", "Registo da População da Velória",
         "Registro de Población de Veloria", "national-agency", "national", "pt|es", "VE", "legal|other",
         "displaced-ukraine|refugees|host-nationals", "administrative", "secondary", "no", "gdpr", "no", "yes", "no"),
        ("nat-relief", "Velorian Relief Society", "Sociedade Veloriana de Socorro", "Sociedad Veloriana de Socorro",
         "ngo", "national", "pt|es|en|uk", "VE", "material|medical|social", ALL_PUBLICS,
         "material|psychosocial|information|mobility", "first-line", "yes", "no-resources|duplication", "yes", "yes",
         "some"),
        ("nat-displaced-council", "Velorian Council for Displaced Persons",
         "Conselho Veloriano para Pessoas Deslocadas", "Consejo Veloriano para Personas Desplazadas",
         "ngo", "national", "pt|es|en|uk|ru", "VE", "legal|social", ALL_PUBLICS, "legal|information|referral",
         "both", "yes", "no-trust|no-outcome", "yes", "yes", "some"),
        ("nat-legal-clinics", "Open Door network of legal clinics", "Rede de clínicas jurídicas Porta Aberta",
         "Red de clínicas jurídicas Puerta Abierta", "umbrella-network", "national", "pt|es", "VE", "legal",
         "asylum-seekers|undocumented|displaced-ukraine", "legal", "both", "no", "no-resources", "yes", "yes", "no"),
        ("nat-municipal-union", "Union of Velorian Municipalities", "União dos Municípios Velorianos",
         "Unión de Municipios Velorianos", "umbrella-network", "national", "pt|es", "VE", "other|social",
         "support-providers", "organisation-support", "secondary", "yes", "no-leadership", "yes", "yes", "some"),
        ("nat-university", "University of Lirenza, centre for migration research",
         "Universidade de Lirenza, centro de estudos de migração",
         "Universidad de Lirenza, centro de estudios de migración", "university", "national", "pt|es|en", "VE",
         "other", "support-providers", "", "none", "no", "analysis-disagreement", "yes", "yes", "all"),
        ("int-migration", "International migration agency, Veloria country office",
         "Agência internacional de migração, escritório na Velória",
         "Agencia internacional de migración, oficina en Veloria", "international-organisation", "international",
         "en|pt|uk", "VE", "social|labour", "displaced-ukraine|vulnerable", "information|mobility|return",
         "secondary", "yes", "duplication", "yes", "yes", "some"),
        ("int-refugees", "International refugee agency, Veloria country office",
         "Agência internacional para refugiados, escritório na Velória",
         "Agencia internacional para refugiados, oficina en Veloria", "international-organisation",
         "international", "en|pt|es|uk", "VE", "legal|social|material", ALL_PUBLICS,
         "legal|information|organisation-support", "secondary", "yes", "no-outcome", "yes", "yes", "all"),
        ("int-children", "International children's fund, Veloria office",
         "Fundo internacional para a infância, escritório na Velória",
         "Fondo internacional para la infancia, oficina en Veloria", "international-organisation", "international",
         "en|pt", "VE", "education|medical", "children|displaced-ukraine", "education|childcare|psychosocial",
         "secondary", "no", "no-mission", "yes", "yes", "some"),
    ]
    for code, name, towns in REGIONS:
        reg = code.lower()
        rows.append((f"reg-{reg}-social", f"{name} Regional Administration, social affairs",
                     f"Administração Regional de {name}, assuntos sociais",
                     f"Administración Regional de {name}, asuntos sociales", "regional-administration", "regional",
                     "pt|es", f"VE-{code}", "social|material", ALL_PUBLICS + "|host-nationals",
                     "financial|housing|administrative", "secondary", "yes", "no-resources|slow-validation", "yes",
                     "yes", "no"))
        faith = code in ("BRI", "DUN")  # two regions have a faith-based network (a kind the dataset adds)
        rows.append((f"reg-{reg}-volunteers",
                     f"{name} {'parish aid network' if faith else 'volunteer centre'}",
                     f"{'Rede paroquial de ajuda' if faith else 'Centro de voluntariado'} de {name}",
                     f"{'Red parroquial de ayuda' if faith else 'Centro de voluntariado'} de {name}",
                     "faith-based" if faith else "ngo", "regional", "pt|es", f"VE-{code}", "material|social",
                     "displaced-ukraine|vulnerable", "material|daily-activities|language", "first-line", "no",
                     "no-trust", "no" if faith else "yes", "yes", "no"))
        for tcode, town in towns:
            t = tcode.lower()
            rows.append((f"loc-{t}-social", f"{town} municipal social office", f"Serviço social municipal de {town}",
                         f"Servicio social municipal de {town}", "local-authority", "local", "pt|es",
                         f"VE-{code}-{tcode}", "social|material", ALL_PUBLICS + "|host-nationals",
                         "financial|housing|referral|winter-support", "first-line", "yes",
                         "gdpr|no-resources", "yes", "yes", "no"))
            help_desk = tcode in ("LIR", "TES", "CAL", "ETT")
            rows.append((f"loc-{t}-{'helpdesk' if help_desk else 'shelter'}",
                         f"{town} {'welcome desk for displaced people' if help_desk else 'community shelter'}",
                         f"{'Balcão de acolhimento para deslocados' if help_desk else 'Abrigo comunitário'} de {town}",
                         f"{'Ventanilla de acogida para desplazados' if help_desk else 'Albergue comunitario'} de {town}",
                         "ngo" if help_desk else "reception-operator", "local", "pt|es|uk|ru", f"VE-{code}-{tcode}",
                         "social|material", "displaced-ukraine|women|children",
                         "information|language" if help_desk else "housing|material",
                         "first-line", "no", "no-resources", "yes", "yes", "no"))
    return rows


def flows():
    rows = []

    def add(frm, to, status="active", basis="voluntary", regularity="regular", frequency="monthly",
            population="both", data="activities", personal="aggregate", obstacles="", note=""):
        rows.append((frm, to, status, basis, regularity, frequency, population, data, personal, obstacles,
                     frm, "confirmed" if status == "active" else "", note))

    add("nat-reception", "nat-interior", basis="mandatory", frequency="daily", population="ukraine",
        data="residence-status|reception", personal="personal", note="Arrivals and places in reception")
    add("nat-interior", "nat-statistics", basis="mandatory", frequency="monthly", data="residence-status|demographic")
    add("nat-registry", "nat-statistics", basis="mandatory", frequency="quarterly", data="demographic")
    add("nat-employment", "nat-labour", basis="mandatory", frequency="monthly", data="employment")
    add("nat-education", "nat-statistics", basis="mandatory", frequency="annual", data="education")
    add("nat-labour", "nat-statistics", basis="mandatory", frequency="quarterly", data="financial-aid")
    add("nat-reception", "int-refugees", frequency="weekly", population="ukraine", data="reception")
    add("int-refugees", "nat-reception", frequency="weekly", population="ukraine", data="secondary")
    add("int-migration", "nat-interior", regularity="sporadic", frequency="ad-hoc", population="ukraine",
        data="demographic")
    add("int-children", "nat-education", frequency="quarterly", population="ukraine", data="education")
    add("nat-relief", "nat-displaced-council", regularity="sporadic", frequency="ad-hoc", data="activities")
    add("nat-displaced-council", "nat-relief", regularity="sporadic", frequency="ad-hoc", data="activities")
    add("nat-legal-clinics", "nat-displaced-council", frequency="monthly", data="activities")
    add("nat-university", "nat-statistics", status="desired", regularity="", frequency="", data="demographic",
        obstacles="method-disagreement", note="Microdata for research")
    add("nat-health", "nat-statistics", status="desired", basis="mandatory", regularity="", frequency="",
        data="health", obstacles="no-resources")
    add("nat-registry", "nat-labour", status="blocked", basis="on-request", regularity="", frequency="",
        data="demographic", personal="personal", obstacles="gdpr", note="Address data refused")
    for code, name, towns in REGIONS:
        reg = code.lower()
        add(f"reg-{reg}-social", "nat-labour", basis="mandatory", frequency="quarterly",
            data="financial-aid|beneficiaries")
        add(f"reg-{reg}-social", "nat-municipal-union", regularity="sporadic", frequency="ad-hoc")
        if code != "DUN":  # Dunmere's volunteers share with nobody: a silo for the demo
            add(f"reg-{reg}-volunteers", "nat-relief", regularity="sporadic", frequency="ad-hoc")
        for tcode, town in towns:
            t = tcode.lower()
            add(f"loc-{t}-social", "nat-labour", basis="mandatory", frequency="monthly",
                data="beneficiaries|financial-aid|social-assessment", personal="personal")
            add(f"loc-{t}-social", f"reg-{reg}-social", basis="mandatory", frequency="quarterly",
                data="beneficiaries")
            other = f"loc-{t}-{'helpdesk' if tcode in ('LIR', 'TES', 'CAL', 'ETT') else 'shelter'}"
            if tcode in ("LIR", "MOR", "TES", "CAL"):
                add(other, f"loc-{t}-social", regularity="sporadic", frequency="ad-hoc", population="ukraine",
                    data="beneficiaries", personal="personal")
            else:
                add(other, f"loc-{t}-social", status="desired", regularity="", frequency="", population="ukraine",
                    data="beneficiaries", personal="personal", obstacles="no-trust")
            if tcode in ("LIR", "TES"):
                add("nat-registry", f"loc-{t}-social", status="blocked", basis="on-request", regularity="",
                    frequency="", data="demographic", personal="personal", obstacles="gdpr")
    return rows


NEEDS = {"housing": 1.0, "labour": 0.6, "language": 0.5, "psychosocial": 0.3, "winter-support": 0.4}


def needs():
    rows = []
    sizes = {"LIR": 2400, "MOR": 600, "TES": 1500, "QUE": 400, "CAL": 900, "DRO": 300, "ETT": 700, "FAL": 250}
    for code, name, towns in REGIONS:
        for tcode, town in towns:
            for need, share in NEEDS.items():
                if need == "psychosocial" and tcode in ("QUE", "DRO"):
                    continue
                rows.append((f"VE-{code}-{tcode}", need, round(sizes[tcode] * share), f"loc-{tcode.lower()}-social"))
    return rows


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    write("territories.csv", ["id", "kind", "name", "part_of"], territories())
    write("organisations.csv", ORG_HEADER, organisations())
    write("flows.csv", ["from", "to", "status", "basis", "regularity", "frequency", "population", "data",
                        "personal_data", "obstacles", "source", "confirmation", "note"], flows())
    write("needs.csv", ["territory", "need", "weight", "reported_by"], needs())
