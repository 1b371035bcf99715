"""Reading and saving the vault's settings for the front ends (no SQL here either)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from contactvault import audit, errors, phones, settings
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP

_KINDS = {bool: QT_TRANSLATE_NOOP("Errors", "true or false"),
          int: QT_TRANSLATE_NOOP("Errors", "a whole number"),
          str: QT_TRANSLATE_NOOP("Errors", "text")}
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "no such setting (contactvault settings list shows them)")


def get_settings(ctx: Context) -> dict[str, Any]:
    with ctx.vault.reading() as conn:
        return settings.all_settings(conn)


def get_setting(ctx: Context, key: str) -> Any:
    if key not in settings.DEFAULTS:
        raise errors.InvalidArgument(what=key, reason=_UNKNOWN)
    return get_settings(ctx)[key]


def set_setting(ctx: Context, key: str, text: str) -> bool:
    """Set one setting from typed text (``settings.parse_value``), checked and audited
    like ``save_settings``. Returns whether the value changed."""
    if key not in settings.DEFAULTS:
        raise errors.InvalidArgument(what=key, reason=_UNKNOWN)
    try:
        value = settings.parse_value(key, text)
    except ValueError:
        raise errors.InvalidArgument(what=key, reason=_KINDS[type(settings.DEFAULTS[key])]) \
            from None
    return bool(save_settings(ctx, {key: value}))


def save_settings(ctx: Context, values: dict[str, Any]) -> list[str]:
    """Store the changed values; returns the keys that changed. Checks each value's type
    against its default, the region, and the policy settings through the policy's own
    declaration of them. The audit entry names the keys, and the values of the policy
    settings (what a reviewer of an export needs; company details stay out)."""
    for key, value in values.items():
        _check(key, value)
    region = values.get("numbers.default_region")
    if region is not None and not phones.is_supported_region(region):
        raise errors.InvalidArgument(what="numbers.default_region", reason=QT_TRANSLATE_NOOP(
            "Errors", "unknown region code (two letters, e.g. DE, AT, CH)"))
    with ctx.vault.transaction() as conn:
        current = settings.all_settings(conn)
        actor = ctx.actor_in(conn)
        PolicySettings.from_settings({**current, **values})  # raises InvalidArgument
        changed = [k for k, v in values.items() if current.get(k) != v]
        for key in changed:
            settings.put(conn, key, values[key])
        if changed:
            details: dict[str, Any] = {"keys": sorted(changed)}
            policy_values = {k: values[k] for k in sorted(changed) if k.startswith("policy.")}
            if policy_values:
                details["values"] = policy_values
            # who acts is decided before the change: a new audit.actor counts from the
            # next action on
            audit.record(conn, "settings.change", actor=actor, at=ctx.now_iso(),
                         details=details)
    return changed


def _check(key: str, value: Any) -> None:
    if key not in settings.DEFAULTS:
        raise errors.InvalidArgument(what=key, reason=_UNKNOWN)
    expected = type(settings.DEFAULTS[key])
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise errors.InvalidArgument(what=key, reason=_KINDS[expected])
    if expected is int and value < 0:
        raise errors.InvalidArgument(what=key, reason=QT_TRANSLATE_NOOP(
            "Errors", "must be a whole number, 0 or more"))
    if key == "company.privacy_url" and value.strip():
        parts = urlsplit(value.strip())
        if parts.scheme not in ("https", "http") or not parts.netloc or " " in value.strip():
            raise errors.InvalidArgument(what=key, reason=QT_TRANSLATE_NOOP(
                "Errors", "a web address starting with https://"))
