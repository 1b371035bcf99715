"""Chat scan speed: prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_chat.py [--messages 20000] [--repeat 3]

A generated German Android chat of N messages (the customer and the business taking
turns, the notice and the customer's yes near the end). Figures (best of --repeat):
- floor: reading the file into messages (``whatsapp.read_chat``), which any use of a
  chat pays;
- scan: ``services.chat_consent.scan`` (reading, hashing the file, proposing), and its
  ratio to the floor, so the figure holds on a loaded machine too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from contactvault.chats.whatsapp import read_chat  # noqa: E402
from contactvault.consent import notices  # noqa: E402
from contactvault.services import chat_consent  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def chat_text(messages: int) -> str:
    template = notices.load(notices.NOTICE, "de")
    notice = template.body.replace("{version_tag}", template.tag)
    lines = []
    for i in range(messages):
        day, minute = divmod(i, 1440)
        stamp = f"{1 + day % 28:02d}.{1 + (day // 28) % 12:02d}.26, " \
                f"{minute // 60:02d}:{minute % 60:02d}"
        sender = "Anna Schmidt" if i % 2 == 0 else "Malerbetrieb Kunz"
        text = f"Nachricht {i}: ist der Termin am Dienstag noch frei? Danke und Gruß"
        if i == messages - 3:
            text = notice
        elif i == messages - 2:
            text = "Ja, ich will via WhatsApp mit Ihnen kommunizieren"
        lines.append(f"{stamp} - {sender}: {text}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat mit Anna Schmidt.txt"
        path.write_text(chat_text(args.messages), encoding="utf-8")
        floor = best(lambda: read_chat(path), args.repeat)
        scan = best(lambda: chat_consent.scan(path), args.repeat)
        found = chat_consent.scan(path)
    print(f"messages: {args.messages}, proposals: {len(found.proposals)}")
    print(f"floor (read_chat): {floor:.3f} s")
    print(f"scan (read, hash, propose): {scan:.3f} s = {scan / floor:.2f} x floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
