#!/usr/bin/python3
"""Scores the output of `correspondence classify` against labelled letters, beside the keyword rule and
scikit-learn (trained on templates/training) on the same letters: the way to check the classifier on mail that is
not in the repository (real letters, petitions, a week of the office's own mail labelled by hand).

  GOLD : JSON lines {"id","subject","body","labels":[...]} (empty labels = other)
  PRED : what `correspondence classify GOLD` wrote; when absent, this script runs it (the built CLI in Release)

An abstained letter counts as "no topic" (it goes to a person, so it cannot be a wrong topic, but it misses its
topics), as in metrics.py.

Usage: /usr/bin/python3 scripts/triage/score_classify.py GOLD [PRED] [--errors N] [--no-sklearn]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import keyword_rule  # noqa: E402
import metrics  # noqa: E402
import split as splitmod  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CLI = os.path.join(ROOT, "src", "Correspondence.Cli", "bin", "Release", "net10.0", "correspondence.dll")


def run_classify(gold_path):
    if not os.path.exists(CLI):
        sys.exit("build the CLI first: dotnet build src/Correspondence.Cli -c Release")
    out = subprocess.run(["dotnet", CLI, "classify", gold_path], check=True, capture_output=True, text=True, cwd=ROOT)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--errors", type=int, default=0, help="print up to N of our errors and abstentions")
    ap.add_argument("--no-sklearn", action="store_true")
    a = ap.parse_args(argv)

    gold = splitmod.load_jsonl(a.gold)
    if a.pred:
        with open(a.pred, encoding="utf-8") as f:
            pred = [json.loads(line) for line in f if line.strip()]
    else:
        pred = run_classify(os.path.abspath(a.gold))
    by_id = {p["id"]: p for p in pred}
    missing = [g["id"] for g in gold if g["id"] not in by_id]
    if missing:
        sys.exit("classify wrote nothing for %d letters (first: %s)" % (len(missing), missing[0]))

    truth = [set(g["labels"]) for g in gold]
    ours = [{t["id"] for t in by_id[g["id"]]["topics"]} for g in gold]
    abstained = [by_id[g["id"]]["abstained"] for g in gold]
    rows = [("ours", metrics.evaluate(truth, ours, abstained)), ("keyword-rule", keyword_rule.score(gold))]
    if not a.no_sklearn:
        import sklearn_baseline  # needs python3-sklearn
        corpus, _ = splitmod.load_training(os.path.join(ROOT, "templates", "training"))
        rows.append(("sklearn", metrics.evaluate(truth, sklearn_baseline.TfidfSvm().fit(corpus).predict(gold))))

    n_topic = sum(1 for t in truth if t)
    print("%s: %d letters, %d with a topic\n" % (os.path.basename(a.gold), len(gold), n_topic))
    print(metrics.HEADER)
    for name, r in rows:
        print(metrics.format_row(name, "file", r))
    if a.errors:
        shown = 0
        for g, p, ab in zip(gold, ours, abstained):
            t = set(g["labels"])
            if (p != t or ab) and shown < a.errors:
                shown += 1
                scores = ", ".join("%s %.2f" % (x["id"], x["confidence"]) for x in by_id[g["id"]]["topics"])
                print("\n--- %s true=%s pred=%s%s [%s] | %s\n%s" % (
                    g["id"], sorted(t) or ["other"], sorted(p) or ["other"], " ABSTAINED" if ab else "", scores,
                    g["subject"], g["body"][:300].replace("\n", " ")))


if __name__ == "__main__":
    main()
