"""Done means done: the end of the procedure is refused while numbers must still be
deleted from that phone, and the protocol says "completed" only without them. The
protocol also carries the audit trail's head."""

from __future__ import annotations

import pytest

from contactvault import errors
from contactvault.i18n import speaking
from contactvault.services import audit_ops, consent, exporting
from contactvault.services import procedure as proc
from tests.core.procedure_helpers import as_anna, consented_vault, make_device, run_until_install


@pytest.fixture
def transferred(ctx, tmp_path):
    """A phone that got the two consented numbers (Anna Abel, Bernd Bäcker)."""
    consented_vault(ctx)
    device = make_device(ctx)
    run_until_install(ctx, device)
    proc.transfer(ctx, device, tmp_path / "phone.vcf")
    return device


def test_done_is_refused_while_removals_are_open(ctx, transferred):
    consent.record_event(ctx, "+49 151 11111111", "revoked")
    consent.record_event(ctx, "+49 170 2222222", "revoked")
    with pytest.raises(errors.RemovalsOpen) as refused:
        proc.record_done(as_anna(ctx), transferred, imported_on_phone=True)
    assert refused.value.exit_code != 0 and refused.value.fields["count"] == 2
    message = refused.value.message()
    assert "2 numbers must still be deleted" in message
    assert "Anna Abel +49 1511 1111111" in message and "Bernd Bäcker" in message
    with speaking("de"):
        german = refused.value.message()
    assert "2 Rufnummern" in german and "Anna Abel" in german
    assert not proc.status(ctx, transferred).completed

    exporting.confirm_removals_for_number(ctx, transferred, "+49 151 11111111")
    with pytest.raises(errors.RemovalsOpen) as still:
        proc.record_done(as_anna(ctx), transferred, imported_on_phone=True)
    assert "1 number must still be deleted" in still.value.message()
    with speaking("de"):
        assert "1 Rufnummer muss" in still.value.message()

    exporting.confirm_removals_for_number(ctx, transferred, "+49 170 2222222")
    proc.record_done(as_anna(ctx), transferred, imported_on_phone=True)
    assert proc.status(ctx, transferred).completed


def test_protocol_says_completed_only_without_open_removals(ctx, transferred):
    proc.record_done(as_anna(ctx), transferred, imported_on_phone=True)
    page = proc.protocol_html(ctx, transferred, lang="de")
    assert "<td>abgeschlossen am " in page
    consent.record_event(ctx, "+49 151 11111111", "revoked")  # after the end was confirmed
    page = proc.protocol_html(ctx, transferred, lang="de")
    assert "<td>abgeschlossen am " not in page
    assert "nicht abgeschlossen: das Ende wurde bestätigt, aber 1 Rufnummer" in page
    english = proc.protocol_html(ctx, transferred, lang="en")
    assert "1 number must still be deleted from the phone" in english


def test_protocol_carries_the_audit_head(ctx, transferred):
    head = audit_ops.head(ctx)
    page = proc.protocol_html(ctx, transferred, lang="de")
    assert str(head) in page and "audit verify --expect" in page
    assert audit_ops.verify(ctx, str(head)).ok
