"""The policy in force where the GUI shows a phone's export history."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from contactvault.consent.policy import PolicySettings
from contactvault.gui.widgets.devices_view import fill_history
from contactvault.vault.exports import ExportRecord


def test_export_history_tooltip_states_the_policy_and_answer_period(app, qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(5)
    recorded = PolicySettings(implied_max_days=21, allow_contract=True).as_dict()
    fill_history(tree, [ExportRecord(1, 1, "full", "vcard", "standard", recorded, "w.vcf",
                                     "ab" * 32, 3, "Meister", "2026-12-01T10:00:00+00:00")])
    tip = tree.topLevelItem(0).toolTip(3)
    assert "answer period of 21 days" in tip
    assert "contract (GDPR Art. 6(1)(b))" in tip
    # an export recorded before the answer period existed shows what it recorded only
    tree.clear()
    fill_history(tree, [ExportRecord(2, 1, "full", "vcard", "strict", {"mode": "strict"},
                                     "old.vcf", "cd" * 32, 1, "Meister",
                                     "2025-01-01T10:00:00+00:00")])
    assert tree.topLevelItem(0).toolTip(3) == \
        "Strict: explicit consent only.\nOnly explicit consent counts."
