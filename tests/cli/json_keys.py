#!/usr/bin/python3
"""Runs every table command of stakemap with --format json on one map and lists or checks the
keys of its output.

    json_keys.py STAKEMAP DB ORG            lists each command's keys (an audit of the JSON shape)
    json_keys.py STAKEMAP DB ORG --check    fails (exit 1) on output that does not parse, a key
                                            outside the allow-list, an alias of a dataset name
                                            (org for id, willing for willing_to_share...) or a
                                            multi-valued field that is not an array

ORG is an organisation id of the map (for show and whatif). The map should hold survey answers
and a saved round, so that survey and diff have something to show."""
import json
import re
import subprocess
import sys

COMMANDS = """list orgs
list territories
list flows
show {org}
show {org} --personal
gaps coverage
gaps coverage --orgs
gaps coverage --facet service --at province
gaps needs --all
gaps needs --orgs
gaps flows
gaps flows recommended
obstacles
obstacles --flows
obstacles --by level
centrality
network
network --per-org
communities
communities --view summary
communities --view orgs
communities --view crosstab
brokers
silos
silos --view indicators
silos --view disagreements
silos --view territory
silos --view level
keyplayers
whatif remove {org}
whatif remove {org} --cut-off
history --limit 20
round list
diff
diff --view analysis
survey questions
survey questions Q5
survey summary
survey texts
summary
check"""

# The dataset's column names (docs/dataset.md): a key that names a record's field uses these.
DATASET = {
    "id", "name", "aliases", "kind", "level", "languages", "territories", "domains", "publics", "services",
    "support_role", "focal_point", "obstacles", "willing_to_share", "contact_name", "contact_email",
    "part_of", "from", "to", "status", "basis", "regularity", "frequency", "population", "data",
    "personal_data", "source", "confirmation", "note", "weight", "territory", "need", "reported_by",
}
# Names of measures, groupings and other columns of the analyses (docs/cli.md, docs/metrics.md).
MEASURES = {
    # list, show
    "flows_out", "flows_in", "leaves", "organisations", "attributes",
    # gaps
    "territory_name", "code", "label", "count", "class", "local", "national", "orgs", "offering",
    "obstacle", "blocked", "recommended", "unconfirmed", "a", "b", "score", "domain", "public", "service",
    "reason", "claimed_by", "not_confirmed_by",
    # obstacles
    "base", "percent", "blocked_flows", "desired_flows", "effect", "group",
    # centrality, network, brokers, keyplayers
    "in_degree", "out_degree", "degree", "betweenness", "closeness", "out_closeness", "harmonic", "pagerank",
    "eigenvector", "hub", "authority", "core", "constraint", "effective_size", "measure", "value",
    "weak_component", "strong_component", "articulation_point", "coordinator", "consultant", "gatekeeper",
    "representative", "liaison", "community", "size", "ties_inside", "ties_across", "members", "by",
    "mode", "k", "chosen", "dropped", "hops", "objective_empty", "objective_greedy", "objective", "swaps",
    "reached", "distance_reach", "fragmentation", "rank", "gain",
    # silos
    "silo", "by_flows", "by_survey", "isolated", "collects_without_giving_back", "reports_only_upward",
    "no_two_way_exchange", "no_exchange_with_peers", "reasons", "signals", "disagreement", "indicator",
    "meaning", "silos", "share",
    # whatif, diff, history, rounds
    "before", "after", "change", "batch", "at", "author", "action", "entity", "field", "round",
    # survey
    "question", "section", "type", "scopes", "asked_if", "feeds", "options", "required", "option", "column",
    "flags", "scope", "text",
    # summary
    "finding", "sentence", "figures", "names",
    # check
    "file", "line", "severity", "message",
}
# Other spellings of a dataset name: never a key.
ALIASES = {"org": "id", "org_id": "id", "organisation": "id", "willing": "willing_to_share", "flow": "id",
           "domain_codes": "domains", "territory_ids": "territories", "obstacle_codes": "obstacles",
           "contact": "contact_name, contact_email", "parents": "part_of", "language": "languages"}
# Fields that hold several values: always arrays.
MULTI = {"aliases", "languages", "territories", "domains", "publics", "services", "obstacles", "part_of", "data",
         "orgs", "members", "reasons", "signals", "scopes", "flags", "names", "reported_by"}
# Objects whose keys are data, not names: attributes, a finding's figures.
OPEN = {"attributes", "figures"}


def walk(value, found, parent=""):
    """Adds (key, type) of every object in `value` to `found`."""
    if isinstance(value, list):
        for item in value:
            walk(item, found, parent)
    elif isinstance(value, dict):
        for key, item in value.items():
            if parent in OPEN:
                continue
            found.setdefault(key, set()).add(type(item).__name__)
            walk(item, found, key)


def main():
    stakemap, db, org = sys.argv[1:4]
    check = "--check" in sys.argv[4:]
    problems = []
    for line in COMMANDS.format(org=org).splitlines():
        args = line.split()
        p = subprocess.run([stakemap, "--db", db, "--format", "json"] + args, capture_output=True, text=True)
        try:
            value = json.loads(p.stdout)
        except ValueError as e:
            problems.append(f"{line}: not JSON ({e}; exit {p.returncode}; stderr {p.stderr[:300]!r})")
            continue
        if p.returncode != 0:
            problems.append(f"{line}: exit {p.returncode}: {p.stderr[:300]!r}")
        found = {}
        walk(value, found)
        if not check:
            print(line)
            for key, types in found.items():
                print(f"    {key}: {'|'.join(sorted(types))}")
            continue
        for key, types in found.items():
            if key in ALIASES:
                problems.append(f"{line}: key '{key}' where the dataset says '{ALIASES[key]}'")
            elif key not in DATASET and key not in MEASURES and not re.fullmatch(r"c[0-9]+", key):
                problems.append(f"{line}: key '{key}' is neither a dataset name nor a known measure")
            if key in MULTI and types - {"list"}:
                problems.append(f"{line}: '{key}' is a multi-valued field but holds {sorted(types)}")
        if line.startswith("list orgs") and not all(isinstance(r["domains"], list) for r in value):
            problems.append(f"{line}: domains not arrays")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
