"""Reading and saving the vault's settings for the front ends (no SQL here either)."""

from __future__ import annotations

from typing import Any

from contactvault import audit, errors, phones, settings
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context


def get_settings(ctx: Context) -> dict[str, Any]:
    with ctx.vault.reading() as conn:
        return settings.all_settings(conn)


def save_settings(ctx: Context, values: dict[str, Any]) -> list[str]:
    """Store the changed values; returns the keys that changed. Checks the region, and
    the policy settings through the policy's own declaration of them."""
    region = values.get("numbers.default_region")
    if region is not None and not phones.is_supported_region(region):
        raise errors.InvalidArgument(what="region", reason=f"unknown region code {region}")
    with ctx.vault.transaction() as conn:
        current = settings.all_settings(conn)
        actor = ctx.actor_in(conn)
        PolicySettings.from_settings({**current, **values})  # raises InvalidArgument
        changed = [k for k, v in values.items() if current.get(k) != v]
        for key in changed:
            try:
                settings.put(conn, key, values[key])
            except (KeyError, TypeError) as exc:
                raise errors.InvalidArgument(what=key, reason=str(exc)) from None
        if changed:
            # who acts is decided before the change: a new audit.actor counts from the
            # next action on
            audit.record(conn, "settings.change", actor=actor, at=ctx.now_iso(),
                         details={"keys": sorted(changed)})
    return changed
