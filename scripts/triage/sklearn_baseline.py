#!/usr/bin/python3
"""scikit-learn baseline: TF-IDF (word 1-2 grams, sublinear tf) + one LinearSVC per topic (one-vs-rest,
multi-label). A topic is predicted when its decision value is > 0; a letter with no positive topic is "other".
It never abstains. Scored, with the keyword rule alongside, on:
  test      : trained on folds 1-4 of the corpus, scored on fold 0 (split.py)
  cv5-mean  : 5-fold cross-validation over the corpus (fold = split.fold_of(id)), mean of the fold scores
  skel-cv5  : skeleton-held-out 5-fold CV (split.group_folds): each fold's wording is unseen, as in real mail
  holdout   : trained on the whole corpus, scored on holdout-realistic.jsonl
The corpus is every *.jsonl in templates/training except holdout-* (as the app trains), unless --corpus names a file.

Usage: /usr/bin/python3 scripts/triage/sklearn_baseline.py [--corpus FILE] [--holdout FILE] [--errors N] [--json]
  --json : one JSON line per row instead of the tables (the integration tests compare the classifier with these)
Needs the Debian package python3-sklearn (apt-get install -y python3-sklearn).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import keyword_rule  # noqa: E402
import metrics  # noqa: E402
import split as splitmod  # noqa: E402

try:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
except ImportError:
    sys.exit("scikit-learn is missing: apt-get install -y python3-sklearn, then run with /usr/bin/python3")

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
TOPICS = splitmod.TOPICS
SPLITS = ["test", "cv5-mean", "skel-cv5", "holdout"]


class TfidfSvm:
    def fit(self, rows):
        self.vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
        x = self.vec.fit_transform([splitmod.text_of(r) for r in rows])
        self.models = {}
        for t in TOPICS:
            y = [1 if t in r["labels"] else 0 for r in rows]
            if 0 < sum(y) < len(y):
                self.models[t] = LinearSVC(C=1.0).fit(x, y)
        return self

    def predict(self, rows):
        x = self.vec.transform([splitmod.text_of(r) for r in rows])
        out = [set() for _ in rows]
        for t, m in self.models.items():
            for i, d in enumerate(m.decision_function(x)):
                if d > 0:
                    out[i].add(t)
        return out


def truth(rows):
    return [set(r["labels"]) for r in rows]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "templates", "training"),
                    help="a training folder (every *.jsonl but holdout-*) or one .jsonl file")
    ap.add_argument("--holdout", default=os.path.join(ROOT, "templates", "training", "holdout-realistic.jsonl"))
    ap.add_argument("--errors", type=int, default=0, help="print up to N sklearn errors on the holdout")
    ap.add_argument("--json", action="store_true", help="print each row as a JSON line")
    a = ap.parse_args(argv)
    if os.path.isdir(a.corpus):
        corpus, skeletons = splitmod.load_training(a.corpus)
    else:
        corpus, skeletons = splitmod.load_jsonl(a.corpus), splitmod.load_skeletons(a.corpus)
    holdout = splitmod.load_jsonl(a.holdout)

    table = []
    train, test = splitmod.select(corpus, "train"), splitmod.select(corpus, "test")
    table.append(("keyword-rule", "test", keyword_rule.score(test)))
    table.append(("sklearn", "test", metrics.evaluate(truth(test), TfidfSvm().fit(train).predict(test))))
    kw, sk = [], []
    for k in range(5):
        tr, te = splitmod.folds(corpus, k)
        kw.append(keyword_rule.score(te))
        sk.append(metrics.evaluate(truth(te), TfidfSvm().fit(tr).predict(te)))
    table.append(("keyword-rule", "cv5-mean", metrics.mean_results(kw)))
    table.append(("sklearn", "cv5-mean", metrics.mean_results(sk)))
    if skeletons:
        kw, sk = [], []
        for k in range(5):
            tr, te = splitmod.group_folds(corpus, k, skeletons)
            kw.append(keyword_rule.score(te))
            sk.append(metrics.evaluate(truth(te), TfidfSvm().fit(tr).predict(te)))
        table.append(("keyword-rule", "skel-cv5", metrics.mean_results(kw)))
        table.append(("sklearn", "skel-cv5", metrics.mean_results(sk)))
    full = TfidfSvm().fit(corpus)
    hpred = full.predict(holdout)
    table.append(("keyword-rule", "holdout", keyword_rule.score(holdout)))
    table.append(("sklearn", "holdout", metrics.evaluate(truth(holdout), hpred)))

    if a.json:
        for model, sp, r in table:
            print(json.dumps({"model": model, "split": sp, "letters": r["n"], "macro_f1": r["macro_f1"],
                              "wrong_topic_rate": r["wrong_topic_rate"], "abstention_rate": r["abstention_rate"]}))
        return
    print("corpus %s (%d letters; test split %d), holdout %s (%d letters)\n" % (
        os.path.relpath(a.corpus, ROOT), len(corpus), len(test), os.path.relpath(a.holdout, ROOT), len(holdout)))
    print("| model | split | macro-F1 | wrong-topic rate | abstention rate |")
    print("|---|---|---|---|---|")
    for model, sp, r in sorted(table, key=lambda x: (x[0], SPLITS.index(x[1]))):
        print("| %s | %s | %.3f | %.2f%% | %.1f%% |" % (model, sp, r["macro_f1"], 100 * r["wrong_topic_rate"],
                                                    100 * r["abstention_rate"]))
    print("\nPer-class F1 and rates:")
    print(metrics.HEADER)
    for model, sp, r in sorted(table, key=lambda x: (x[0], SPLITS.index(x[1]))):
        print(metrics.format_row(model, sp, r))
    if a.errors:
        shown = 0
        for r, p in zip(holdout, hpred):
            if p != set(r["labels"]) and shown < a.errors:
                shown += 1
                print("\n--- %s true=%s pred=%s | %s\n%s" % (r["id"], sorted(r["labels"]) or ["other"],
                                                         sorted(p) or ["other"], r["subject"],
                                                         r["body"][:300].replace("\n", " ")))


if __name__ == "__main__":
    main()
