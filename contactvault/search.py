"""How "find a contact" works, for the CLI and the GUI alike.

A query with letters is text: it matches a contact when every word of it is found in
the contact's text (names, organisation, e-mails, case-folded), so "kunde 1" looks for
"1" in the name. A query of digits only (with spaces, +, -, /, parentheses) is a
number: its digits must appear in one of the contact's number keys (E.164 without
'+', the national form with its leading 0, the raw digits). So "0171 12" finds
+49 171 12…
Haystacks are built once per contact; a query is then a few ``in`` tests per row.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from contactvault import phones as phone_rules
from contactvault.model import Contact


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def text_haystack(contact: Contact) -> str:
    parts = [contact.display_name(), contact.name.formatted(), contact.organisation,
             contact.title, *(e.value for e in contact.emails)]
    return fold(" ".join(p for p in parts if p))


def digit_haystack(contact: Contact) -> str:
    return " ".join(phone_rules.search_digits(p.e164, p.raw) for p in contact.phones)


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # folded words without digits
    digits: str  # all digits of the query, joined ("0171 12" -> "017112")

    @classmethod
    def parse(cls, text: str) -> Query:
        folded = fold(text).split()
        if any(ch.isalpha() for ch in text):
            return cls(tuple(folded), "")
        return cls((), phone_rules.digits(text))

    @property
    def empty(self) -> bool:
        return not self.words and not self.digits

    def matches(self, text_hay: str, digit_hay: str) -> bool:
        if self.digits and self.digits not in digit_hay:
            return False
        return all(w in text_hay for w in self.words)

    def narrows(self, previous: Query) -> bool:
        """True when every match of self is also a match of ``previous`` (typing on)."""
        return previous.digits in self.digits \
            and all(any(p in w for w in self.words) for p in previous.words)


def filter_contacts(contacts: list[Contact], text: str) -> list[Contact]:
    query = Query.parse(text)
    if query.empty:
        return contacts
    return [c for c in contacts if query.matches(text_haystack(c), digit_haystack(c))]
