"""Read a vCard file with GNOME Evolution's parser (EBookContacts through PyGObject) and
print what it understood as JSON, one object per card.

Run with the system Python (/usr/bin/python3), which has ``gi``; the project's venv has
not. EDS reads only the first card of a string, so the file is split at every line that
starts a card first — by any line break, so an injected "BEGIN:VCARD" would show up as
an extra card rather than be hidden.
"""

import json
import re
import sys

import gi

gi.require_version("EBookContacts", "1.2")
from gi.repository import EBookContacts  # noqa: E402

with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    text = fh.read()
chunks = [c for c in re.split(r"(?:(?<=\n)|(?<=\r)|^)(?=BEGIN:VCARD)", text) if c.strip()]
cards = []
for chunk in chunks:
    vcard = EBookContacts.VCard.new_from_string(chunk)
    card = {"names": [], "fn": None, "n": None, "tel": []}
    for attr in vcard.get_attributes():
        name = attr.get_name().upper()
        values = attr.get_values()
        card["names"].append(name)
        if name == "FN":
            card["fn"] = ";".join(values)  # more than one value would mean a split FN
            card["fn_values"] = len(values)
        elif name == "N":
            card["n"] = values
        elif name == "TEL":
            card["tel"].append(";".join(values))
    cards.append(card)
json.dump(cards, sys.stdout, ensure_ascii=False)
