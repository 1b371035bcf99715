"""Reading and saving the vault's settings for the front ends (no SQL here either)."""

from __future__ import annotations

from typing import Any

from contactvault import audit, errors, phones, settings
from contactvault.consent.policy import PolicySettings
from contactvault.vault import Vault


def get_settings(vault: Vault) -> dict[str, Any]:
    with vault.reading() as conn:
        return settings.all_settings(conn)


def save_settings(vault: Vault, values: dict[str, Any], *, actor: str | None = None) -> list[str]:
    """Store the changed values; returns the keys that changed. Checks the region, and
    the policy settings through the policy's own declaration of them."""
    region = values.get("numbers.default_region")
    if region is not None and not phones.is_supported_region(region):
        raise errors.InvalidArgument(what="region", reason=f"unknown region code {region}")
    with vault.transaction() as conn:
        current = settings.all_settings(conn)
        PolicySettings.from_settings({**current, **values})  # raises InvalidArgument
        changed = [k for k, v in values.items() if current.get(k) != v]
        for key in changed:
            try:
                settings.put(conn, key, values[key])
            except (KeyError, TypeError) as exc:
                raise errors.InvalidArgument(what=key, reason=str(exc)) from None
        if changed:
            audit.record(conn, "settings.change", actor=audit.current_actor(actor),
                         details={"keys": sorted(changed)})
    return changed
