"""Shared helpers for the consent, policy and export tests: events built in memory and
contacts put straight into a vault through the storage layer. (The independent model of
the policy is in test_policy_model.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from contactvault import clock, phones
from contactvault.consent.events import ConsentEvent
from contactvault.model import Category, ParsedContact, RawPhone, StructuredName
from contactvault.vault import contacts as contact_store

NOW = datetime(2026, 6, 15, 12, 0, 0, tzinfo=UTC)

_seq = [0]


def event(kind: str, at: datetime | str, e164: str = "+491711000001", *, eid: int | None = None,
          recorded_at: datetime | str | None = None, basis: str | None = None,
          purpose: str | None = None, with_notice: bool = False) -> ConsentEvent:
    _seq[0] += 1
    at_iso = at if isinstance(at, str) else clock.to_iso(at)
    rec = recorded_at or at
    rec_iso = rec if isinstance(rec, str) else clock.to_iso(rec)
    return ConsentEvent(eid if eid is not None else _seq[0], e164, kind, basis, None, "", "",
                        None, "tester", at_iso, rec_iso, purpose, with_notice)


def days_ago(n: float, now: datetime = NOW) -> datetime:
    return now - timedelta(days=n)


def mobile(e164: str = "+491711000001") -> phones.PhoneNumber:
    return phones.normalise(e164)


@dataclass
class Person:
    contact_id: int
    uid: str
    name: str
    numbers: list[str]


def insert_person(conn, name: str, numbers: list[str], *, category: str = "customer",
                  given: str = "", family: str = "", organisation: str = "",
                  uid: str = "") -> Person:
    """A contact straight through the storage layer (no importer needed)."""
    record = ParsedContact(source_file="(test)", source_line=0, source_format="test",
                           original_text=f"test:{name}:{numbers}", formatted_name=name,
                           name=StructuredName(family=family, given=given),
                           organisation=organisation, phones=[RawPhone(n) for n in numbers],
                           uid=uid)
    parsed = [phones.normalise(n) for n in numbers]
    cid = contact_store.insert_contact(conn, record, parsed, clock.now_iso(),
                                    category=Category(category))
    row_uid = conn.execute("SELECT uid FROM contacts WHERE id = ?", (cid,)).fetchone()[0]
    return Person(cid, row_uid, name, [p.e164 for p in parsed])


def tel_values(vcf_text: str) -> list[str]:
    """The TEL values of an exported file (our writer puts the number last on the line)."""
    return [line.rsplit(":", 1)[1] for line in unfold(vcf_text) if line.startswith("TEL")]


def unfold(text: str) -> list[str]:
    """RFC 6350 §3.2 unfolding, written here independently of the writer."""
    assert "\n" not in text.replace("\r\n", ""), "bare LF in output"
    assert "\r" not in text.replace("\r\n", ""), "bare CR in output"
    lines: list[str] = []
    for physical in text.split("\r\n"):
        if physical.startswith((" ", "\t")) and lines:
            lines[-1] += physical[1:]
        elif physical:
            lines.append(physical)
    return lines


# The business's own details every notice needs before it can be recorded as sent.
COMPANY = {
    "company.name": "Tischlerei Holz GmbH",
    "company.address": "Am Sägewerk 3, 29221 Celle",
    "company.contact": "05141 12345, info@holz.example",
    "dpo.name": "Dr. Dora Datenschutz",
    "dpo.contact": "dsb@holz.example",
    "company.privacy_url": "https://holz.example/datenschutz",
}


def fill_company(where) -> None:
    """Put ``COMPANY`` into the vault's settings through the settings service (audited
    and covered by the chain like any change); ``where``: a Vault or a Context."""
    from contactvault.context import Context
    from contactvault.services import preferences

    preferences.save_settings(where if isinstance(where, Context) else Context(where),
                              COMPANY)


def two_consented_customers(ctx) -> None:
    """The company filled in, and two customers who consented with the notice handed
    over: Anna Adler (0171 1000001) and Bert Berg (0171 1000002) — what a phone may
    hold, for tests of publishing it."""
    from contactvault.services import consent

    fill_company(ctx)
    with ctx.vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
        insert_person(conn, "Bert Berg", ["0171 1000002"])
    for number in ("0171 1000001", "0171 1000002"):
        consent.record_event(ctx, number, "granted", with_notice=True)
