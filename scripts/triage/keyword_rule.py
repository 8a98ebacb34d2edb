#!/usr/bin/python3
"""Plain keyword baseline: about a dozen regular expressions per topic, written from the topic definitions
(templates/policies/*.md: description and keywords). A letter gets every topic whose regex matches
subject + body; no match = "other". It never abstains.

Usage: /usr/bin/python3 scripts/triage/keyword_rule.py FILE [--split test|all|holdout|cv] [--errors N]
  test    : fold 0 of FILE (see split.py)
  all     : every letter in FILE
  holdout : every letter in FILE, reported as "holdout" (use with templates/training/holdout-realistic.jsonl)
  cv      : mean over the five folds of FILE (the rule has no training, so this is the mean of per-fold scores)
  --errors N : also print up to N misclassified letters.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import metrics  # noqa: E402
import split as splitmod  # noqa: E402

PATTERNS = {
    # "The war in Ukraine, aid and arms to Ukraine, sanctions on Russia, Ukrainian refugees."
    "ukraine": [
        r"\bukrain\w*",
        r"\bkyiv\b|\bkiev\b",
        r"\brussia\w*",
        r"\bputin\w*",
        r"\bkremlin\b",
        r"\bzelensk\w*",
        r"\bdonbas+\b|\bcrimea\w*",
        r"\bmoscow\b",
        r"\bsanction\w*",
        r"\binvasion\b",
        r"\bfrozen (russian )?assets\b",
        r"\bhomes for ukraine\b",
    ],
    # "Israel, Gaza, Palestine, hostages, ceasefire, arms sales to Israel, the wider Middle East conflict."
    "gaza": [
        r"\bgaza\w*",
        r"\bisrael\w*",
        r"\bpalestin\w*",
        r"\bhamas\b",
        r"\bhostages?\b",
        r"\bcease-?\s?fire\b",
        r"\bwest bank\b",
        r"\btwo[- ]state\b",
        r"\bnetanyahu\b|\bidf\b",
        r"\bmiddle east\b",
        r"\blebanon\b|\bhezbollah\b",
        r"\brafah\b|\bgenocide\b|\boccupied territor\w*",
    ],
    # "Defence spending and industry, NATO, the nuclear deterrent, the armed forces, veterans and service families."
    "defence": [
        r"\bdefen[cs]e\b",
        r"\barmed forces\b",
        r"\barmy\b",
        r"\bnavy\b|\broyal navy\b",
        r"\braf\b|\broyal air force\b",
        r"\bmilitary\b",
        r"\bsoldiers?\b|\btroops\b",
        r"\bnato\b",
        r"\bnuclear (deterrent|weapons?)\b|\btrident\b",
        r"\bveterans?\b",
        r"\bservice famil(y|ies)\b",
        r"\brearmament\b|\bconscription\b",
    ],
    # "Relations with the EU, Brexit, the UK-EU security pact."
    "eu": [
        r"\beu\b",
        r"\beuropean union\b",
        r"\bbrexit\w*",
        r"\bbrussels\b",
        r"\beurope\b|\beuropean\b",
        r"\brejoin\w*",
        r"\bsingle market\b",
        r"\bcustoms union\b",
        r"\bsecurity pact\b",
        r"\berasmus\b",
        r"\bfree(dom of)? movement\b",
        r"\bremainers?\b|\bleave voters?\b",
    ],
}
COMPILED = {t: [re.compile(p, re.I) for p in ps] for t, ps in PATTERNS.items()}


def predict(subject, body):
    text = (subject or "") + "\n" + (body or "")
    return {t for t, regs in COMPILED.items() if any(r.search(text) for r in regs)}


def predict_rows(rows):
    return [predict(r["subject"], r["body"]) for r in rows]


def score(rows):
    return metrics.evaluate([set(r["labels"]) for r in rows], predict_rows(rows))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--split", default="test", choices=["test", "all", "holdout", "cv"])
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args(argv)
    rows = splitmod.load_jsonl(a.file)
    print(metrics.HEADER)
    if a.split == "cv":
        res = metrics.mean_results([score(splitmod.folds(rows, k)[1]) for k in range(5)])
        print(metrics.format_row("keyword-rule", "cv5-mean", res))
        scored = rows
    else:
        scored = splitmod.select(rows, a.split)
        print(metrics.format_row("keyword-rule", a.split, score(scored)))
    if a.errors:
        shown = 0
        for r, p in zip(scored, predict_rows(scored)):
            if p != set(r["labels"]) and shown < a.errors:
                shown += 1
                print("\n--- %s true=%s pred=%s | %s\n%s" % (r["id"], sorted(r["labels"]) or ["other"],
                                                         sorted(p) or ["other"], r["subject"],
                                                         r["body"][:400].replace("\n", " ")))


if __name__ == "__main__":
    main()
