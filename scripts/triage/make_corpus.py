#!/usr/bin/python3
"""Writes the labelled training corpus for the policy-topic classifier.

Usage: /usr/bin/python3 scripts/triage/make_corpus.py

Outputs (relative to the repository root):
  templates/training/corpus.jsonl            generated from hand-written letter skeletons
  templates/training/corpus-skeletons.tsv     which skeleton each corpus letter came from (skeleton-held-out CV)
  templates/training/extra.jsonl              hand-written training letters (extra_letters.py), mostly hard negatives
  templates/training/holdout-realistic.jsonl  hand-written letters, NOT generated from the skeletons

Standard library only; the random seed is fixed, so the output is byte-for-byte reproducible.

The skeletons live in skel_topics.py (ukraine, gaza, defence, eu and multi-label letters) and
skel_other.py (everything else). The holdout letters live in holdout_letters.py and are written
independently of the skeletons. See templates/training/README.md for the labelling rule.

Skeleton format: a block starts with a header line
    === WEIGHT [FLAGS] | subject one || subject two || ...
followed by the body. WEIGHT is the relative number of letters made from the skeleton.
FLAGS: raw  - the body already has its own greeting/sign-off (or none): do not wrap it;
       camp - campaign text: near-identical letters, formal wrapping, sometimes a tool footer;
       short - casual wrapping (or none).
Inside subjects and bodies, {a|b|c} picks one alternative (an empty alternative is allowed) and
{slot} fills a per-letter value (name, postcode, town ...; see SLOTS below).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import skel_topics  # noqa: E402
import skel_other  # noqa: E402
import holdout_letters  # noqa: E402
import extra_letters  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "templates", "training")
SEED = 20261128
TOPICS = ["ukraine", "gaza", "defence", "eu"]

# Target letter counts per label set. About 60% other; multi-label about 8% of topic mail.
TARGETS = {
    (): 2250,
    ("ukraine",): 320,
    ("gaza",): 340,
    ("defence",): 310,
    ("eu",): 300,
}
MULTI_TOTAL = 115

FIRST = """Margaret David Sarah James Emma Mohammed Priya Tom Olena Andrii Fatima Gareth Siobhan Aisha Peter Helen
Kwame Joanna Daniel Rachel Iwan Niamh Hamza Chloe Richard Susan Oksana Yusuf Wojciech Agnieszka Colin Brenda Raj Sunita
Ahmed Leila Kevin Dawn Martin Julie Graham Ruth Simon Alison Stuart Bernadette Dominic Imran Zainab Tariq Hannah Lewis
Amir Noor Eleanor Callum Megan Jack Ellie Dylan Rhiannon Bethan Hywel Fiona Alasdair Morag Declan Aoife Connor Mary
Barry Pauline Trevor Sandra Gordon Lorraine Nigel Jean Malcolm Sheila Derek Ann Keith Christine Ivan Natalia Dmytro
Yulia Kateryna Maksym Samir Hana Layla Omar Rania Adebayo Chioma Femi Grace Tendai Kofi Lin Wei Mei Hiroshi Anjali
Harpreet Gurpreet Manjit Sanjay Deepa Kieran Stacey Jade Liam Shannon Kayleigh Rhys Owain Ffion Tegan Isla Ruairidh
Jo Sam Alex Chris Pat Robin""".split()
SURNAME = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood
Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan Hughes Edwards Hill Moore
Clark Harrison Scott Young Morris Hall Ward Turner Carter Phillips Mitchell Patel Khan Ali Hussain Begum Shah Ahmed
Singh Kaur Sharma Okafor Adeyemi Mensah Nowak Kowalski Wiśniewski Kovalenko Shevchenko Bondarenko Melnyk Tkachenko
Haddad Khalil Nasser Mansour Cohen Levy Goldberg Friedman O'Brien Murphy Kelly McLaughlin Doyle Campbell MacDonald
Stewart Fraser Reid Ross Paterson Price Powell Pritchard Rees Jenkins Owen Llewellyn Chen Wong Nguyen Kim Tanaka
Osei Boateng Achterberg Rossi Ferreira Santos Costa Novak Horvat Popescu Ivanova Petrov""".split()
TOWNS = """Stafford Stone Penkridge Rugeley Cannock Wolverhampton Walsall Lichfield Tamworth Burton Leek Uttoxeter
Newcastle-under-Lyme Hanley Longton Eccleshall Gnosall Hednesford Brewood Cheadle Kidsgrove Biddulph Shifnal Telford
Wellington Market Drayton Whitchurch Derby Leicester Nottingham Coventry Bristol Cardiff Swansea Leeds Sheffield
Manchester Salford Bolton Wigan Preston Lancaster Hull York Durham Sunderland Gateshead Norwich Ipswich Colchester
Chelmsford Luton Reading Oxford Swindon Exeter Plymouth Truro Brighton Hastings Canterbury Maidstone Southampton
Portsmouth Bournemouth Glasgow Edinburgh Dundee Aberdeen Inverness Belfast Derry Newry Wrexham Bangor Aberystwyth
Islington Hackney Lewisham Croydon Walthamstow Tottenham Ealing Brixton""".split()
STREETS = """Church Street|Station Road|Victoria Road|Mill Lane|Park Avenue|The Crescent|Queens Road|High Street|
Meadow Way|Oak Close|Beech Grove|Newport Road|Corporation Street|Lichfield Road|Wolverhampton Road|Castle Street|
Stone Road|Brook Lane|Windsor Drive|Kings Avenue|Manor Road|Green Lane|Orchard Close|Chapel Street|Albert Terrace|
Greengate Street|Foregate Street|Tixall Road|Riverway|Sandon Road|Rowley Avenue|Moss Pit|Silkmore Lane|Holmcroft Road|
Peel Terrace|Marston Road|Weston Road|Beaconside|Baswich Lane|Wildwood Drive|Elm Tree Walk|Cherry Tree Avenue""".replace("\n", "").split("|")
POSTCODE_AREAS = ("ST ST ST ST WS WV B M LS CF SA S NG LE CV BS OX YO HU NE SR DH PL EX TR BN CT ME SO PO DE WF BD "
                  "PR L CH WA SK G EH AB DD BT LL SY N E SE SW NW W IP NR CO CM LU RG SN").split()
MP_NAMES = ["Ms Hartley", "Mr Mason", "Mrs Okafor", "Ms Bailey", "Mr Ellison", "Dr Chowdhury", "Ms Pryce",
            "Mr Whitfield", "Ms Adebayo-Clarke", "Mr Rowe"]
COUNCILS = ["Stafford Borough Council", "the council", "Staffordshire County Council", "the County Council",
            "Cannock Chase Council", "the borough council", "the local authority", "Highways"]
HOSPITALS = ["County Hospital", "Royal Stoke", "the County", "New Cross", "Queen's Hospital", "the Royal Infirmary",
             "St Mary's", "the General"]
SCHOOLS = ["Walton High", "St Dominic's", "Sir Graham Balfour", "Blessed William Howard", "King Edward VI",
           "the local primary", "Flash Ley Primary", "Tillington Manor", "Castlechurch Primary"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVES = ["son", "daughter", "husband", "wife", "mother", "father", "partner", "grandson", "granddaughter",
             "brother", "sister"]

GENERIC_SUBJECTS = ["", "(no subject)", "Letter from a constituent", "Constituent letter", "Urgent", "Please read",
                    "Your constituent", "A constituent writes", "Important", "Query", "For the attention of the MP",
                    "Message for the MP", "Hello", "Email to my MP", "Request", "Concern", "Please help",
                    "From a constituent in {town}", "Constituent - {postcode}", "{name}"]

FOOTERS = [
    "This email was sent using the {orgtool} write-to-your-MP tool. The sender has confirmed they live in your "
    "constituency. Replies go directly to the constituent.",
    "Sent via the online action at {orgtool}. Please reply to the constituent directly at the email address above.",
    "--\nThis message was sent through WriteToThem.com. The sender's postcode was checked against your constituency.",
    "This message was generated by an online campaign. The constituent has added their own details above.",
    "You are receiving this email because a constituent used {orgtool}'s campaign page. Unsubscribe is not "
    "available for messages from constituents.",
]
ORG_TOOLS = ["38 Degrees", "the campaign's", "Action Network", "our supporters'", "the charity's", "a petition site's",
             "the e-action", "the online"]

# Topic-neutral sentences added around bodies of every class (so they carry no label signal).
OPENERS = [
    "I hope this finds you well.",
    "I have lived in {town} for {years} years and this is the first time I have ever written to my MP.",
    "I am writing to you as one of your constituents.",
    "Apologies in advance for the long email.",
    "I know you must receive a great many emails, so I will try to keep this brief.",
    "I am a {age}-year-old {retired teacher|nurse|self-employed electrician|student|mum of two|grandmother|lorry driver|"
    "shop worker|care worker|civil servant|pensioner|small business owner|father of three} living in {town}.",
    "I voted for you at the last election.",
    "I did not vote for you, but you are my MP and I expect you to listen.",
    "Further to my previous email, which has not yet been answered:",
    "I've never done this before so bear with me.",
    "My name is {name} and I live on {street}.",
    "I'm writing after a lot of thought.",
]
CLOSERS = [
    "I look forward to your reply.",
    "I would be grateful for a response at your earliest convenience.",
    "Thank you for taking the time to read this.",
    "Please do not send me a standard reply.",
    "I would appreciate a personal response rather than a template.",
    "I am happy to come to one of your surgeries if that would help.",
    "Please acknowledge receipt of this email.",
    "Thank you in advance.",
    "I hope you will take this seriously.",
    "Many thanks for all you do.",
]
PS_LINES = [
    "P.S. The streetlight outside number {house} has been out for weeks too, if anyone is listening.",
    "PS sorry for any typos, writing this on my phone.",
    "P.S. Thank you for the help your office gave my {rel} last year.",
    "PS my {rel} asked me to add that they agree.",
    "P.S. Please update my email address on your records.",
]

QUOTED = {
    "ukraine": [
        "Thank you for contacting me about Ukraine. Russia's attack on Ukraine signals a new period of global "
        "conflict. I have been clear that we should go on supporting arms, aid and training for Ukraine.",
        "Thank you for your email about the war in Ukraine. I was in Kyiv until 36 hours before the bombs dropped "
        "and I remain committed to solidarity with the Ukrainian people.",
    ],
    "gaza": [
        "Thank you for writing to me about the situation in Gaza. I called back in October for an immediate "
        "ceasefire, the unconditional return of Israeli hostages and a de-escalation strategy.",
        "Thank you for your email about Israel and Gaza. I support the earliest possible recognition of the "
        "Palestinian state by the UK.",
    ],
    "defence": [
        "Thank you for contacting me about defence. I want to see the UK's armed forces well funded to meet the "
        "new situation.",
        "Thank you for your email about NATO and the nuclear deterrent. I pushed for the party to declare its "
        "commitment to NATO unshakeable.",
    ],
    "eu": [
        "Thank you for contacting me about our relationship with the European Union. I opposed Brexit and support "
        "plans for a security pact with the EU.",
        "Thank you for your email about the EU. I have worked with European partners to promote democratic values.",
    ],
    "other": [
        "Thank you for your email. I have raised this with {council} and will be in touch when I receive a reply.",
        "Thank you for contacting the office. Could you please confirm your full postal address so that we can "
        "take up your case?",
        "Thank you for getting in touch. I have written to the relevant department on your behalf and will forward "
        "their response as soon as it arrives.",
        "Thank you for your email. The MP has asked me to reply on her behalf. We have contacted the service "
        "concerned and are awaiting a response.",
        "Many thanks for your message, which has been logged. A caseworker will contact you shortly.",
    ],
}


class Filler:
    """Fills {slot} and {a|b} markers with per-letter values."""

    def __init__(self, rng):
        self.rng = rng
        r = rng
        first = r.choice(FIRST)
        surname = r.choice(SURNAME)
        self.v = {
            "first": first,
            "surname": surname,
            "name": first + " " + surname,
            "town": r.choice(TOWNS),
            "street": r.choice(STREETS),
            "house": str(r.randint(1, 180)),
            "postcode": make_postcode(r),
            "mp": r.choice(MP_NAMES),
            "age": str(r.randint(19, 91)),
            "n2": str(r.randint(2, 9)),
            "years": str(r.randint(6, 45)),
            "weeks": str(r.randint(3, 30)),
            "month": r.choice(MONTHS),
            "weekday": r.choice(WEEKDAYS),
            "day": str(r.randint(1, 28)),
            "council": r.choice(COUNCILS),
            "hospital": r.choice(HOSPITALS),
            "school": r.choice(SCHOOLS),
            "rel": r.choice(RELATIVES),
            "amount": "£" + str(r.choice([35, 60, 84, 120, 150, 240, 312, 400, 650, 900, 1200, 1850, 2400])),
            "bus": str(r.choice([1, 3, 4, 6, 8, 9, 12, 15, 22, 36, 101, 825, 841, "X7", "X64"])),
            "orgtool": r.choice(ORG_TOOLS),
            "ref": "%s%06d" % (r.choice(["CAS-", "REF ", "HO ", "UC/", "GWF0", "", "Case "]), r.randint(1000, 999999)),
        }

    def fill(self, text):
        def rep(m):
            inner = m.group(1)
            if "|" in inner:
                return self.rng.choice(inner.split("|"))
            if inner in self.v:
                return self.v[inner]
            raise KeyError("unknown slot {%s} in: %s" % (inner, text[:80]))
        prev = None
        while prev != text:  # allows a slot inside an alternative
            prev = text
            text = re.sub(r"\{([^{}]*)\}", rep, text)
        return text


def make_postcode(r):
    area = r.choice(POSTCODE_AREAS)
    district = str(r.randint(1, 20 if len(area) == 2 else 9))
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return "%s%s %d%s%s" % (area, district, r.randint(1, 9), r.choice(letters), r.choice(letters))


def parse_skeletons(text):
    """Returns a list of (weight, flags, [subjects], body)."""
    out = []
    blocks = re.split(r"^=== ", text.strip("\n"), flags=re.M)
    for block in blocks:
        if not block.strip():
            continue
        header, _, body = block.partition("\n")
        meta, _, subjects = header.partition(" | ")
        parts = meta.split()
        weight = float(parts[0])
        flags = set(parts[1:])
        subs = [s.strip() for s in subjects.split("||")] if subjects.strip() else [""]
        out.append((weight, flags, subs, body.strip("\n")))
    return out


def add_typos(rng, text, n):
    """Introduces n simple typing errors (swap, drop or double a letter) in words of 4+ letters."""
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text
    chars = list(text)
    for m in rng.sample(words, min(n, len(words))):
        i = rng.randint(m.start() + 1, m.end() - 2)
        kind = rng.random()
        if kind < 0.4:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif kind < 0.7:
            chars[i] = ""
        else:
            chars[i] = chars[i] * 2
    return "".join(chars)


def wrap(rng, f, flags, body, label_key):
    """Adds greeting, sign-off, signature, footer and quoted text according to the skeleton's register."""
    if "raw" in flags:
        return body
    if "camp" in flags:
        style = rng.choices(["formal", "plain", "formal_addr"], [4, 2, 3])[0]
    elif "short" in flags:
        style = rng.choices(["casual", "none", "plain", "formal"], [4, 4, 2, 1])[0]
    else:
        style = rng.choices(["formal", "formal_addr", "casual", "plain", "none"], [4, 3, 3, 2, 1])[0]

    greet = {
        "formal": rng.choice(["Dear {mp},", "Dear {mp}", "Dear Sir or Madam,", "Dear MP,", "Dear Member of Parliament,"]),
        "formal_addr": rng.choice(["Dear {mp},", "Dear {mp}", "Dear MP,"]),
        "casual": rng.choice(["Hi,", "Hello,", "Hi there", "Hello {mp},", "Good morning,", "Good afternoon",
                              "To whom it may concern,", "{mp}", "Dear all,"]),
        "plain": rng.choice(["Dear MP", "Dear {mp},", "MP,"]),
        "none": "",
    }[style]
    close = {
        "formal": rng.choice(["Yours sincerely,\n{name}", "Yours sincerely\n\n{name}\n{postcode}",
                              "Yours faithfully,\n{name}", "Kind regards,\n{name}\n{house} {street}, {town} {postcode}",
                              "Best wishes,\n{name}", "Regards\n{name}"]),
        "formal_addr": rng.choice(["Yours sincerely,\n\n{name}\n{house} {street}\n{town}\n{postcode}",
                                   "Yours sincerely\n{name}\n{house} {street}\n{town} {postcode}",
                                   "Kind regards,\n{name}\n{house} {street}\n{postcode}"]),
        "casual": rng.choice(["Thanks\n{first}", "Cheers, {first}", "Thanks,\n{name}", "Regards {first}",
                              "{first}\n\nSent from my iPhone", "Thanks in advance\n{name} ({postcode})",
                              "Many thanks\n{first} {surname}", "Best\n{first}", "{name}"]),
        "plain": rng.choice(["{name}\n{postcode}", "{name}", "Regards,\n{name}, {postcode}", "{name}, {town}"]),
        "none": rng.choice(["", "", "Sent from my iPhone", "Sent from my Galaxy", "{first}", "- {name}"]),
    }[style]
    if rng.random() < 0.3:
        body = f.fill(rng.choice(OPENERS)) + rng.choice([" ", "\n\n"]) + body
    if rng.random() < 0.3:
        body = body + rng.choice([" ", "\n\n"]) + f.fill(rng.choice(CLOSERS))
    out = []
    if greet:
        out.append(f.fill(greet))
    out.append(body)
    if close:
        out.append(f.fill(close))
    text = "\n\n".join(out)
    if rng.random() < 0.05:
        text += "\n\n" + f.fill(rng.choice(PS_LINES))
    if "camp" in flags and rng.random() < 0.35:
        text += "\n\n" + f.fill(rng.choice(FOOTERS))
    return text


def quote_block(rng, f, label_key):
    q = f.fill(rng.choice(QUOTED[label_key]))
    lines = ["> " + q]
    head = rng.choice([
        "On {day} {month}, {mp} <mp.office@parliament.uk> wrote:",
        "-----Original Message-----\nFrom: {mp}\nSent: {day} {month}\nSubject: Your email",
        "From: Office of {mp}\nSent: {weekday} {day} {month}",
    ])
    if head.startswith("On"):
        return f.fill(head) + "\n" + "\n".join(lines)
    return f.fill(head) + "\n\n" + q


def build_letter(rng, skel, label_key):
    weight, flags, subjects, body = skel
    f = Filler(rng)
    text = f.fill(body)
    if rng.random() < (0.18 if "short" in flags else 0.1):
        text = add_typos(rng, text, rng.randint(1, 3))
    if "short" in flags and rng.random() < 0.05:
        text = text.upper()
    text = wrap(rng, f, flags, text, label_key)
    if rng.random() < 0.12 and "raw" not in flags:
        subject = f.fill(rng.choice(GENERIC_SUBJECTS))
    else:
        subject = f.fill(rng.choice(subjects))
    p = rng.random()
    if p < 0.06:
        subject = "Re: " + subject
        text += "\n\n" + quote_block(rng, f, label_key)
    elif p < 0.08:
        subject = "RE: " + subject
    elif p < 0.10 and "camp" in flags:
        subject = "Fwd: " + subject
        text = ("---------- Forwarded message ---------\nFrom: {}\nSubject: {}\n\n".format(f.v["name"], subject[5:])
                + text)
    if rng.random() < 0.02:
        text = text.replace("\n\n", "\n")
    return subject.strip(), text.strip()


def allocate(skels, total, rng):
    """Spreads `total` letters over the skeletons in proportion to their weights (every skeleton used)."""
    wsum = sum(s[0] for s in skels)
    counts = [max(1, int(total * s[0] / wsum)) for s in skels]
    i = 0
    order = list(range(len(skels)))
    rng.shuffle(order)
    while sum(counts) < total:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts) > total:
        j = order[i % len(order)]
        if counts[j] > 1:
            counts[j] -= 1
        i += 1
    return counts


def make_corpus():
    rng = random.Random(SEED)
    groups = []  # (labels tuple, skeleton list, total)
    groups.append(((), parse_skeletons(skel_other.OTHER), TARGETS[()]))
    for t in TOPICS:
        groups.append(((t,), parse_skeletons(getattr(skel_topics, t.upper())), TARGETS[(t,)]))
    multi = skel_topics.MULTI  # list of (labels, skeleton text)
    multi_skels = []
    for labels, text in multi:
        for s in parse_skeletons(text):
            multi_skels.append((tuple(sorted(labels, key=TOPICS.index)), s))
    rows = []
    for labels, skels, total in groups:
        counts = allocate(skels, total, rng)
        key = labels[0] if labels else "other"
        for k, (skel, n) in enumerate(zip(skels, counts)):
            for _ in range(n):
                subj, body = build_letter(rng, skel, key)
                rows.append((subj, body, list(labels), "%s-%03d" % (key, k)))
    counts = allocate([s for _, s in multi_skels], MULTI_TOTAL, rng)
    for k, ((labels, skel), n) in enumerate(zip(multi_skels, counts)):
        for _ in range(n):
            subj, body = build_letter(rng, skel, labels[0])
            rows.append((subj, body, list(labels), "multi-%03d" % k))
    rng.shuffle(rows)
    out, skeletons = [], []
    for i, (subj, body, labels, skel) in enumerate(rows):
        out.append({"id": "c%05d" % (i + 1), "subject": subj, "body": body, "labels": labels})
        skeletons.append((out[-1]["id"], skel))
    return out, skeletons


def make_holdout():
    out = []
    for i, (labels, subject, body) in enumerate(holdout_letters.LETTERS):
        out.append({"id": "h%04d" % (i + 1), "subject": subject.strip(), "body": body.strip("\n"),
                    "labels": sorted(labels, key=TOPICS.index)})
    return out


def make_extra():
    return [{"id": "x%04d" % (i + 1), "subject": subject.strip(), "body": body.strip("\n"),
             "labels": sorted(labels, key=TOPICS.index)} for i, (labels, subject, body) in enumerate(extra_letters.LETTERS)]


def check(rows, name):
    ids = set()
    for r in rows:
        assert set(r) == {"id", "subject", "body", "labels"}, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert all(t in TOPICS for t in r["labels"]), r
        assert len(set(r["labels"])) == len(r["labels"]), r
        assert "{" not in r["body"] or "}" not in r["body"], (name, r["body"][:200])


def write(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(rows):
    from collections import Counter
    c = Counter()
    for r in rows:
        if not r["labels"]:
            c["other"] += 1
        for t in r["labels"]:
            c[t] += 1
        if len(r["labels"]) > 1:
            c["multi-label"] += 1
    return c


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    corpus, skeletons = make_corpus()
    holdout = make_holdout()
    extra = make_extra()
    check(corpus, "corpus")
    check(extra, "extra")
    check(holdout, "holdout")
    write(corpus, os.path.join(OUT_DIR, "corpus.jsonl"))
    write(holdout, os.path.join(OUT_DIR, "holdout-realistic.jsonl"))
    write(extra, os.path.join(OUT_DIR, "extra.jsonl"))
    # Which skeleton each letter came from: for skeleton-held-out cross-validation (scripts/triage/split.py).
    with open(os.path.join(OUT_DIR, "corpus-skeletons.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("id\tskeleton\n")
        for i, k in skeletons:
            fh.write("%s\t%s\n" % (i, k))
    for name, rows in (("corpus.jsonl", corpus), ("extra.jsonl", extra), ("holdout-realistic.jsonl", holdout)):
        c = summary(rows)
        print("%s: %d letters; " % (name, len(rows)) + ", ".join(
            "%s %d" % (k, c[k]) for k in ["other", "ukraine", "gaza", "defence", "eu", "multi-label"]))


if __name__ == "__main__":
    main()
