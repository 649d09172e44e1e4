#!/usr/bin/env python3
"""Builds resources/catalog/<provider>.yaml from the dated price snapshot and hand-written facts.

    python3 tools/catalog/generate.py [--prices PATH/prices.csv]

Inputs:
  - prices.csv (default: ../shared/reference/prices/prices.csv, see its README): one sourced,
    dated list price per row. Rows are copied, never estimated. The only transformations are:
      * Hetzner rows marked GROSS (incl. 19 % German VAT) are divided by 1.19 and rounded to
        6 decimals; such a price is always `verified: false` with a note giving the gross figure;
      * duplicate rows for one (region, offer) keep the newest date (Hetzner volume: a 2024 net
        figure and a 2026 gross one), the other figure is kept in the note;
      * GPU model names are normalised ("H100 80GB" -> "H100", memory kept in the note).
  - tools/catalog/facts/<provider>.yaml: provider facts, regions, billing rules, certifications
    and offers that have no sourced price. Its text is copied verbatim; it must end with the
    `offers:` key, after which the generated offers are appended.

Output is deterministic (sorted), so a diff of resources/catalog/ shows exactly what changed.
"""

import argparse
import csv
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

KIND = {
    "compute": "compute",
    "gpu": "gpu",
    "block_storage": "block-storage",
    "object_storage": "object-storage",
    "egress": "egress",
    "k8s_control_plane": "kubernetes-control-plane",
}
VAT_DE = Decimal("1.19")


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def family(provider, offer_id, kind):
    if kind not in ("compute", "gpu"):
        return ""
    if provider == "aws":
        return offer_id.split(".")[0]
    if provider == "azure":
        # Standard_D4s_v5 -> Dsv5; Standard_NC24ads_A100_v4 -> NCads_A100_v4
        name = offer_id[len("Standard_"):] if offer_id.startswith("Standard_") else offer_id
        m = re.match(r"^([A-Z]+)(\d+)([a-z]*)(_.*)?$", name)
        if m:
            rest = (m.group(4) or "")
            if rest.startswith("_v"):
                return m.group(1) + m.group(3) + rest[1:]
            return m.group(1) + m.group(3) + rest
        return name
    if provider == "gcp":
        parts = offer_id.split("-")
        return "-".join(parts[:2]) if len(parts) > 2 else parts[0]
    if provider == "ovhcloud":
        return offer_id.split("-")[0]
    if provider == "scaleway":
        m = re.match(r"^(.*?)-\d*[A-Z]?\d+C-\d+G$", offer_id)
        if m:
            return m.group(1)
        return offer_id.split("-")[0]
    if provider == "hetzner":
        return re.sub(r"\d+$", "", offer_id)
    return ""


def gpu_model(raw):
    raw = raw.strip()
    if not raw:
        return "", ""
    memory = ""
    m = re.match(r"^(.*?)\s+(\d+GB)$", raw)
    if m:
        raw, memory = m.group(1), m.group(2)
    raw = raw.replace("AMD ", "").replace("Quadro ", "")
    return raw.upper(), memory


def split_source(text):
    """'github.com/o/r/p@c (caveat)' -> (url, caveat)."""
    m = re.match(r"^(\S+)(?:\s+\((.*)\))?$", text.strip(), re.S)
    if not m:
        return text.strip(), ""
    return m.group(1), (m.group(2) or "").strip()


def build_offer(row, extra_notes):
    provider = row["provider"]
    kind = KIND[row["kind"]]
    url, caveat = split_source(row["source"])
    amount = Decimal(row["price"])
    verified = True
    notes = []
    price_notes = []
    if caveat:
        price_notes.append(caveat)
    if "GROSS" in row["source"]:
        gross = amount
        amount = (gross / VAT_DE).quantize(Decimal("0.000001"), rounding=ROUND_HALF_EVEN).normalize()
        verified = False
        text = ("net figure derived from the source's gross %s EUR (incl. 19 %% German VAT) divided by 1.19"
                % format(gross, "f"))
        if kind == "compute":
            text += "; the gross figure may also include the EUR 0.50/month primary IPv4"
        price_notes.insert(0, text + "; re-fetch from the Hetzner API before use")
    if "third-party constant" in row["source"] or "hard-coded" in row["source"]:
        verified = False
        price_notes.append("third-party constant, not read from the provider's price list")
    if "hand-maintained" in row["source"] or "hand-transcribed" in row["source"]:
        verified = False
        if not any("hand-" in n for n in price_notes):
            price_notes.append("hand-maintained third-party value")
    if "rounded" in row["source"] or "pre-April-2026" in row["source"]:
        verified = False
    price_notes.extend(extra_notes)
    offer_id = row["offer_id"]
    m = re.match(r"^(.*?) \((.*)\)$", offer_id)
    if m:  # a label such as "volume (type not stated)": the caveat goes to the note
        offer_id = m.group(1)
        notes.append(m.group(2))
    lines = ["  - id: %s" % q(offer_id), "    kind: %s" % kind]
    fam = family(provider, offer_id, kind)
    if fam:
        lines.append("    family: %s" % q(fam))
    lines.append("    region: %s" % q(row["region"]))
    if kind in ("compute", "gpu"):
        if row["vcpu"]:
            lines.append("    vcpu: %s" % row["vcpu"])
        if row["memory_gib"]:
            lines.append("    memory_gib: %s" % row["memory_gib"])
        else:
            notes.append("memory not stated by the spec source")
        if kind == "gpu":
            model, memory = gpu_model(row["gpu_model"])
            lines.append("    gpu: {count: %s, model: %s}" % (row["gpu_count"], q(model)))
            if memory:
                notes.append("GPU memory %s per GPU" % memory)
        if row["arch"]:
            lines.append("    arch: %s" % row["arch"])
        cpu = row["cpu_type"]
        lines.append("    cpu_type: %s" % (cpu if cpu in ("dedicated", "shared") else "unknown"))
        if cpu not in ("dedicated", "shared"):
            notes.append("shared or dedicated vCPU not stated by any source")
    if kind == "egress" and "20 TB/server" in row["offer_id"]:
        lines.append("    allowance: {free_gb: 20000, per_server: true}")
        notes.append("20 TB included per server and month (EU locations), as stated by the source")
    if kind == "egress" and "tier" in row["offer_id"]:
        m = re.search(r"tier-(\d+)-(\d+)TB", row["offer_id"])
        if m:
            lines.append("    tier: {from_gb: %d, to_gb: %d}" % (int(m.group(1)) * 1000, int(m.group(2)) * 1000))
        m = re.search(r"over-(\d+)TB", row["offer_id"])
        if m:
            lines.append("    tier: {from_gb: %d}" % (int(m.group(1)) * 1000))
        notes.append("volume tier of the month's egress; the source names tiers in TB, read here as 1000 GB")
    if amount == 0:
        notes.append("free: the source states a price of 0")
    lines.append("    price:")
    lines.append("      amount: %s" % format(amount, "f"))
    lines.append("      currency: %s" % row["currency"])
    lines.append("      unit: %s" % row["unit"])
    if "GROSS" in row["source"]:
        lines.append("      from_gross: true")
    lines.append("      source:")
    lines.append("        url: %s" % q(url))
    lines.append("        date: %s" % row["source_date"])
    lines.append("        verified: %s" % ("true" if verified else "false"))
    if price_notes:
        lines.append("        note: %s" % q("; ".join(price_notes)))
    if notes:
        lines.append("    note: %s" % q("; ".join(notes)))
    return "\n".join(lines)


def default_prices():
    """The snapshot is kept outside the repository (shared/reference/prices/): look upwards."""
    folder = ROOT
    while True:
        candidate = os.path.join(folder, "shared", "reference", "prices", "prices.csv")
        if os.path.exists(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return "prices.csv"
        folder = parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prices", default=default_prices())
    parser.add_argument("--out", default=os.path.join(ROOT, "resources", "catalog"))
    args = parser.parse_args()
    if not os.path.exists(args.prices):
        sys.exit("prices.csv not found: %s (use --prices)" % args.prices)
    with open(args.prices, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    # One row per (provider, region, offer): keep the newest; mention the other figures.
    chosen = {}
    others = {}
    for row in rows:
        key = (row["provider"], row["region"], row["offer_id"])
        if key in chosen:
            old = chosen[key]
            keep, drop = (row, old) if row["source_date"] > old["source_date"] else (old, row)
            chosen[key] = keep
            others.setdefault(key, []).append(drop)
        else:
            chosen[key] = row

    facts_dir = os.path.join(HERE, "facts")
    os.makedirs(args.out, exist_ok=True)
    for name in sorted(os.listdir(facts_dir)):
        if not name.endswith(".yaml"):
            continue
        provider = name[:-5]
        with open(os.path.join(facts_dir, name), encoding="utf-8") as f:
            facts = f.read().rstrip("\n")
        if provider != "rates" and not re.search(r"^offers:.*\Z", facts, re.M | re.S):
            sys.exit("%s must end with the offers: key" % name)
        generated = []
        keys = sorted(k for k in chosen if k[0] == provider)
        kind_order = list(KIND)
        keys.sort(key=lambda k: (kind_order.index(chosen[k]["kind"]), k[1],
                                 family(provider, k[2], KIND[chosen[k]["kind"]]),
                                 float(chosen[k]["vcpu"] or 0), float(chosen[k]["memory_gib"] or 0), k[2]))
        for key in keys:
            extra = []
            for drop in others.get(key, []):
                url, _ = split_source(drop["source"])
                gross = " (gross)" if "GROSS" in drop["source"] else ""
                extra.append("another source gives %s %s/%s%s on %s (%s)" % (
                    drop["price"], drop["currency"], drop["unit"], gross, drop["source_date"], url))
            generated.append(build_offer(chosen[key], extra))
        header = ("# Generated by tools/catalog/generate.py from prices.csv and tools/catalog/facts/%s.\n"
                  "# Do not edit by hand: edit the facts file or the price snapshot and regenerate.\n" % name)
        body = facts + ("\n" + "\n".join(generated) if generated else "") + "\n"
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(header + body)
        print("%s: %d priced offers" % (name, len(generated)))


if __name__ == "__main__":
    main()
