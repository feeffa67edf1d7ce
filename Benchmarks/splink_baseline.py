#!/usr/bin/env python3
"""Splink baseline for same-object linking on Oeuvre's normalized records.

    python Benchmarks/splink_baseline.py --db DATA/oeuvre.sqlite --truth CORPUS/truth.csv [--threshold 0.9] [--json]

Reads every normalized record from the store (table `record`, column `json`: the CatalogueRecord), builds one row
per record (folded title, main agent, institution id through Mappings/link/institutions.csv, normalized inventory
number, earliest/latest year, height/width, object type, Iconclass subject, Wikidata id, source), and runs a Splink 4
dedupe on DuckDB: u by random sampling, m by expectation maximisation on the pairs blocked by inventory number and
institution and by Wikidata id, predictions on six blocking rules, clusters at the threshold. Scores the clusters pairwise against the same_object rows of truth.csv (pairs in a
predicted cluster against pairs in a gold cluster) and prints precision, recall, F1 and wall time.

Needs splink>=4,<5 (PyPI; DuckDB backend). Benchmarks/link-bench.sh makes a venv with it.
"""

import argparse
import csv
import json
import logging
import os
import re
import sqlite3
import sys
import time
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTICLES = {"van", "de", "der", "den", "von", "ter", "te", "du", "la", "le", "di", "da", "à", "a", "het"}


def fold(text):
    """Lower case, no diacritics, punctuation as spaces, one space between words."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def name_key(name):
    """Order-free key of a person's name: `Rubens, Peter Paul` and `Peter Paul Rubens` give `paul peter rubens`."""
    tokens = [t for t in fold(name).split() if t not in PARTICLES and len(t) > 1]
    return " ".join(sorted(tokens))


def load_institutions(path):
    table = {}
    if not path or not os.path.exists(path):
        return table
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.reader(lines):
        if len(row) == 2 and row[0] != "alias":
            table[fold(row[0])] = row[1].strip()
    return table


def record_row(source, record_id, record, institutions):
    titles = record.get("titles") or []
    preferred = next((t for t in titles if t.get("preferred")), titles[0] if titles else None)
    agents = record.get("agents") or []
    after = [a for a in agents if a.get("qualifier") == "after"]
    main = after[0] if after else (agents[0] if agents else None)
    institution = (record.get("institution") or {}).get("name") or ""
    folded_institution = fold(institution)
    date = record.get("date") or {}
    size = next((d for d in record.get("dimensions") or [] if d.get("height") and d.get("width")), None)
    subjects = [s.get("iconclass") for s in record.get("subjects") or [] if s.get("iconclass")]
    wikidata = [i["value"] for i in record.get("identifiers") or [] if i.get("scheme") == "wikidata"]
    types = record.get("objectTypes") or []
    height = float(size["height"]) if size else None
    width = float(size["width"]) if size else None
    return {
        "source": source,
        "record_id": record_id,
        "title": fold(preferred["text"]) if preferred else None,
        "agent": name_key(main["name"]) if main else None,
        "qualifier": main.get("qualifier") if main else None,
        "institution": institutions.get(folded_institution, folded_institution) or None,
        "inventory": ((record.get("inventoryNumber") or {}).get("normalized") or None),
        "earliest": date.get("earliest"),
        "latest": date.get("latest"),
        "height": height,
        "width": width,
        "h5": round(height / 5) if height else None,
        "w5": round(width / 5) if width else None,
        "object_type": (types[0].get("label") if types else None),
        "subject": subjects[0] if subjects else None,
        "wikidata": wikidata[0] if wikidata else None,
    }


def read_records(db_path, institutions):
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = []
    for source, record_id, text in connection.execute("SELECT source_id, record_id, json FROM record"):
        rows.append(record_row(source, record_id, json.loads(text), institutions))
    connection.close()
    return rows


def gold_clusters(truth_path):
    """Union-find over the same_object rows: record key -> cluster root."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    with open(truth_path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["relation"] != "same_object":
                continue
            a = find((row["source_a"], row["record_a"]))
            b = find((row["source_b"], row["record_b"]))
            if a != b:
                parent[a] = b
    return {key: find(key) for key in list(parent)}


def pairs(n):
    return n * (n - 1) // 2


def score(keys, predicted, gold):
    """Pairwise precision, recall, F1: pairs inside predicted clusters against pairs inside gold clusters."""
    gold_of = {key: gold.get(key, ("single",) + key) for key in keys}
    pred_sizes = Counter(predicted[key] for key in keys)
    gold_sizes = Counter(gold_of.values())
    both = Counter((predicted[key], gold_of[key]) for key in keys)
    true_pairs = sum(pairs(n) for n in both.values())
    predicted_pairs = sum(pairs(n) for n in pred_sizes.values())
    gold_pairs = sum(pairs(n) for n in gold_sizes.values())
    precision = true_pairs / predicted_pairs if predicted_pairs else 0.0
    recall = true_pairs / gold_pairs if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": true_pairs,
            "predicted_pairs": predicted_pairs, "gold_pairs": gold_pairs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="the store (DATA/oeuvre.sqlite)")
    parser.add_argument("--truth", required=True, help="the corpus's truth.csv")
    parser.add_argument("--institutions", default=os.path.join(ROOT, "Mappings/link/institutions.csv"),
                        help="alias,institution_id table (default: Mappings/link/institutions.csv)")
    parser.add_argument("--threshold", type=float, default=0.9, help="match probability for clusters (default 0.9)")
    parser.add_argument("--max-pairs", type=float, default=2e6, help="pairs sampled to estimate u (default 2e6)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = parser.parse_args()

    try:
        import pandas as pd
        import splink
        from splink import DuckDBAPI, Linker, SettingsCreator, block_on
        import splink.comparison_library as cl
        import splink.comparison_level_library as cll
    except ImportError as error:
        sys.exit(f"splink_baseline.py needs splink 4 and pandas ({error}); run it with the venv Benchmarks/link-bench.sh makes")
    if not splink.__version__.startswith("4."):
        print(f"warning: written for Splink 4, found {splink.__version__}", file=sys.stderr)
    logging.getLogger("splink").setLevel(logging.ERROR)

    timings = {}
    started = time.perf_counter()
    rows = read_records(args.db, load_institutions(args.institutions))
    frame = pd.DataFrame(rows)
    frame.insert(0, "unique_id", range(len(frame)))
    timings["load_s"] = time.perf_counter() - started

    def numeric(column, levels, label):
        comparison_levels = [cll.NullLevel(column)]
        for threshold in levels:
            comparison_levels.append(cll.AbsoluteDifferenceLevel(column, threshold))
        comparison_levels.append(cll.ElseLevel())
        return cl.CustomComparison(output_column_name=column, comparison_levels=comparison_levels,
                                   comparison_description=label)

    def relative(column):
        return cl.CustomComparison(
            output_column_name=column,
            comparison_levels=[cll.NullLevel(column), cll.PercentageDifferenceLevel(column, 0.02),
                               cll.PercentageDifferenceLevel(column, 0.1), cll.PercentageDifferenceLevel(column, 0.25),
                               cll.ElseLevel()],
            comparison_description=f"{column} within 2%, 10%, 25%")

    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=1e-4,
        comparisons=[
            cl.JaroWinklerAtThresholds("title", [0.95, 0.85, 0.7]),
            cl.JaroWinklerAtThresholds("agent", [0.95, 0.85]),
            cl.ExactMatch("qualifier"),
            cl.ExactMatch("institution").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("inventory", [1]),
            numeric("earliest", [1, 5, 20], "earliest year within 1, 5, 20"),
            relative("height"),
            relative("width"),
            cl.ExactMatch("object_type"),
            cl.ExactMatch("subject"),
            cl.ExactMatch("wikidata"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("inventory", "institution"),
            block_on("wikidata"),
            block_on("title", "agent"),
            block_on("title", "institution"),
            block_on("agent", "institution", "subject"),
            block_on("agent", "h5", "w5"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )

    started = time.perf_counter()
    linker = Linker(frame, settings, db_api=DuckDBAPI())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("inventory", "institution"), block_on("wikidata")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=args.max_pairs, seed=1)
    # EM on the two precise blocks only: pairs with the same title and artist are mostly different objects here
    # (many pictures of one subject by one painter), and EM on them learns that inventory numbers may differ.
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("inventory", "institution"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("wikidata"))
    timings["train_s"] = time.perf_counter() - started

    started = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=min(0.5, args.threshold))
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=args.threshold)
    cluster_frame = clusters.as_pandas_dataframe()
    scored_pairs = predictions.as_duckdbpyrelation().aggregate("count(*)").fetchall()[0][0]
    timings["predict_cluster_s"] = time.perf_counter() - started

    started = time.perf_counter()
    cluster_of = dict(zip(cluster_frame["unique_id"], cluster_frame["cluster_id"]))
    keys = list(zip(frame["source"], frame["record_id"]))
    predicted = {key: cluster_of.get(uid, f"single-{uid}") for uid, key in zip(frame["unique_id"], keys)}
    result = score(keys, predicted, gold_clusters(args.truth))
    timings["evaluate_s"] = time.perf_counter() - started

    result.update({
        "tool": f"splink {splink.__version__} (duckdb)",
        "records": len(frame),
        "pairs_scored": int(scored_pairs),
        "threshold": args.threshold,
        "seconds": round(sum(timings.values()), 2),
        **{k: round(v, 2) for k, v in timings.items()},
    })
    if args.json:
        print(json.dumps(result))
        return
    print(f"Splink baseline ({result['tool']}), same_object, {result['records']} records, threshold {args.threshold}")
    print(f"  pairs scored above 0.5:  {result['pairs_scored']}")
    print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
          f"  (true {result['true_pairs']}, predicted {result['predicted_pairs']}, gold {result['gold_pairs']} pairs)")
    print(f"  wall time {result['seconds']:.1f} s (load {timings['load_s']:.1f}, train {timings['train_s']:.1f}, "
          f"predict+cluster {timings['predict_cluster_s']:.1f}, evaluate {timings['evaluate_s']:.1f})")


if __name__ == "__main__":
    main()
