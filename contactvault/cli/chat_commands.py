"""chat scan: what a WhatsApp chat export holds (senders, date order, issues).

Reads the files only; nothing is stored and the vault is not opened. The consent
events a chat may prove are not proposed yet.
"""

from __future__ import annotations

from collections import Counter

from contactvault import errors, timefmt
from contactvault.chats.whatsapp import (
    DEFAULT_TIMEZONE,
    Chat,
    DateOrder,
    Severity,
    read_chat,
)
from contactvault.cli.common import note, print_json, say, tr, tr_n
from contactvault.i18n import QT_TRANSLATE_NOOP

_ORDER_WORDS = {
    DateOrder.DAY_FIRST: QT_TRANSLATE_NOOP("Cli", "day first (29.11.26)"),
    DateOrder.MONTH_FIRST: QT_TRANSLATE_NOOP("Cli", "month first (11/29/26)"),
    DateOrder.YEAR_FIRST: QT_TRANSLATE_NOOP("Cli", "year first (2026-11-29)"),
}
_PLATFORMS = {"android": "Android", "ios": "iOS"}
# messages with a sender: WhatsApp's own lines (encryption notice, group events) not counted
_MESSAGES = QT_TRANSLATE_NOOP("Cli", "WhatsApp chat ({platform}), %n message(s)", None, 1)


def register(sub) -> None:
    p = sub.add_parser("chat", help="read exported WhatsApp chats")
    csub = p.add_subparsers(dest="chat_command", metavar="ACTION", required=True)
    q = csub.add_parser(
        "scan", help="list the senders, the date order and what looks wrong in WhatsApp "
                     "chat exports (.txt or .zip); nothing is stored",
        description="Reads WhatsApp chat exports (the .txt, or the .zip WhatsApp shares) "
                    "and lists each chat's senders, how its dates are ordered and the "
                    "lines that need a look. Nothing is stored; the vault is not opened.")
    q.add_argument("files", nargs="+", metavar="FILE", help="exported chats (.txt or .zip)")
    q.add_argument("--date-order", choices=["day-first", "month-first"],
                   help="how the phone writes dates, when the chat cannot tell (no day "
                        "above 12): day-first for 29.11.26, month-first for 11/29/26")
    q.add_argument("--timezone", metavar="ZONE", default=DEFAULT_TIMEZONE,
                   help="the phone's time zone (default: Europe/Berlin)")
    q.add_argument("--json", action="store_true", help="print the result as JSON")
    q.set_defaults(func=cmd_scan)


def cmd_scan(args) -> int:
    order = DateOrder(args.date_order.replace("-", "_")) if args.date_order else None
    try:
        chats = [read_chat(path, date_order=order, timezone=args.timezone)
                 for path in args.files]
    except ValueError:
        raise errors.InvalidArgument(what=f"--timezone {args.timezone}", reason=QT_TRANSLATE_NOOP(
            "Errors", "not a known time zone (e.g. Europe/Berlin)")) from None
    if args.json:
        print_json([_as_json(chat) for chat in chats])
    else:
        for chat in chats:
            _show(chat)
    failed = any(i.severity is Severity.ERROR for chat in chats for i in chat.issues)
    return errors.EXIT_REFUSED if failed else 0


def _show(chat: Chat) -> None:
    name = chat.file + (f" ({chat.member})" if chat.member else "")
    if not chat.messages:
        say(f"{name}:")
    else:
        counts = Counter(m.sender for m in chat.messages if m.sender is not None)
        say(f"{name}: " + tr_n(_MESSAGES, sum(counts.values()))
            .format(platform=_PLATFORMS.get(chat.platform, chat.platform)))
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "Date order: {order}")).format(
            order=_order_text(chat)))
        senders = ", ".join(f"{sender} ({counts[sender]})" for sender in chat.participants)
        say("  " + tr(QT_TRANSLATE_NOOP("Cli", "Senders: {senders}")).format(
            senders=senders or "\u2013"))
        times = [m.time for m in chat.messages if m.time is not None]
        if times:
            first = min(times, key=lambda t: t.timestamp())
            last = max(times, key=lambda t: t.timestamp())
            say("  " + tr(QT_TRANSLATE_NOOP("Cli", "From {first} to {last}")).format(
                first=timefmt.format_as_written(first), last=timefmt.format_as_written(last)))
    for issue in chat.issues:
        where = (tr(QT_TRANSLATE_NOOP("Cli", "line {line}")).format(line=issue.line) if issue.line
                 else tr(QT_TRANSLATE_NOOP("Cli", "file")))
        if issue.severity is Severity.ERROR:
            note(f"{chat.file}: {issue.describe()}")
        else:
            say(f"  {where}: {issue.describe()}")


def _order_text(chat: Chat) -> str:
    if chat.date_order is None:
        text = tr(QT_TRANSLATE_NOOP("Cli", "cannot be told from the file; give --date-order "
                                     "day-first or month-first"))
        if chat.suggested_order is DateOrder.DAY_FIRST:
            text += " " + tr(QT_TRANSLATE_NOOP("Cli", "(the dots suggest day first)"))
        return text
    words = tr(_ORDER_WORDS[chat.date_order])
    how = (tr(QT_TRANSLATE_NOOP("Cli", "from the dates in the file")) if chat.order_from_file
           else tr(QT_TRANSLATE_NOOP("Cli", "as given")))
    return f"{words}, {how}"


def _as_json(chat: Chat) -> dict:
    counts = Counter(m.sender for m in chat.messages if m.sender is not None)
    return {
        "file": chat.file,
        "member": chat.member,
        "platform": chat.platform,
        "date_order": chat.date_order.value if chat.date_order else None,
        "date_order_from_file": chat.order_from_file,
        "suggested_date_order": chat.suggested_order.value if chat.suggested_order else None,
        "timezone": chat.timezone,
        "senders": [{"name": s, "messages": counts[s]} for s in chat.participants],
        "messages": [{"line": m.line, "sender": m.sender,
                      "time": m.time.isoformat() if m.time else None,
                      "flags": sorted(m.flags)} for m in chat.messages],
        "issues": [{"code": i.code, "line": i.line, "severity": i.severity.value,
                    "text": i.describe(), "params": dict(i.params)} for i in chat.issues],
    }
