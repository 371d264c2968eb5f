#!/usr/bin/python3
"""Generates benchmark input for drieluik, deterministically for a seed.

Documents (`--count N --seed S --out DIR`): realistic tripartite agreements (and a few
programme applications) that follow the document model, Dutch text with diacritics.
About half break one to four rules of the catalogue on purpose; `DIR/expected.json` lists,
per file, the rule ids each document must produce (empty for a clean one).
  --large K      K of the N documents are large (many cost items, qualifications and
                 clauses), their sizes spread from 64 KB to 1 MB.
  --size BYTES   every document is padded to about BYTES (for size scaling); below the
                 size of a normal agreement a minimal draft agreement is written instead.

Rule sets (`--rules-times K --rules-from rules/ --out DIR`): a copy of a rule set in
which every rule appears K times, the copies under the ids ID-R2 .. ID-RK (rule tests
are not copied), for measuring how evaluation scales with the number of rules.
"""

import argparse
import datetime
from decimal import Decimal
import json
import pathlib
import random
import re
import sys
import xml.etree.ElementTree as ET

AGREEMENT_NS = "urn:drieluik:agreement:1"
PROGRAMME_NS = "urn:drieluik:programme:1"

# Highest 21+ hourly minimum wage of the catalogue's table: paying at least this for every
# hour keeps SAL-MINIMUM and SAL-MINIMUM-DURING silent for every age and date.
TOP_MINIMUM_HOURLY = Decimal("14.71")

FIRST_NAMES = ["Zoë", "Noël", "Daniël", "Joël", "Chloë", "Anaïs", "Loïs", "Inès", "Sébastien",
               "Sanne", "Fleur", "Thijs", "Bram", "IJsbrand", "Eline", "Merel", "Hüseyin",
               "Ayşe", "Özlem", "Çağla", "Jurriën", "Rafaël", "Maëlle", "Gijs", "Femke",
               "Mohammed", "Priya", "Wouter", "Ilse", "Björn"]
SURNAMES = ["de Vries", "Çelik", "Yılmaz", "van den Berg", "Jansen", "Bakker", "Öztürk",
            "van IJsselstein", "de Ruïter", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Doğan", "Kuipers",
            "van 't Hof", "Brouwer", "Schouten", "Ramdin", "El Idrissi", "Nguyễn"]
INSTITUTIONS = [("Avans Hogeschool", "07GR"), ("Hogeschool Rotterdam", "22OJ"),
                ("Hogeschool van Amsterdam", "28DN"), ("Hanzehogeschool Groningen", "25BE"),
                ("Fontys Hogescholen", "30GB"), ("Saxion Hogeschool", "01MQ"),
                ("Hogeschool van Arnhem en Nijmegen", "25KB"), ("Hogeschool Utrecht", "25DW"),
                ("NHL Stenden Hogeschool", "21WN"), ("Zuyd Hogeschool", "21UI")]
# (name, croho, level, credits, qualifications achieved at the workplace)
PROGRAMMES = [
    ("Ad Bouwkunde", "80067", "associate-degree", 120,
     ["Bouwkundig ontwerp uitwerken in BIM", "Werkvoorbereiding en calculatie verzorgen",
      "Uitvoering op de bouwplaats coördineren", "Kwaliteit en veiligheid bewaken"]),
    ("Ad Maritieme Techniek", "80098", "associate-degree", 120,
     ["Scheepsinstallaties onderhouden en beproeven", "Technische documentatie opstellen",
      "Reparaties aan boord voorbereiden en leiden", "Risico's inventariseren volgens ISM-code"]),
    ("Ad Technische Bedrijfskunde", "80038", "associate-degree", 120,
     ["Productieprocessen analyseren en verbeteren", "Een verbeterproject leiden",
      "Onderhoudsplanning opstellen"]),
    ("Bachelor Civiele Techniek", "34213", "bachelor", 240,
     ["Een constructief ontwerp maken en toetsen", "Projecten in de grond-, weg- en waterbouw beheersen",
      "Aanbestedingsdocumenten opstellen", "Duurzaamheidsafwegingen onderbouwen",
      "Onderzoek doen in de beroepspraktijk"]),
    ("Bachelor Werktuigbouwkunde", "34280", "bachelor", 240,
     ["Werktuigbouwkundige systemen ontwerpen", "Prototypes bouwen en testen",
      "Productie en assemblage begeleiden", "Onderzoek doen in de beroepspraktijk"]),
    ("Bachelor HBO-ICT", "30020", "bachelor", 240,
     ["Software realiseren in een team", "Infrastructuur beheren en beveiligen",
      "Gebruikersinteractie analyseren en ontwerpen", "Professionaliseren in de beroepspraktijk"]),
]
# Qualifications every programme's graduates achieve, partly at the workplace.
GENERAL_QUALIFICATIONS = ["Communiceren met opdrachtgevers, collega's en leveranciers",
                          "Reflecteren op de eigen beroepsontwikkeling en daarover rapporteren",
                          "Veilig werken volgens de geldende voorschriften (VCA)",
                          "Een werkproces verbeteren met aandacht voor duurzaamheid"]
EMPLOYERS = [("Bouwbedrijf Jansen B.V.", "bouwnijverheid", "Bouw & Infra"),
             ("Restauratiebedrijf De Ruïne B.V.", "bouwnijverheid", "Bouw & Infra"),
             ("Scheepswerf IJsselstein B.V.", "scheepsbouw", "Metalektro"),
             ("Installatietechniek Çelik & Zn.", "installatietechniek", "Technisch Installatiebedrijf"),
             ("Jachtbouw Öztürk", "scheepsbouw", None),
             ("Aannemersbedrijf Van 't Hof", "grond-, weg- en waterbouw", "Bouw & Infra"),
             ("Machinefabriek Brouwer & Zonen", "metaal", "Metalektro"),
             ("Softwarehuis Noorderlicht", "ict", None),
             ("Ingenieursbureau Waterweg", "advies", None),
             ("Façadebouw Zuidoost B.V.", "bouwnijverheid", "Bouw & Infra")]
EMPLOYERS_OF_RECORD = ["Stichting Werkend Leren Regio Utrecht", "Stichting Opleidingsfonds Scheepsbouw"]
ASSESSMENTS = ["portfolio met beoordeling door praktijkbegeleider en docent",
               "criteriumgericht interview op de werkplek",
               "assessment op de werkplek met twee beoordelaars",
               "praktijkopdracht met verdediging voor de examencommissie",
               "360°-feedback en reflectieverslag"]
CLAUSES = {
    "student-stops-study": [
        "De overeenkomst eindigt op de dag dat de student zich uitschrijft; de arbeidsovereenkomst loopt door tot de einddatum, tenzij partijen binnen één maand anders overeenkomen.",
        "Stopt de student met de opleiding, dan treden werkgever, student en hogeschool binnen twee weken in overleg over een passende oplossing; de opleidingsovereenkomst eindigt met ingang van de uitschrijving.",
    ],
    "employment-ends": [
        "Eindigt de arbeidsovereenkomst, dan zoekt de hogeschool samen met de student binnen drie maanden een andere werkplek in het mkb; lukt dat niet, dan kan de student de opleiding in deeltijd voortzetten.",
        "Bij beëindiging van het dienstverband vervalt deze overeenkomst; de student behoudt het recht de lopende studiefase af te ronden.",
    ],
    "institution-deregisters": [
        "Beëindigt de hogeschool de inschrijving, dan informeert zij werkgever en student schriftelijk en eindigt de overeenkomst na afloop van de lopende onderwijsperiode.",
    ],
    "other": [
        "Bij langdurige ziekte van de student schorten partijen de studieplanning in onderling overleg op; de overeenkomst blijft van kracht.",
        "Bij faillissement of overname van de werkgever treden partijen in overleg over voortzetting van de leerwerkplek bij een ander mkb-bedrijf in de regio.",
        "Geschillen over deze overeenkomst worden eerst voorgelegd aan de opleidingscoördinator en daarna aan de geschillencommissie van de hogeschool.",
    ],
}
OTHER_LOCATIONS = ["Opleidingscentrum Bouw & Infra IJsselstein", "Praktijkcentrum Scheepsbouw Harlingen",
                   "Leerbedrijf Techniek Oost"]
SECTORS = ["bouwnijverheid", "scheepsbouw", "installatietechniek", "metaal", "ict", "zorg"]
PARTNERS = [("Bouwbedrijf Jansen B.V.", "company"), ("Bouwend Nederland", "branch-association"),
            ("Werkgeversvereniging Regio Noord", "regional-employers"),
            ("Lectoraat Duurzaam Bouwen", "lectorate"), ("Scheepswerf IJsselstein B.V.", "company"),
            ("Koninklijke Metaalunie", "branch-association")]


# --- dates -------------------------------------------------------------------------------

def add_months(day, months):
    """Date + N months, clamping to the month's last day (as the rule catalogue defines it)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last))


def add_days(day, days):
    return day + datetime.timedelta(days=days)


def money(amount):
    """A Decimal amount with two fraction digits."""
    return f"{amount:.2f}"


def number(value):
    """A decimal without needless fraction digits: 4, 3.5, 66.67."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


# --- agreement specification ---------------------------------------------------------------
# An agreement is first drawn as a plain dict of facts that satisfies every rule, then
# violations edit that dict, then it is written out as XML.

def nominal_years(level):
    return {"associate-degree": 2, "bachelor": 4}.get(level, 0)


def draw_schedule(rng, model, years):
    """Rows (n, work, school, other, location) that fit `model` for `years` study years."""
    rows = []
    if model == "work-throughout":
        for n in range(1, years + 1):
            work, school = rng.choice([(4, 1), (3, 2), (3, 1), (3.5, 1.5)])
            rows.append([n, work, school, None, None])
    elif model == "learn-then-work":
        learning = 1 if years == 2 else 2
        for n in range(1, years + 1):
            if n <= learning:
                school, work = rng.choice([(3, 2), (4, 1), (3, 1)])
            else:
                work, school = rng.choice([(4, 1), (3, 2)])
            rows.append([n, work, school, None, None])
    elif model == "gradual":
        first = rng.choice([0, 1, 2])
        steps = [first] + [min(4, first + (4 - first) * k / (years - 1)) for k in range(1, years)]
        for n, work in enumerate(steps, start=1):
            work = round(work * 2) / 2
            school = 1 if n == years else min(5 - work, 4)
            rows.append([n, work, school, None, None])
    else:  # multi-location
        location = rng.choice(OTHER_LOCATIONS)
        for n in range(1, years + 1):
            work, school, other = rng.choice([(3, 1, 1), (2, 2, 1), (2, 1, 2)])
            rows.append([n, work, school, other, location])
    return rows


def draw_agreement(rng, number_in_run):
    name, croho, level, credits, qualifications = rng.choice(PROGRAMMES)
    years = nominal_years(level)
    institution, brin = rng.choice(INSTITUTIONS)
    start = datetime.date(rng.choice([2024, 2025, 2026]), rng.choice([9, 9, 9, 2]), 1)
    age = rng.choice([17, 18, 19, 20, 22, 24, 27, 31, 38])
    birth = add_days(add_months(start, -12 * age), -rng.randrange(1, 360))
    prior = rng.choice(["mbo-4", "mbo-4", "vwo"] + (["associate-degree"] if level == "bachelor" else []))
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    employer, sector, cao = rng.choice(EMPLOYERS)
    hours = rng.choice([32, 36, 38, 40])
    model = rng.choice(["work-throughout", "work-throughout", "learn-then-work", "gradual", "multi-location"])
    status = "final" if rng.random() < 0.8 else "draft"
    contract = "fixed-term" if rng.random() < 0.7 else "indefinite"

    minimum_monthly = TOP_MINIMUM_HOURLY * hours * 52 / 12
    per_hour = rng.random() < 0.15
    salary = (TOP_MINIMUM_HOURLY + Decimal(rng.randrange(10, 400)) / 100 if per_hour
              else (minimum_monthly + rng.randrange(20, 900)).quantize(Decimal(1)))

    tuition_per_year = Decimal(rng.choice(["1302.00", "1365.00", "2601.00", "2695.00"]))
    costs = [{"kind": "tuition", "payer": "employer", "amount": tuition_per_year * years}]
    if rng.random() < 0.8:
        costs.append({"kind": "laptop", "payer": "employer", "amount": Decimal(rng.choice(["750.00", "900.00", "1249.00"]))})
    if rng.random() < 0.6:
        costs.append({"kind": "materials", "payer": rng.choice(["employer", "student"]),
                      "amount": Decimal(rng.choice(["180.00", "245.50", "320.00"]))})
    if rng.random() < 0.4:
        costs.append({"kind": "exam", "payer": "institution", "amount": Decimal("150.00"), "mandatory": True})
    if rng.random() < 0.3:
        costs.append({"kind": "travel", "payer": "student", "amount": Decimal(rng.choice(["420.00", "615.75"]))})

    repayment = None
    if rng.random() < 0.6:
        repayment = draw_repayment(rng, costs)

    signing = add_days(start, -rng.randrange(20, 100))
    spec = {
        "id": f"{brin}-{start.year}-{number_in_run:05d}",
        "status": status,
        "version": rng.choice([None, 1, 2, 3]),
        "institution": institution, "brin": brin,
        "programme": name, "croho": croho, "level": level, "credits": credits,
        "form": rng.choice(["dual", "dual", "part-time"]), "model": model, "start": start,
        "student": f"{first} {last}", "birth": birth, "prior": prior, "admission_test": None,
        "email": f"{first.lower()}.{rng.randrange(1000, 9999)}@student.example.nl" if rng.random() < 0.5 else None,
        "employer": employer, "kvk": f"{rng.randrange(10**7, 10**8)}", "employees": rng.randrange(3, 240),
        "turnover": rng.choice([None, Decimal("850000.00"), Decimal("4200000.00"), Decimal("17500000.00")]),
        "balance": rng.choice([None, Decimal("390000.00"), Decimal("2100000.00"), Decimal("9800000.00")]),
        "sector": sector, "cao": cao,
        "employer_of_record": rng.choice(EMPLOYERS_OF_RECORD) if rng.random() < 0.1 else None,
        "eor_kvk": f"{rng.randrange(10**7, 10**8)}",
        "workplace_supervisor": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
        "supervisor_hours": rng.choice([1.5, 2, 2, 2.5, 3]), "supervisor_trained": True,
        "institution_supervisor": f"{rng.choice(['dr.', 'ir.', 'drs.', 'ing.'])} {rng.choice(FIRST_NAMES)[0]}. {rng.choice(SURNAMES)}",
        "contract": contract, "employment_start": start,
        "end": add_days(add_months(start, 12 * years), -1) if contract == "fixed-term" else None,
        "hours": hours, "probation": rng.choice([0, 1, 2]),
        "salary": salary, "salary_per": "hour" if per_hour else "month",
        "paid_study": rng.choice([4, 7.5, 8]),
        "holiday": 4 * hours + rng.choice([0, 0, 8, 16]) if rng.random() < 0.7 else None,
        "qualifications": [(q, rng.choice(ASSESSMENTS)) for q in
                           rng.sample(qualifications, rng.randrange(2, len(qualifications) + 1))
                           + rng.sample(GENERAL_QUALIFICATIONS, rng.randrange(0, len(GENERAL_QUALIFICATIONS) + 1))],
        "schedule": draw_schedule(rng, model, years),
        "costs": costs,
        "repayment": repayment,
        "clauses": [(event, rng.choice(CLAUSES[event])) for event in
                    ["student-stops-study", "employment-ends"]
                    + (["institution-deregisters"] if rng.random() < 0.5 else [])
                    + (["other"] * rng.randrange(0, 5))],
        "signatures": [],
        "signing": signing,
    }
    spec["signatures"] = default_signatures(rng, spec)
    return spec


def default_signatures(rng, spec):
    parties = [("student", spec["student"]),
               ("employer", f"{rng.choice(FIRST_NAMES)[0]}. {rng.choice(SURNAMES)}"),
               ("institution", f"{rng.choice(FIRST_NAMES)[0]}. {rng.choice(SURNAMES)}")]
    if spec["employer_of_record"]:
        parties.append(("employer-of-record", f"{rng.choice(FIRST_NAMES)[0]}. {rng.choice(SURNAMES)}"))
    return [[party, who, add_days(spec["signing"], offset)] for offset, (party, who) in enumerate(parties)]


def draw_repayment(rng, costs):
    employer_paid = sorted({c["kind"] for c in costs if c["payer"] == "employer" and not c.get("mandatory")})
    covers = ["tuition"] + [k for k in employer_paid if k != "tuition" and rng.random() < 0.5]
    covered_total = sum(c["amount"] for c in costs if c["payer"] == "employer" and c["kind"] in covers)
    binding = rng.choice([12, 24, 24, 36])
    shapes = {12: [(6, 100), (12, 50)],
              24: rng.choice([[(12, 100), (24, 50)], [(6, 100), (12, 75), (18, 50), (24, 25)]]),
              36: [(12, 100), (24, 66.67), (36, 33.33)]}
    return {"max": covered_total - rng.choice([0, 0, 100]), "binding": binding,
            "covers": covers, "scale": [list(step) for step in shapes[binding]],
            "exemptions": ["employer-termination", "non-renewal-by-employer"]
                          + (["illness"] if rng.random() < 0.4 else [])}


# --- violations ------------------------------------------------------------------------------
# Each edits a valid agreement so that exactly the listed rules report. `applies` says
# whether the edit can be made to this agreement without disturbing other rules.

def _always(spec):
    return True


def _ensure_repayment(rng, spec):
    if spec["repayment"] is None:
        spec["repayment"] = draw_repayment(rng, spec["costs"])
    return spec["repayment"]


def v_salary_below_minimum(rng, spec):
    spec["salary"], spec["salary_per"] = Decimal(rng.choice(["3.25", "3.60", "3.90"])), "hour"


def v_probation_too_long(rng, spec):
    spec["probation"] = rng.choice([3, 4, 6])


def v_no_termination(rng, spec):
    spec["status"], spec["clauses"] = "final", []
    spec["signatures"] = spec["signatures"] or default_signatures(rng, spec)


def v_scale_rising(rng, spec):
    repayment = _ensure_repayment(rng, spec)
    repayment["binding"], repayment["scale"] = 24, [[12, 50], [24, 100]]


def v_repayment_above_costs(rng, spec):
    repayment = _ensure_repayment(rng, spec)
    covered = sum(c["amount"] for c in spec["costs"] if c["payer"] == "employer" and c["kind"] in repayment["covers"])
    repayment["max"] = covered + rng.choice([500, 1250])


def v_binding_too_long(rng, spec):
    repayment = _ensure_repayment(rng, spec)
    repayment["binding"], repayment["scale"] = 48, [[12, 100], [24, 75], [36, 50], [48, 25]]


def v_no_employer_termination_exemption(rng, spec):
    repayment = _ensure_repayment(rng, spec)
    repayment["exemptions"] = [e for e in repayment["exemptions"] if e != "employer-termination"]


def v_large_company(rng, spec):
    spec["employees"] = rng.randrange(250, 1200)


def v_full_time(rng, spec):
    spec["form"] = "full-time"


def v_study_hours_exceed(rng, spec):
    spec["paid_study"] = spec["hours"] + 2


def v_holiday_short(rng, spec):
    spec["holiday"] = 4 * spec["hours"] - 16


def v_no_supervision_time(rng, spec):
    spec["supervisor_hours"] = 0


def v_employer_did_not_sign(rng, spec):
    spec["status"] = "final"
    spec["signatures"] = [s for s in spec["signatures"] or default_signatures(rng, spec) if s[0] != "employer"]


def v_missing_end_date(rng, spec):
    spec["contract"], spec["end"] = "fixed-term", None


def v_six_day_week(rng, spec):
    row = rng.choice(spec["schedule"])
    row[1], row[2] = 4, 2


def v_no_work_in_a_year(rng, spec):
    row = rng.choice(spec["schedule"])
    row[1], row[2] = 0, 1


def v_wrong_credits(rng, spec):
    spec["credits"] = 180 if spec["level"] == "associate-degree" else 210


def v_signature_before_birth(rng, spec):
    spec["signatures"] = spec["signatures"] or default_signatures(rng, spec)
    institution = next(s for s in spec["signatures"] if s[0] == "institution")
    institution[2] = add_days(spec["birth"], -rng.randrange(30, 400))


def v_repayment_signed_late(rng, spec):
    _ensure_repayment(rng, spec)
    spec["status"] = "final"
    spec["signatures"] = spec["signatures"] or default_signatures(rng, spec)
    student = next(s for s in spec["signatures"] if s[0] == "student")
    student[2] = add_days(spec["start"], rng.randrange(3, 40))


def v_not_admissible(rng, spec):
    spec["prior"], spec["admission_test"] = "other", rng.choice(["failed", "none"])


def v_untrained_supervisor(rng, spec):
    spec["supervisor_trained"] = rng.choice([None, False])


def v_starts_late(rng, spec):
    spec["employment_start"] = add_months(spec["start"], rng.choice([1, 2]))
    if spec["contract"] == "fixed-term":
        spec["end"] = add_days(add_months(spec["employment_start"], 12 * nominal_years(spec["level"])), -1)


VIOLATIONS = [
    # (function, rules it makes report, applies)
    (v_salary_below_minimum, ["SAL-MINIMUM"], _always),
    (v_probation_too_long, ["DUR-PROBATION"], lambda s: s["end"] is not None or s["contract"] == "indefinite"),
    (v_no_termination, ["WHW-EARLY-END", "TERM-STOP-STUDY", "TERM-EMPLOYMENT-ENDS"], _always),
    (v_scale_rising, ["REP-SCALE-ORDER"], _always),
    (v_repayment_above_costs, ["REP-MAX"], _always),
    (v_binding_too_long, ["REP-BINDING-LONG"], _always),
    (v_no_employer_termination_exemption, ["REP-EMPLOYER-TERMINATION"], _always),
    (v_large_company, ["ELIG-SME"], _always),
    (v_full_time, ["ELIG-FORM"], _always),
    (v_study_hours_exceed, ["DUR-STUDY-HOURS"], _always),
    (v_holiday_short, ["SAL-HOLIDAY"], _always),
    (v_no_supervision_time, ["SUP-WORKPLACE"], _always),
    (v_employer_did_not_sign, ["FORM-SIGNED"], _always),
    (v_missing_end_date, ["DUR-DATES"], _always),
    (v_six_day_week, ["DUR-WEEK"], lambda s: s["model"] == "work-throughout"),
    (v_no_work_in_a_year, ["ELIG-WORK-EVERY-YEAR", "DUR-WORK-MODEL"], lambda s: s["model"] == "work-throughout"),
    (v_wrong_credits, ["ELIG-CREDITS"], _always),
    (v_signature_before_birth, ["FORM-SIGNATURE-DATE", "ELIG-MINOR-GUARDIAN"], _always),
    (v_repayment_signed_late, ["REP-AGREED-BEFORE-START"], _always),
    (v_not_admissible, ["ELIG-ADMISSION"], _always),
    (v_untrained_supervisor, ["SUP-TRAINED"], _always),
    (v_starts_late, ["DUR-STARTS-WITH-PROGRAMME"], lambda s: s["model"] != "gradual"),
]
# Edits that would undo or change the outcome of one another are never combined.
CONFLICTS = [{"v_probation_too_long", "v_missing_end_date", "v_starts_late"},
             {"v_scale_rising", "v_binding_too_long"},
             {"v_six_day_week", "v_no_work_in_a_year"},
             {"v_no_termination", "v_employer_did_not_sign", "v_signature_before_birth",
              "v_repayment_signed_late"},
             {"v_salary_below_minimum", "v_starts_late"}]


def apply_violations(rng, spec, how_many):
    expected = set()
    chosen = []
    for function, rules, applies in rng.sample(VIOLATIONS, len(VIOLATIONS)):
        if len(chosen) == how_many:
            break
        if not applies(spec) or any(function.__name__ in group and group & set(chosen) for group in CONFLICTS):
            continue
        function(rng, spec)
        chosen.append(function.__name__)
        expected.update(rules)
    return sorted(expected)


# --- XML -------------------------------------------------------------------------------------

class Writer:
    """Builds one document's element tree in a namespace. ElementTree cannot write a
    default namespace together with unprefixed attributes, so the root declares it as
    an ordinary xmlns attribute and the tags stay unqualified."""

    def __init__(self, ns):
        self.ns = ns

    def element(self, parent, name, text=None, /, **attributes):
        if parent is None:
            node = ET.Element(name, xmlns=self.ns)
        else:
            node = ET.SubElement(parent, name)
        for key, value in attributes.items():
            if value is not None:
                node.set(key.rstrip("_"), value)
        if text is not None:
            node.text = text
        return node


def agreement_tree(spec):
    w = Writer(AGREEMENT_NS)
    root = w.element(None, "agreement", id=spec["id"], status=spec["status"],
                     version=None if spec["version"] is None else str(spec["version"]))
    programme = w.element(root, "programme")
    w.element(programme, "institution", spec["institution"], brin=spec["brin"])
    for field, value in [("name", spec["programme"]), ("croho", spec["croho"]), ("level", spec["level"]),
                         ("credits", str(spec["credits"])), ("form", spec["form"]),
                         ("workModel", spec["model"]), ("startDate", spec["start"].isoformat())]:
        w.element(programme, field, value)

    student = w.element(root, "student")
    w.element(student, "name", spec["student"])
    w.element(student, "birthDate", spec["birth"].isoformat())
    w.element(student, "priorEducation", spec["prior"], admissionTest=spec["admission_test"])
    if spec["email"]:
        w.element(student, "email", spec["email"])

    employer = w.element(root, "employer")
    w.element(employer, "name", spec["employer"])
    w.element(employer, "kvk", spec["kvk"])
    w.element(employer, "employees", str(spec["employees"]))
    if spec["turnover"] is not None:
        w.element(employer, "annualTurnover", money(spec["turnover"]), currency="EUR")
    if spec["balance"] is not None:
        w.element(employer, "balanceSheetTotal", money(spec["balance"]))
    if spec["sector"]:
        w.element(employer, "sector", spec["sector"])
    if spec["cao"]:
        w.element(employer, "cao", spec["cao"])
    if spec["employer_of_record"]:
        record = w.element(employer, "employerOfRecord")
        w.element(record, "name", spec["employer_of_record"])
        w.element(record, "kvk", spec["eor_kvk"])

    supervision = w.element(root, "supervision")
    workplace = w.element(supervision, "workplaceSupervisor")
    w.element(workplace, "name", spec["workplace_supervisor"])
    w.element(workplace, "hoursPerWeek", number(spec["supervisor_hours"]))
    if spec["supervisor_trained"] is not None:
        w.element(workplace, "trained", "true" if spec["supervisor_trained"] else "false")
    w.element(w.element(supervision, "institutionSupervisor"), "name", spec["institution_supervisor"])

    employment = w.element(root, "employment")
    w.element(employment, "contractType", spec["contract"])
    w.element(employment, "startDate", spec["employment_start"].isoformat())
    if spec["end"] is not None:
        w.element(employment, "endDate", spec["end"].isoformat())
    w.element(employment, "hoursPerWeek", number(spec["hours"]))
    w.element(employment, "probationMonths", str(spec["probation"]))
    w.element(employment, "salary", money(spec["salary"]), per=spec["salary_per"], currency="EUR")
    if spec["paid_study"] is not None:
        w.element(employment, "paidStudyHoursPerWeek", number(spec["paid_study"]))
    if spec["holiday"] is not None:
        w.element(employment, "holidayHours", number(spec["holiday"]))

    learning = w.element(root, "workplaceLearning")
    for qualification, assessment in spec["qualifications"]:
        w.element(learning, "qualification", qualification, assessment=assessment)

    schedule = w.element(root, "schedule")
    for n, work, school, other, location in spec["schedule"]:
        w.element(schedule, "year", n=str(n), workDays=number(work), schoolDays=number(school),
                  otherDays=None if other is None else number(other), otherLocation=location)

    if spec["costs"]:
        costs = w.element(root, "costs")
        for item in spec["costs"]:
            w.element(costs, "item", kind=item["kind"], payer=item["payer"], amount=money(item["amount"]),
                      mandatory="true" if item.get("mandatory") else None)

    if spec["repayment"]:
        r = spec["repayment"]
        repayment = w.element(root, "repayment")
        w.element(repayment, "maxAmount", money(r["max"]), currency="EUR")
        w.element(repayment, "bindingMonths", str(r["binding"]))
        w.element(repayment, "covers", " ".join(r["covers"]))
        scale = w.element(repayment, "scale")
        for until, percent in r["scale"]:
            w.element(scale, "step", untilMonth=str(until), percent=number(percent))
        if r["exemptions"]:
            exemptions = w.element(repayment, "exemptions")
            for reason in r["exemptions"]:
                w.element(exemptions, "exemption", reason=reason)

    if spec["clauses"]:
        termination = w.element(root, "termination")
        for event, text in spec["clauses"]:
            w.element(termination, "clause", text, event=event)

    if spec["signatures"]:
        signatures = w.element(root, "signatures")
        for party, who, day in spec["signatures"]:
            w.element(signatures, "signature", party=party, name=who, date=day.isoformat())
    return root


def draw_programme(rng, number_in_run):
    name, croho, level, credits, _ = rng.choice(PROGRAMMES)
    institution, brin = rng.choice(INSTITUTIONS)
    partners = [(n, t, ["co-design", "placement"] if t in ("company", "branch-association") else ["supervision"])
                for n, t in rng.sample(PARTNERS[2:], 3)]
    partners += [("Bouwbedrijf Jansen B.V.", "company", ["co-design"]),
                 ("Bouwend Nederland", "branch-association", ["co-design", "funding"])]
    return {"id": f"MR-{brin}-{number_in_run:05d}", "status": rng.choice(["draft", "final"]),
            "institution": institution, "brin": brin, "programme": name, "croho": croho, "level": level,
            "credits": credits, "form": "dual", "model": rng.choice(["work-throughout", "gradual"]),
            "first_intake": datetime.date(rng.choice([2026, 2027]), 9, 1),
            "expected_intake": rng.choice([None, 12, 20, 35]), "sectors": rng.sample(SECTORS, 2),
            "partners": partners, "sme_only": True, "placements": rng.choice([None, 15, 30]),
            "paid": True, "coordinator": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            "training": True}


PROGRAMME_VIOLATIONS = [
    (lambda rng, s: s.update(sme_only=False), ["PROG-SME"]),
    (lambda rng, s: s.update(paid=False), ["PROG-SALARY"]),
    (lambda rng, s: s.update(partners=[p for p in s["partners"] if p[1] != "company"]), ["PROG-CODESIGN"]),
    (lambda rng, s: s.update(training=rng.choice([None, False])), ["PROG-SUPERVISOR-TRAINING"]),
]


def programme_tree(spec):
    w = Writer(PROGRAMME_NS)
    root = w.element(None, "programmeApplication", id=spec["id"], status=spec["status"])
    w.element(root, "institution", spec["institution"], brin=spec["brin"])
    programme = w.element(root, "programme")
    for field, value in [("name", spec["programme"]), ("croho", spec["croho"]), ("level", spec["level"]),
                         ("credits", str(spec["credits"])), ("form", spec["form"]),
                         ("workModel", spec["model"]), ("firstIntake", spec["first_intake"].isoformat())]:
        w.element(programme, field, value)
    if spec["expected_intake"] is not None:
        w.element(programme, "expectedIntake", str(spec["expected_intake"]))
    sectors = w.element(root, "sectors")
    for sector in spec["sectors"]:
        w.element(sectors, "sector", sector)
    partners = w.element(root, "partners")
    for name, kind, roles in spec["partners"]:
        w.element(partners, "partner", name, type_=kind, role=" ".join(roles))
    workplaces = w.element(root, "workplaces")
    w.element(workplaces, "smeOnly", "true" if spec["sme_only"] else "false")
    if spec["placements"] is not None:
        w.element(workplaces, "expectedPlacements", str(spec["placements"]))
    w.element(root, "salary", paidByEmployer="true" if spec["paid"] else "false")
    w.element(w.element(root, "coordinator"), "name", spec["coordinator"])
    if spec["training"] is not None:
        w.element(root, "supervisorTraining", "true" if spec["training"] else "false")
    return root


def serialise(root):
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


# --- padding to a size -----------------------------------------------------------------------

def pad(rng, spec, extra_units):
    """Adds cost items, qualifications and clauses that change no rule's outcome."""
    for i in range(extra_units):
        roll = rng.random()
        if roll < 0.6 or not spec["clauses"] and roll >= 0.8:
            spec["costs"].append({"kind": rng.choice(["materials", "travel", "other"]),
                                  "payer": rng.choice(["student", "institution"]),
                                  "amount": Decimal(rng.randrange(500, 90000)) / 100})
        elif roll < 0.8:
            spec["qualifications"].append((f"{rng.choice(PROGRAMMES)[4][0]} (onderdeel {i + 1})",
                                           rng.choice(ASSESSMENTS)))
        else:
            spec["clauses"].append(("other", rng.choice(CLAUSES["other"])))


def padded_document(rng, spec, target):
    """`spec` written out, padded to about `target` bytes (2 % under at most)."""
    data = serialise(agreement_tree(spec))
    per_unit = 110.0  # bytes one pad unit adds: a first guess, then measured
    while len(data) < target * 0.98:
        before, units = len(data), max(1, int((target - len(data)) / per_unit))
        pad(rng, spec, units)
        data = serialise(agreement_tree(spec))
        per_unit = max(1.0, (len(data) - before) / units)
    return data


# Best-practice advice a minimal draft agreement receives.
MINIMAL_FINDINGS = ["COST-TUITION", "SAL-STUDY-TIME-PAID", "SUP-TRAINED", "TERM-EMPLOYMENT-ENDS", "TERM-STOP-STUDY"]


def minimal_agreement(rng, number_in_run):
    """The smallest agreement the model allows: a draft without any optional part."""
    spec = draw_agreement(rng, number_in_run)
    spec.update(status="draft", version=None, email=None, turnover=None, balance=None, cao=None,
                employer_of_record=None, supervisor_trained=None, contract="indefinite", end=None,
                paid_study=None, holiday=None, costs=[], repayment=None, clauses=[], signatures=[],
                sector=None)
    spec["qualifications"] = spec["qualifications"][:1]
    return spec


# --- rule sets ------------------------------------------------------------------------------

TOP_LEVEL = re.compile(r"^(ruleset|import|define|function|table|rule|profile)\b")
RULE_HEADER = re.compile(r"^rule(\s+)([A-Z][A-Z0-9-]*)")


def repeat_rules(text, times):
    """The rule file `text` with every rule followed by its copies ID-R2 .. ID-R<times>.
    A rule runs from its `rule` line to the next top-level keyword or comment."""
    out, block = [], []

    def copies():
        for k in range(2, times + 1):
            out.append("\n")
            out.append(RULE_HEADER.sub(rf"rule\g<1>\g<2>-R{k}", block[0], count=1))
            out.extend(block[1:])

    for line in text.splitlines(keepends=True):
        if block and (TOP_LEVEL.match(line) or line.startswith("#")):
            copies()
            block = []
        if RULE_HEADER.match(line):
            block = [line]
        elif block:
            block.append(line)
        out.append(line)
    if block:
        copies()
    return "".join(out)


def write_rules(source, destination, times):
    count = 0
    for path in sorted(source.rglob("*.rules")):
        relative = path.relative_to(source)
        if relative.parts[0] == "tests":
            continue
        text = path.read_text(encoding="utf-8")
        count += sum(1 for line in text.splitlines() if RULE_HEADER.match(line))
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(repeat_rules(text, times), encoding="utf-8")
    print(f"{count} rules x {times} = {count * times} rules written to {destination}")


# --- main -----------------------------------------------------------------------------------

def write_documents(args):
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    large_sizes = [int(64_000 * (1_000_000 / 64_000) ** (k / max(1, args.large - 1))) for k in range(args.large)]
    large_at = set(rng.sample(range(args.count), min(args.large, args.count)))
    expected, total = {}, 0
    for i in range(args.count):
        if args.size is None and i not in large_at and rng.random() < 0.04:
            spec = draw_programme(rng, i)
            rules = []
            if rng.random() < 0.5:
                change, rules = rng.choice(PROGRAMME_VIOLATIONS)
                change(rng, spec)
            data, name = serialise(programme_tree(spec)), f"programme-{i:06d}.xml"
        else:
            small = args.size is not None and args.size < 2500
            spec = minimal_agreement(rng, i) if small else draw_agreement(rng, i)
            rules = (MINIMAL_FINDINGS if small else
                     [] if rng.random() < 0.5 else apply_violations(rng, spec, rng.randrange(1, 5)))
            target = args.size if args.size is not None else (large_sizes.pop() if i in large_at else None)
            data = padded_document(rng, spec, target) if target and not small else serialise(agreement_tree(spec))
            name = f"agreement-{i:06d}.xml"
        (args.out / name).write_bytes(data)
        expected[name] = rules
        total += len(data)
    (args.out / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")
    print(f"{args.count} documents, {total} bytes ({total / max(1, args.count):.0f} per document) in {args.out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=pathlib.Path, required=True, help="folder to write into")
    parser.add_argument("--count", type=int, default=100, help="number of documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed; equal seeds give equal output")
    parser.add_argument("--large", type=int, default=0, help="how many of the documents are large (64 KB .. 1 MB)")
    parser.add_argument("--size", type=int, help="pad every document to about this many bytes")
    parser.add_argument("--rules-times", type=int, help="write the rule set with every rule this many times")
    parser.add_argument("--rules-from", type=pathlib.Path, help="the rule set folder to copy (with --rules-times)")
    args = parser.parse_args()
    if args.rules_times is not None:
        if args.rules_from is None or args.rules_times < 1:
            parser.error("--rules-times needs --rules-from and a count of at least 1")
        write_rules(args.rules_from, args.out, args.rules_times)
    else:
        if args.count < 0 or args.large < 0 or (args.size is not None and args.size <= 0):
            parser.error("counts and sizes must be positive")
        write_documents(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
