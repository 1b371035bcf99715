"""settings list|get|set: the vault's settings (policy, company details, …) by key."""

from __future__ import annotations

import json

from contactvault.cli.common import note, open_context, print_json, say, tr
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import preferences


def register(sub) -> None:
    p = sub.add_parser("settings", help="show and change the vault's settings (policy, "
                                        "company details for the notice, …)")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    q = ssub.add_parser("list", help="every setting with its value")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = ssub.add_parser("get", help="print one setting's value")
    q.add_argument("key", metavar="KEY", help="e.g. policy.implied_max_days")
    q.set_defaults(func=cmd_get)
    q = ssub.add_parser("set", help="change one setting (checked and recorded in the audit "
                                    "trail)")
    q.add_argument("key", metavar="KEY", help="e.g. policy.implied_max_days, company.name")
    q.add_argument("value", metavar="VALUE",
                   help="true/false, a whole number or text, as the setting takes")
    q.set_defaults(func=cmd_set)


def shown(value) -> str:
    """A value as a person reads and types it: text as is, true/false, numbers."""
    return value if isinstance(value, str) else json.dumps(value)


def cmd_list(args) -> int:
    ctx = open_context(args)
    try:
        values = preferences.get_settings(ctx)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json(values)
        return 0
    for key, value in values.items():
        say(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def cmd_get(args) -> int:
    ctx = open_context(args)
    try:
        value = preferences.get_setting(ctx, args.key)
    finally:
        ctx.vault.lock()
    say(shown(value))
    return 0


def cmd_set(args) -> int:
    ctx = open_context(args)
    try:
        changed = preferences.set_setting(ctx, args.key, args.value)
        value = preferences.get_setting(ctx, args.key)
    finally:
        ctx.vault.lock()
    if changed:
        note(tr(QT_TRANSLATE_NOOP("Cli", "{key} is now {value}.")).format(
            key=args.key, value=json.dumps(value, ensure_ascii=False)))
    else:
        note(tr(QT_TRANSLATE_NOOP("Cli", "{key} was already {value}; nothing changed.")).format(
            key=args.key, value=json.dumps(value, ensure_ascii=False)))
    return 0
