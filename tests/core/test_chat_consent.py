"""Consent proposed from exported WhatsApp chats (chats/consent.py) and applied through
the consent service (services/chat_consent.py): each format and trap the issue names,
written here, against a real vault."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from contactvault import errors, phones
from contactvault.chats.consent import ChatFlag, Check
from contactvault.consent.events import EventKind
from contactvault.context import Context
from contactvault.services import chat_consent
from contactvault.services import consent as consent_service
from contactvault.services import evidence as evidence_service
from contactvault.vault import contacts as contact_store
from tests.core.consent_helpers import fill_company, insert_person

NNBSP = "\u202f"
LRM = "\u200e"
ANNA = "+491711000001"
YES_DE = "Ja, ich will via WhatsApp mit Ihnen kommunizieren"
REVOKE_DE = "Widerruf der Einwilligung, ich möchte nicht über WhatsApp kommunizieren"
CLOCK = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.fixture
def office(vault):
    fill_company(vault)
    ctx = Context(vault, actor="Büro Kunz", clock=lambda: CLOCK)
    with vault.transaction() as conn:
        anna = insert_person(conn, "Anna Schmidt", [ANNA])
        from contactvault import audit
        audit.record(conn, "contact.add", actor="test", at=ctx.now_iso(),
                     subject=str(anna.contact_id))
    return ctx, anna


def notice_text(ctx: Context, language: str = "de") -> str:
    return consent_service.render_notice(ctx, language).text


EDITED_YES = ("Ja, ich will via Whats-App mit Ihnen kommunizieren "
              "<Diese Nachricht wurde bearbeitet>")


def android_de(notice: str, *, sender: str = "Anna Schmidt", answer: str = EDITED_YES) -> str:
    lines = [
        "29.11.26, 14:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand "
        "außerhalb dieses Chats kann sie lesen.",
        f"29.11.26, 14:05 - {sender}: Guten Tag, ist der Termin am 3.12. noch frei?",
        f"29.11.26, 14:07 - Malerbetrieb Kunz: {notice}",
        f"29.11.26, 14:20 - {sender}: {answer}",
        "29.11.26, 14:21 - Malerbetrieb Kunz: Ja",
    ]
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str, name: str = "WhatsApp Chat mit Anna Schmidt.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def kinds(found) -> list[str]:
    return [p.kind.value for p in found.proposals]


def test_german_android_chat_proposes_the_procedure(office, tmp_path):
    ctx, _ = office
    path = write(tmp_path, android_de(notice_text(ctx)))
    found = chat_consent.scan(path)
    assert (found.business, found.partner) == ("Malerbetrieb Kunz", "Anna Schmidt")
    assert kinds(found) == ["implied", "notice_sent", "granted"]
    implied, notice, granted = found.proposals
    assert implied.line == 2 and implied.time.isoformat() == "2026-11-29T14:05:00+01:00"
    assert notice.notice_version == "notice/de/standard/2" and notice.notice_tag == "CV-N2-de"
    assert notice.reason == "notice_tag" and "CV-N2-de" in notice.why()
    assert granted.notice_version == "notice/de/standard/2" and not granted.checks
    assert "<Diese Nachricht wurde bearbeitet>" in granted.verbatim  # kept verbatim
    assert found.flags == []
    # the business's own "Ja" and its notice (which holds both phrases) propose nothing
    assert all(p.line != 5 for p in found.proposals)
    again = chat_consent.scan(path)
    assert [p.id for p in again.proposals] == [p.id for p in found.proposals]
    assert len({p.id for p in found.proposals}) == 3


def test_notice_recognised_by_its_full_text_without_the_tag(office, tmp_path):
    ctx, _ = office
    text = notice_text(ctx).replace("[CV-N2-de]", "")
    found = chat_consent.scan(write(tmp_path, android_de(text)))
    notice = found.proposals[1]
    assert notice.kind is EventKind.NOTICE_SENT and notice.reason == "notice_text"
    assert notice.notice_version == "notice/de/standard/2"


def test_bare_ja_and_a_quoted_phrase_in_a_longer_message(office, tmp_path):
    ctx, _ = office
    bare = chat_consent.scan(write(tmp_path, android_de(notice_text(ctx), answer="Ja")))
    assert kinds(bare) == ["implied", "notice_sent"]
    quoted = chat_consent.scan(write(tmp_path, android_de(
        notice_text(ctx), answer=f"Muss ich wirklich \u201e{YES_DE}\u201c schreiben? "
                                 "Ich überlege noch."), "quoted.txt"),
        business="Malerbetrieb Kunz")
    granted = quoted.proposals[-1]
    assert granted.kind is EventKind.GRANTED and granted.checks == {Check.QUOTED}
    # never accepted wholesale
    assert granted not in chat_consent.selected(quoted, None)
    plain = chat_consent.scan(write(tmp_path, android_de(
        notice_text(ctx), answer=f"Hallo! {YES_DE.lower()}. Danke"), "plain.txt"),
        business="Malerbetrieb Kunz")
    assert plain.proposals[-1].kind is EventKind.GRANTED and not plain.proposals[-1].checks


@pytest.mark.parametrize("answer,checks", [
    (REVOKE_DE, set()), ("Widerruf", set()), ("STOP", set()), ("stopp bitte", set()),
    ("Was passiert bei einem Widerruf?", {Check.QUESTION})])
def test_revocations(office, tmp_path, answer, checks):
    ctx, _ = office
    found = chat_consent.scan(write(tmp_path, android_de(notice_text(ctx), answer=answer)))
    revoked = found.proposals[-1]
    assert revoked.kind is EventKind.REVOKED and revoked.checks == checks


def test_a_word_stop_inside_english_text_is_no_revocation(office, tmp_path):
    ctx, _ = office
    found = chat_consent.scan(write(tmp_path, android_de(
        notice_text(ctx), answer="I will stop by tomorrow")))
    assert kinds(found) == ["implied", "notice_sent"]


@pytest.mark.parametrize("answer", [
    "Wo finde ich die Widerrufsbelehrung?", "Danke, das Widerrufsrecht habe ich gelesen."])
def test_words_built_on_widerruf_are_no_revocation(office, tmp_path, answer):
    ctx, _ = office
    found = chat_consent.scan(write(tmp_path, android_de(notice_text(ctx), answer=answer)))
    assert kinds(found) == ["implied", "notice_sent"]


@pytest.mark.parametrize("answer", ["Ich widerrufe meine Einwilligung.",
                                    "Hiermit widerrufen wir die Einwilligung"])
def test_the_verb_widerrufen_is_a_revocation(office, tmp_path, answer):
    ctx, _ = office
    found = chat_consent.scan(write(tmp_path, android_de(notice_text(ctx), answer=answer)))
    assert found.proposals[-1].kind is EventKind.REVOKED


def test_chat_started_by_the_business_and_a_late_notice(office, tmp_path):
    ctx, _ = office
    notice = notice_text(ctx)
    text = ("29.11.26, 09:00 - Malerbetrieb Kunz: Guten Tag, Ihr Angebot ist fertig.\n"
            "29.11.26, 10:00 - Anna Schmidt: Danke\n"
            f"01.12.26, 10:00 - Malerbetrieb Kunz: {notice}\n"
            f"01.12.26, 11:00 - Anna Schmidt: {YES_DE}\n")
    found = chat_consent.scan(write(tmp_path, text))
    assert kinds(found) == ["notice_sent", "granted"]  # no consent by conduct
    assert [f.flag for f in found.flags] == [ChatFlag.BUSINESS_STARTED, ChatFlag.NOTICE_LATE]
    assert "The business wrote first (29 Nov 2026, 09:00)" in found.flags[0].describe()


def test_ios_english_12_hour_with_marks_and_encryption_notice(office, tmp_path):
    ctx, _ = office
    notice = notice_text(ctx, "en")
    text = (f"{LRM}[11/29/26, 2:05:33{NNBSP}PM] Anna Smith: {LRM}Messages and calls are "
            "end-to-end encrypted. No one outside of this chat can read them.\n"
            f"[11/29/26, 2:05:40{NNBSP}PM] Anna Smith: Hello, is the offer still valid?\n"
            f"[11/29/26, 2:07:00{NNBSP}PM] Painters Ltd: {notice}\n"
            f"[11/29/26, 2:09:10{NNBSP}PM] Anna Smith: yes, I want to communicate with you "
            f"via Whats App {LRM}<This message was edited>\n")
    found = chat_consent.scan(write(tmp_path, text, "_chat.txt"), business="Painters Ltd")
    assert kinds(found) == ["implied", "notice_sent", "granted"]
    implied = found.proposals[0]
    assert implied.line == 2  # the encryption notice iOS attributes to Anna is not hers
    assert found.proposals[1].notice_version == "notice/en/standard/2"
    assert found.proposals[2].time.isoformat() == "2026-11-29T14:09:10+01:00"


def test_zip_export_and_roles_from_the_file_name(office, tmp_path):
    archive = tmp_path / "WhatsApp Chat - Anna Schmidt.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat mit Anna Schmidt.txt",
                   "29.11.26, 14:05 - Anna Schmidt: Hallo\n"
                   "29.11.26, 14:07 - Malerbetrieb Kunz: Hallo\n")
        z.writestr("IMG-20261129-WA0001.jpg", b"\xff\xd8")
    found = chat_consent.scan(archive)
    assert (found.business, found.partner) == ("Malerbetrieb Kunz", "Anna Schmidt")
    assert kinds(found) == ["implied"] and [f.flag for f in found.flags] == [ChatFlag.NO_NOTICE]
    assert found.file_sha256 == chat_consent.file_sha256(archive)


def test_refusals_are_sentences(office, tmp_path):
    ambiguous = write(tmp_path, "03.12.26, 09:15 - Anna Schmidt: Guten Morgen\n"
                                "04.12.26, 10:00 - Malerbetrieb Kunz: Guten Morgen\n")
    with pytest.raises(errors.ChatDateOrderOpen):
        chat_consent.scan(ambiguous)
    assert kinds(chat_consent.scan(ambiguous, date_order="day_first")) == ["implied"]
    unclear = write(tmp_path, "29.11.26, 14:05 - A: x\n29.11.26, 14:06 - B: y\n", "c.txt")
    with pytest.raises(errors.ChatRolesUnclear) as caught:
        chat_consent.scan(unclear)
    assert "Senders: A, B" in caught.value.message()
    with pytest.raises(errors.ChatSenderUnknown):
        chat_consent.scan(unclear, business="C")
    group = write(tmp_path, "29.11.26, 14:05 - A: x\n29.11.26, 14:06 - B: y\n"
                            "29.11.26, 14:07 - C: z\n", "g.txt")
    with pytest.raises(errors.ChatIsGroup):
        chat_consent.scan(group)
    card = write(tmp_path, "BEGIN:VCARD\nEND:VCARD\n", "a.vcf")
    with pytest.raises(errors.ChatUnreadable) as caught:
        chat_consent.scan(card)
    assert "not a WhatsApp chat export" in caught.value.message()


def test_time_backwards_is_flagged_and_checked(office, tmp_path):
    ctx, _ = office
    text = android_de(notice_text(ctx)).replace("29.11.26, 14:20", "29.11.26, 14:01")
    found = chat_consent.scan(write(tmp_path, text))
    assert ChatFlag.TIME_BACKWARDS in [f.flag for f in found.flags]
    assert found.proposals[-1].checks == {Check.TIME_BACKWARDS}


def test_apply_records_with_evidence_and_is_idempotent(office, tmp_path):
    ctx, anna = office
    path = write(tmp_path, android_de(notice_text(ctx)))
    found = chat_consent.scan(path)
    match = chat_consent.match_partner(ctx, found)
    assert match.number is None and [c.contact_id for c in match.candidates] == [
        anna.contact_id]
    with pytest.raises(errors.ChatPartnerUnconfirmed) as caught:
        chat_consent.choose_partner(ctx, found, match)  # never by name alone
    assert f"--contact {anna.contact_id}" in caught.value.message()
    choice = chat_consent.choose_partner(ctx, found, match, contact_id=anna.contact_id)
    result = chat_consent.apply(ctx, found, chat_consent.selected(found, None), choice)
    assert [e.kind for _, e in result.recorded] == ["implied", "notice_sent", "granted"]
    history = consent_service.history(ctx, ANNA)
    assert [(e.kind, e.occurred_at, e.recorded_by, e.channel) for e in history] == [
        ("implied", "2026-11-29T13:05:00+00:00", "Büro Kunz", "whatsapp"),
        ("notice_sent", "2026-11-29T13:07:00+00:00", "Büro Kunz", "whatsapp"),
        ("granted", "2026-11-29T13:20:00+00:00", "Büro Kunz", "whatsapp")]
    assert history[2].notice_version == "notice/de/standard/2"
    assert history[2].evidence.startswith("WhatsApp: 29.11.26, 14:20 - Anna Schmidt: Ja,")
    sent = consent_service.message_for_event(ctx, history[1].id)
    assert sent.template == "notice/de/standard/2" and "CV-N2-de" in sent.text
    files = evidence_service.files_of_events(ctx, [e.id for e in history])
    (granted_file,) = files[history[2].id]
    assert (granted_file.added_by, granted_file.added_at) == (
        "Büro Kunz", "2026-12-07T12:00:00+00:00")
    with ctx.vault.reading() as conn:
        from contactvault.vault import evidence as evidence_store
        content = evidence_store.content(conn, granted_file.id).decode()
    assert f"file_sha256: {found.file_sha256}" in content
    assert "time: 2026-11-29T14:20:00+01:00" in content
    assert "Ja, ich will via Whats-App" in content
    assert "Guten Tag, ist der Termin" not in content  # nothing else of the chat
    [(_, decision)] = [(n, d) for n, d, _ in consent_service.decisions_for_contact(
        ctx, anna.contact_id, today=CLOCK)]
    assert decision.eligible
    again = chat_consent.apply(ctx, found, chat_consent.selected(found, None), choice)
    assert again.recorded == [] and len(again.already) == 3
    assert len(consent_service.history(ctx, ANNA)) == 3


def test_number_in_the_export_and_a_new_contact(office, tmp_path):
    ctx, _ = office
    text = ("29.11.26, 14:05 - \u202a+49 171 2000002\u202c: Hallo, Herr Kunz?\n"
            "29.11.26, 14:07 - Malerbetrieb Kunz: Ja, bitte?\n"
            "29.11.26, 14:09 - \u202a+49 171 2000002\u202c: STOP\n")
    found = chat_consent.scan(write(tmp_path, text, "WhatsApp Chat mit Bernd Bauer.txt"),
                              business="Malerbetrieb Kunz")
    match = chat_consent.match_partner(ctx, found)
    assert match.number == "+491712000002" and not match.known
    with pytest.raises(errors.ChatPartnerNew) as caught:
        chat_consent.choose_partner(ctx, found, match)
    assert "Bernd Bauer" in caught.value.message() and "--add-contact" in caught.value.message()
    choice = chat_consent.choose_partner(ctx, found, match, add_contact=True)
    result = chat_consent.apply(ctx, found, found.proposals, choice)
    assert result.contact_added and [e.kind for _, e in result.recorded] == [
        "implied", "revoked"]
    with ctx.vault.reading() as conn:
        contact = contact_store.get_contact(conn, result.contact_id)
    assert contact.formatted_name == "Bernd Bauer" and contact.category == "customer"
    assert [p.e164 for p in contact.phones] == ["+491712000002"]
    again = chat_consent.choose_partner(ctx, found, chat_consent.match_partner(ctx, found))
    assert again.e164 == "+491712000002" and not again.add_contact


def test_unknown_proposal_id_is_refused(office, tmp_path):
    ctx, _ = office
    found = chat_consent.scan(write(tmp_path, android_de(notice_text(ctx))))
    with pytest.raises(errors.ChatProposalUnknown):
        chat_consent.selected(found, ["nope"])
    assert chat_consent.selected(found, [found.proposals[0].id.upper()]) == [found.proposals[0]]


def test_phones_display_of_partner_number():
    assert chat_consent.number_in_name("+49 171 2000002") == "+491712000002"
    assert chat_consent.number_in_name("Anna 2") is None
    assert phones.display("+491712000002") == "+49 171 2000002"


OLD_YES = "Ja, ich möchte über WhatsApp mit Ihnen schreiben"
OLD_NO = "Ich widerspreche, bitte keine WhatsApp mehr"


def _earlier_wording(ctx: Context, tmp_path: Path, monkeypatch) -> str:
    """Version 1 of the standard notice, with other phrases, sent once (the vault keeps
    the wording and its phrases); then version 2 is in force again. Returns the text sent."""
    from contactvault import paths
    from contactvault.consent import notices

    shipped = paths.templates_dir()
    earlier = tmp_path / "templates-v1"
    import shutil
    shutil.copytree(shipped, earlier)
    standard = earlier / "notice" / "de" / "standard.txt"
    standard.write_text(
        standard.read_text(encoding="utf-8").replace("Version: 2", "Version: 1")
        .replace(YES_DE, OLD_YES).replace(REVOKE_DE, OLD_NO), encoding="utf-8")
    monkeypatch.setattr(paths, "templates_dir", lambda: earlier)
    assert notices.load(notices.NOTICE, "de").tag == "CV-N1-de"
    _event, sent = consent_service.mark_notice_sent(ctx, ANNA, "de")
    monkeypatch.setattr(paths, "templates_dir", lambda: shipped)
    assert notices.load(notices.NOTICE, "de").tag == "CV-N2-de"
    return sent


def test_an_earlier_notice_is_read_with_its_own_phrases(office, tmp_path, monkeypatch):
    """A chat answering notice version 1 (kept by the vault when it was sent): the notice
    is proposed as version 1 without a check, and the customer's yes in version 1's
    words is found; the wording in force (version 2) does not decide."""
    ctx, anna = office
    sent = _earlier_wording(ctx, tmp_path, monkeypatch)
    assert "[CV-N1-de]" in sent and OLD_YES in sent
    path = write(tmp_path, android_de(sent, answer=OLD_YES))
    without_vault = chat_consent.scan(path)  # the file alone: version 1 is unknown
    assert kinds(without_vault) == ["implied", "notice_sent"]
    assert without_vault.proposals[1].checks == {Check.UNKNOWN_NOTICE}

    found = chat_consent.scan(path, ctx=ctx)
    assert kinds(found) == ["implied", "notice_sent", "granted"]
    _implied, notice, granted = found.proposals
    assert notice.notice_version == "notice/de/standard/1" and notice.notice_tag == "CV-N1-de"
    assert not notice.checks
    assert granted.notice_version == "notice/de/standard/1" and not granted.checks
    assert OLD_YES in granted.why()
    # the version in words for the person deciding; the id stays on the proposal
    assert "(Information notice, standard, version 1 (German))" in granted.why()
    assert "notice/de/standard/1" not in notice.why() and "CV-N1-de" in notice.why()
    assert [p.id for p in found.proposals[:2]] == [p.id for p in without_vault.proposals]

    revoked = chat_consent.scan(write(tmp_path, android_de(sent, answer=OLD_NO), "r.txt"),
                                ctx=ctx, business="Malerbetrieb Kunz")
    assert kinds(revoked) == ["implied", "notice_sent", "revoked"]
    assert revoked.proposals[2].reason == "revoked_phrase" and not revoked.proposals[2].checks

    choice = chat_consent.choose_partner(ctx, found, chat_consent.match_partner(ctx, found),
                                         contact_id=anna.contact_id)
    result = chat_consent.apply(ctx, found, chat_consent.selected(found, None), choice)
    assert [(e.kind, e.notice_version) for _, e in result.recorded] == [
        ("implied", ""), ("notice_sent", "notice/de/standard/1"),
        ("granted", "notice/de/standard/1")]


def test_an_earlier_wording_kept_without_phrases_uses_those_its_text_holds(
        office, tmp_path):
    """A wording kept before phrases were kept with it: the phrases of the wordings in
    force that its text contains are its phrases; the version is known, so no check."""
    from contactvault.consent import notices
    from contactvault.vault import consent as consent_store

    ctx, _ = office
    body = notices.load(notices.NOTICE, "de").body
    with ctx.vault.transaction() as conn:
        consent_store.keep_template_text(conn, "notice/de/standard/1", body)
    text = notice_text(ctx).replace("CV-N2-de", "CV-N1-de")
    found = chat_consent.scan(write(tmp_path, android_de(text)), ctx=ctx)
    assert kinds(found) == ["implied", "notice_sent", "granted"]
    assert [(p.notice_version, p.checks) for p in found.proposals[1:]] == [
        ("notice/de/standard/1", frozenset()), ("notice/de/standard/1", frozenset())]
    unknown = chat_consent.scan(write(tmp_path, android_de(
        notice_text(ctx).replace("CV-N2-de", "CV-N0-de")), "u.txt"), ctx=ctx)
    assert unknown.proposals[1].notice_version == "notice/de/standard/0"
    assert unknown.proposals[1].checks == {Check.UNKNOWN_NOTICE}
