"""What the hand-written training batches (realworld_letters.py, breadth_letters.py, breadth2_letters.py,
breadth3_letters.py) share: collecting their letters, the public's styles the breadth batches use, turning letters
into JSON lines, the checks that fail a batch (duplicate ids or bodies, unknown labels or styles, near copies), and
the counts they print. Standard library only, deterministic."""
import collections
import json
import os
import sys

TOPICS = ["ukraine", "gaza", "defence", "eu"]
SIMILAR = 0.6  # Jaccard similarity of word sets at or above which two letters count as near copies
TRAINING = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "templates", "training")

# Label lists for a batch's W(...) calls: W("email", U, ...) is a Ukraine letter, O an "other" one.
U, G, D, E, O = ["ukraine"], ["gaza"], ["defence"], ["eu"], []


def training_files(*names):
    """Paths of files in templates/training, e.g. the earlier batches a new batch must not nearly copy."""
    return [os.path.join(TRAINING, name) for name in names]

# The styles of public mail the breadth batches are written in (a letter's style must be one of these keys).
PUBLIC_STYLES = {
    "petition": "UK Parliament e-petition: title, 'We want the Government to...' / 'The Government should...', 'More details'",
    "paper": "Hansard-style public (paper) petition: 'The petition of residents of ... declares that ...'",
    "devolved": "Scottish Parliament or Senedd petition",
    "editor": "letter to the editor ('SIR - ...')",
    "template": "campaign 'write to your MP' template letter",
    "campaign": "38 Degrees / change.org style petition text",
    "angry": "short angry email or one-liner",
    "personal": "long personal letter with the writer's own story",
    "older": "older wording (1980s to 2010s): typed letters, early e-mail, period issues",
    "email": "ordinary short email to the MP",
    "org": "formal letter from an organisation, charity, business, union, faith group or council",
}


def collector():
    """A batch's letters and its W(style, labels, subject, body, note=None), which appends one letter to them.
    labels is a subset of TOPICS ([] = other); the note, when given, says why a label needed judgement."""
    letters = []

    def W(style, labels, subject, body, note=None):
        letters.append((style, list(labels), subject, body.strip(), note))
    return letters, W


def rows(letters, prefix):
    """(style, row) per letter, with ids PREFIX0001... in order; labels sorted in TOPICS order."""
    out = []
    for i, (style, labels, subject, body, note) in enumerate(letters, start=1):
        row = {"id": "%s%04d" % (prefix, i), "subject": subject, "body": body,
               "labels": sorted(labels, key=TOPICS.index)}
        if note:
            row["note"] = note
        out.append((style, row))
    return out


def words(text):
    return set("".join(c.lower() if c.isalnum() else " " for c in text).split())


def similar(x, y):
    return len(x) > 5 and len(y) > 5 and len(x & y) / len(x | y) >= SIMILAR


def normalized_body(body):
    return " ".join(body.lower().split())


def earlier_letters(paths):
    """(id, word set, normalized body) of every letter in earlier JSON-lines files."""
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    out.append((r["id"], words(r["subject"] + " " + r["body"]), normalized_body(r["body"])))
    return out


def check(items, name, styles, earlier=()):
    """Fails loudly on duplicate ids, repeated bodies, unknown labels/styles, empty fields, near copies within the
    batch, and repeats or near copies of a letter in EARLIER (from earlier_letters)."""
    problems = []
    ids = collections.Counter(r["id"] for _, r in items)
    problems += ["duplicate id %s" % k for k, n in ids.items() if n > 1]
    bodies = collections.Counter(normalized_body(r["body"]) for _, r in items)
    problems += ["duplicate body: %r" % k[:60] for k, n in bodies.items() if n > 1]
    for style, r in items:
        if style not in styles:
            problems.append("%s: unknown style %r" % (r["id"], style))
        if any(t not in TOPICS for t in r["labels"]) or len(set(r["labels"])) != len(r["labels"]):
            problems.append("%s: bad labels %r" % (r["id"], r["labels"]))
        if not r["subject"].strip() or not r["body"].strip():
            problems.append("%s: empty subject or body" % r["id"])
    # Near copies: most words must differ letter to letter.
    sets = [(r["id"], words(r["subject"] + " " + r["body"])) for _, r in items]
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            if similar(sets[a][1], sets[b][1]):
                problems.append("near copy: %s and %s" % (sets[a][0], sets[b][0]))
    for _, r in items:
        mine, body = words(r["subject"] + " " + r["body"]), normalized_body(r["body"])
        for other_id, theirs, other_body in earlier:
            if body == other_body or similar(mine, theirs):
                problems.append("near copy of an earlier letter: %s and %s" % (r["id"], other_id))
    if problems:
        sys.exit("%s letters: %s" % (name, "; ".join(problems)))


def report(items, name, styles):
    labels = collections.Counter()
    combos = collections.Counter()
    counts = collections.Counter()
    by_style = collections.defaultdict(collections.Counter)
    notes = 0
    for style, r in items:
        key = "+".join(r["labels"]) or "other"
        combos[key] += 1
        counts[style] += 1
        by_style[style]["topic" if r["labels"] else "other"] += 1
        for t in r["labels"] or ["other"]:
            labels[t] += 1
        notes += "note" in r
    n = len(items)
    print("%s.jsonl: %d letters (%d with a note)" % (name, n, notes))
    print("per label (a multi-label letter counts once per topic): " + ", ".join(
        "%s %d" % (k, labels[k]) for k in ["other"] + TOPICS) + ", multi-label %d" % sum(
        v for k, v in combos.items() if "+" in k))
    print("other share: %.1f%%" % (100.0 * combos["other"] / n))
    print("combinations: " + ", ".join("%s %d" % kv for kv in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("per style (topic/other): " + ", ".join(
        "%s %d (%d/%d)" % (s, counts[s], by_style[s]["topic"], by_style[s]["other"]) for s in styles))


def write(items, out):
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for _, r in items:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
