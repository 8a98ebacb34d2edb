"""Evaluation metrics for the policy-topic classifier (Python reference; the .NET evaluation mirrors this).

Inputs, per letter: the TRUE label set T (a subset of {ukraine, gaza, defence, eu}; empty = "other"), the
PREDICTED label set P (same universe; empty = "other"), and whether the classifier ABSTAINED (declined to
label the letter and sent it to a person). An abstained letter is scored as if P were empty: no topic reply is
sent, so it can never be a wrong-topic letter, but it counts as a miss for any true topic it had.

Definitions (N = number of letters scored):
  Classes C = [ukraine, gaza, defence, eu, other]. Each class is one binary decision per letter:
    topic t:  true_t = (t in T),        pred_t = (t in P)
    other:    true_o = (T is empty),    pred_o = (P is empty)
  Per class: TP, FP, FN counted over the N letters;
    F1 = 2*TP / (2*TP + FP + FN); if 2*TP + FP + FN == 0 (class absent from both truth and predictions), F1 = 1.0.
  macro-F1 = unweighted mean of the five per-class F1 values.
  wrong-topic rate = (number of letters with at least one predicted topic NOT in T) / N.
      (A letter whose P contains any topic outside T: e.g. T={} P={defence}, or T={gaza} P={gaza,ukraine}.)
  missed-topic rate = (number of letters with T non-empty and P empty) / N   (informational).
  abstention rate = (number of abstained letters with T non-empty) / (number of letters with T non-empty): the share
      of TOPIC letters the classifier abstained on (0 if there are none; 0 for classifiers that never abstain).
      This matches src/Correspondence.Core/Triage/Learning/TriageMetrics.cs.
  exact-match = (number of letters with P == T) / N  (informational).
Rates are fractions in [0, 1]; reports print them as percentages. (The .NET side rounds to 4 decimals.)
"""

CLASSES = ["ukraine", "gaza", "defence", "eu", "other"]
TOPICS = CLASSES[:4]


def evaluate(true_sets, pred_sets, abstained=None):
    n = len(true_sets)
    if n != len(pred_sets):
        raise ValueError("length mismatch")
    if abstained is None:
        abstained = [False] * n
    pred_sets = [set() if a else set(p) for p, a in zip(pred_sets, abstained)]
    true_sets = [set(t) for t in true_sets]
    f1 = {}
    counts = {}
    for c in CLASSES:
        tp = fp = fn = 0
        for t, p in zip(true_sets, pred_sets):
            if c == "other":
                yt, yp = not t, not p
            else:
                yt, yp = c in t, c in p
            if yt and yp:
                tp += 1
            elif yp:
                fp += 1
            elif yt:
                fn += 1
        d = 2 * tp + fp + fn
        f1[c] = 1.0 if d == 0 else 2 * tp / d
        counts[c] = (tp, fp, fn)
    wrong = sum(1 for t, p in zip(true_sets, pred_sets) if p - t)
    missed = sum(1 for t, p in zip(true_sets, pred_sets) if t and not p)
    exact = sum(1 for t, p in zip(true_sets, pred_sets) if t == p)
    return {
        "n": n,
        "f1": f1,
        "counts": counts,
        "macro_f1": sum(f1.values()) / len(CLASSES),
        "wrong_topic_rate": wrong / n if n else 0.0,
        "missed_topic_rate": missed / n if n else 0.0,
        "abstention_rate": (sum(1 for t, a in zip(true_sets, abstained) if t and a) /
                            max(1, sum(1 for t in true_sets if t))),
        "exact_match": exact / n if n else 0.0,
    }


def mean_results(results):
    """Averages a list of evaluate() results (used for the 5-fold CV mean)."""
    k = len(results)
    out = {"n": sum(r["n"] for r in results),
           "f1": {c: sum(r["f1"][c] for r in results) / k for c in CLASSES}}
    for key in ("macro_f1", "wrong_topic_rate", "missed_topic_rate", "abstention_rate", "exact_match"):
        out[key] = sum(r[key] for r in results) / k
    return out


HEADER = ("%-13s %-15s %5s %8s %7s %6s %7s %6s %6s %7s %7s %7s" %
          ("model", "split", "n", "macro-F1", "ukraine", "gaza", "defence", "eu", "other",
           "wrong%", "missed%", "abst%"))


def format_row(model, split, r):
    f = r["f1"]
    return ("%-13s %-15s %5d %8.3f %7.3f %6.3f %7.3f %6.3f %6.3f %7.2f %7.1f %7.1f" %
            (model, split, r["n"], r["macro_f1"], f["ukraine"], f["gaza"], f["defence"], f["eu"], f["other"],
             100 * r["wrong_topic_rate"], 100 * r["missed_topic_rate"], 100 * r["abstention_rate"]))
