"""Generate a realistic, seeded phone address book for import benchmarks.

Android style: vCard 2.1, CRLF, N/FN as CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE when
they hold non-ASCII text (with soft line breaks after 74 characters), TEL;CELL / TEL;HOME.
iOS style: vCard 3.0, CRLF, item1.TEL + item1.X-ABLabel groups, type=pref, folded base64
PHOTO. About 10% of the contacts are duplicates of earlier ones and about 10% carry a
small photo. Numbers are written the messy ways people type them.

    python benchmarks/generate_addressbook.py --contacts 10000 --style mixed --seed 1 -o book.vcf
"""

from __future__ import annotations

import argparse
import base64
import binascii
import random
import sys
from pathlib import Path

GIVEN = ["Hans", "Jörg", "Özlem", "Anna-Lena", "Jürgen", "Zoë", "Łukasz", "José", "Mia",
         "Ben", "Fatma", "Søren", "Ana", "Noah", "Émilie", "Chen", "Yuki", "Renée", "Kai"]
FAMILY = ["Müller", "Schmidt", "Weiß", "Öztürk", "Groß", "Nowak", "García", "Meier",
          "Schäfer", "Koch", "Dvořák", "Nguyễn", "Becker", "Hoffmann", "O'Brien", "Lee",
          "Müller, Hans", "Straße & Söhne"]
COMPANIES = ["Bäckerei Schulz", "Elektro Meier GmbH", "Praxis Dr. Weiß", "", "", "",
             "Sanitär König KG", "Steuerbüro Lang; Partner"]
IOS_LABELS = ["_$!<Mobile>!$_", "_$!<Home>!$_", "_$!<Work>!$_", "iPhone", "_$!<Other>!$_",
              "Baustelle", "AssistantPhone"]


def messy_number(rng: random.Random) -> str:
    mobile = f"1{rng.choice('567')}{rng.randint(0, 9)}"
    rest = f"{rng.randint(1000000, 99999999)}"
    area = rng.choice(["30", "40", "89", "221", "711", "6221", "3581"])
    local = f"{rng.randint(10000, 9999999)}"
    return rng.choice([
        f"+49 {mobile} {rest}", f"0{mobile}/{rest}", f"0{mobile} {rest[:3]} {rest[3:]}",
        f"(0{area}) {local[:3]} {local[3:]}", f"0{area}-{local}", f"0049 {area} {local}",
        f"+49 (0){area} {local}", f"+1 (650) 555-{rng.randint(1000, 9999)}",
        f"+43 664 {rest}", f"0{mobile}{rest}", f"+41 79 {rest[:3]} {rest[3:5]} {rest[5:7]}",
    ])


def quoted_printable(text: str) -> str:
    encoded = binascii.b2a_qp(text.encode("utf-8"), quotetabs=True).decode("ascii")
    encoded = encoded.replace("=\n", "")
    lines, line = [], ""
    for token in _qp_tokens(encoded):
        if len(line) + len(token) > 73:
            lines.append(line + "=")
            line = ""
        line += token
    lines.append(line)
    return "\r\n".join(lines)


def _qp_tokens(encoded: str) -> list[str]:
    tokens, i = [], 0
    while i < len(encoded):
        step = 3 if encoded[i] == "=" else 1
        tokens.append(encoded[i : i + step])
        i += step
    return tokens


def escape_21(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;")


def escape_30(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str, width: int = 75) -> str:
    if len(line) <= width:
        return line
    parts = [line[:width]] + [line[i : i + width - 1] for i in range(width, len(line), width - 1)]
    return "\r\n ".join(parts)


def android_card(rng: random.Random, person: dict) -> str:
    lines = ["BEGIN:VCARD", "VERSION:2.1"]
    n_value = f"{escape_21(person['family'])};{escape_21(person['given'])};;;"
    fn_value = escape_21(f"{person['given']} {person['family']}")
    if (n_value + fn_value).isascii():
        lines += [f"N:{n_value}", f"FN:{fn_value}"]
    else:
        qp = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        lines += ["N" + qp + quoted_printable(n_value), "FN" + qp + quoted_printable(fn_value)]
    for i, number in enumerate(person["numbers"]):
        kind = rng.choice(["CELL", "HOME", "WORK", "CELL;PREF" if i == 0 else "CELL"])
        lines.append(f"TEL;{kind}:{number}")
    if person["email"]:
        lines.append(f"EMAIL;HOME:{person['email']}")
    if person["company"]:
        org = escape_21(person["company"])
        lines.append(f"ORG:{org}" if org.isascii()
                     else "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + quoted_printable(org))
    if person["photo"]:
        data = base64.b64encode(person["photo"]).decode("ascii")
        lines.append(fold(f"PHOTO;ENCODING=BASE64;JPEG:{data}", 76))
        lines.append("")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def ios_card(rng: random.Random, person: dict) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN",
             f"N:{escape_30(person['family'])};{escape_30(person['given'])};;;",
             f"FN:{escape_30(person['given'] + ' ' + person['family'])}"]
    if person["company"]:
        lines.append(f"ORG:{escape_30(person['company'])};")
    for i, number in enumerate(person["numbers"]):
        if rng.random() < 0.5:
            pref = ";type=pref" if i == 0 else ""
            lines.append(f"TEL;type=CELL;type=VOICE{pref}:{number}")
        else:
            lines.append(f"item{i + 1}.TEL:{number}")
            lines.append(f"item{i + 1}.X-ABLabel:{rng.choice(IOS_LABELS)}")
    if person["email"]:
        lines.append(f"EMAIL;type=INTERNET;type=HOME;type=pref:{person['email']}")
    if person["photo"]:
        data = base64.b64encode(person["photo"]).decode("ascii")
        lines.append(fold(f"PHOTO;ENCODING=b;TYPE=JPEG:{data}"))
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) if not line.startswith("PHOTO") else line
                       for line in lines) + "\r\n"


def generate(contacts: int, style: str, seed: int) -> bytes:
    rng = random.Random(seed)
    people: list[dict] = []
    out: list[str] = []
    for index in range(contacts):
        if people and rng.random() < 0.1:
            person = rng.choice(people)  # a duplicate, as phones and merges produce
        else:
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            person = {
                "given": given, "family": family,
                "numbers": [messy_number(rng) for _ in range(rng.choice((1, 1, 2, 3)))],
                "email": f"{index}@example.org" if rng.random() < 0.4 else "",
                "company": rng.choice(COMPANIES),
                "photo": rng.randbytes(rng.randint(1500, 4500)) if rng.random() < 0.1 else b"",
            }
            people.append(person)
        card_style = style if style != "mixed" else rng.choice(("android", "ios"))
        out.append(android_card(rng, person) if card_style == "android"
                   else ios_card(rng, person))
    return "".join(out).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10000)
    parser.add_argument("--style", choices=("android", "ios", "mixed"), default="mixed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    args.output.write_bytes(generate(args.contacts, args.style, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
