"""The one deterministic train/test split and 5-fold assignment used by every evaluation of the corpus.

fold(id) = int(sha256(id as UTF-8).hexdigest(), 16) % 5
  test split  : fold == 0   (about 20%)
  train split : fold != 0
  5-fold CV   : fold k is scored by a model trained on the other four folds, k = 0..4 (fold 0 = the test split).
The .NET evaluation must use the same function (SHA-256 of the UTF-8 id, the digest read as one big-endian
unsigned integer, modulo 5; equivalently the digest bytes reduced mod 5).
"""
import hashlib
import json
import os

TOPICS = ["ukraine", "gaza", "defence", "eu"]


def fold_of(example_id):
    return int(hashlib.sha256(example_id.encode("utf-8")).hexdigest(), 16) % 5


def load_skeletons(jsonl_path):
    """{id: skeleton} from NAME-skeletons.tsv beside NAME.jsonl (letters generated from one skeleton share wording)."""
    path = os.path.splitext(jsonl_path)[0] + "-skeletons.tsv"
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in list(fh)[1:] if line.strip())


def group_fold_of(row, skeletons):
    """Skeleton-held-out fold: fold_of("group:" + skeleton), or of "group:" + id for a letter with no skeleton.
    Same as TrainingExample.GroupFold in .NET."""
    return fold_of("group:" + skeletons.get(row["id"], row["id"]))


def group_folds(rows, k, skeletons):
    """(train rows, scored rows) for skeleton-held-out CV fold k: scored letters' skeletons are never trained on."""
    return ([r for r in rows if group_fold_of(r, skeletons) != k], [r for r in rows if group_fold_of(r, skeletons) == k])


def is_test(example_id):
    return fold_of(example_id) == 0


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            for k in ("id", "subject", "body", "labels"):
                if k not in r:
                    raise ValueError("%s:%d: missing key %r" % (path, n, k))
            bad = [t for t in r["labels"] if t not in TOPICS]
            if bad:
                raise ValueError("%s:%d: unknown labels %r" % (path, n, bad))
            rows.append(r)
    return rows


def load_training(folder):
    """Every *.jsonl in folder except holdout-*.jsonl (as TrainingCorpus.Load in .NET), with their skeleton maps."""
    rows, skeletons = [], {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".jsonl") and not name.lower().startswith("holdout"):
            rows += load_jsonl(os.path.join(folder, name))
            skeletons.update(load_skeletons(os.path.join(folder, name)))
    return rows, skeletons


def select(rows, split):
    """split: 'test' (fold 0), 'train' (folds 1-4), 'all' or 'holdout' (every row of the file)."""
    if split == "test":
        return [r for r in rows if is_test(r["id"])]
    if split == "train":
        return [r for r in rows if not is_test(r["id"])]
    if split in ("all", "holdout"):
        return list(rows)
    raise ValueError("unknown split %r" % split)


def folds(rows, k):
    """(train rows, scored rows) for CV fold k."""
    return [r for r in rows if fold_of(r["id"]) != k], [r for r in rows if fold_of(r["id"]) == k]


def text_of(row):
    """The text every classifier sees: subject, a newline, body."""
    return (row.get("subject") or "") + "\n" + (row.get("body") or "")
