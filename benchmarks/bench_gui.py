"""Desktop app speed with 100 000 contacts: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--contacts 100000]

Figures (median of --repeat runs where it makes sense):
- bare window floor: a new Python process importing PySide6 and painting an empty
  QMainWindow (the least any Qt app pays);
- cold start: a new process painting contactvault's locked window;
- unlock: passphrase entered -> table populated and painted; the key derivation alone
  (Vault.open) is printed beside it;
- filter keystrokes at 100 000 rows, each including the table's repaint;
- first sort by name (including the repaint).
The 100k vault is generated once into a temporary folder (or --vault PATH) by inserting
through contactvault.vault.contacts directly.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PASSPHRASE = "benchmark passphrase 1"

BARE = r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(time.time() - t0, flush=True); QApplication.instance().exit(0)
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1180, 760); f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

COLD = r"""
import time, sys
t0 = float(sys.argv[1])
from contactvault.gui.app import create_app, build_window
from PySide6.QtCore import QEvent, QObject
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(time.time() - t0, flush=True); app.exit(0)
        return False
app = create_app()
w = build_window(sys.argv[2]); f = F(); w.unlock_view.installEventFilter(f); w.show(); app.exec()
"""

GIVEN = ["Anna", "Bernd", "Jürgen", "Özlem", "Ulrike", "Hans", "Petra", "Klaus", "Sabine",
         "Ömer", "Zoë", "Åsa", "Éric", "Lena", "Max", "Łukasz", "Chen", "Fatma"]
FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
          "Schulz", "Hoffmann", "Ähler", "Zimmermann", "Braun", "Krüger", "Öztürk", "Weiß"]
ORGS = ["", "", "", "Bäckerei Huber", "Elektro Kraus GmbH", "Praxis Dr. Lang",
        "Sanitär Vogel", "Stadtwerke", "Steuerbüro Lang; Partner"]


def build_vault(path: Path, n: int) -> None:
    from contactvault import clock
    from contactvault.model import ParsedContact, PhoneNumber, StructuredName
    from contactvault.services import vaults
    from contactvault.vault import contacts as contact_store

    vault = vaults.create_vault(path, PASSPHRASE)
    rnd = random.Random(1)
    now = clock.now_iso()
    with vault.transaction() as conn:
        for i in range(n):
            g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
            record = ParsedContact("bench.vcf", i, "vcard-3.0", "", formatted_name=f"{g} {f}",
                                   name=StructuredName(family=f, given=g),
                                   organisation=rnd.choice(ORGS))
            numbers = [PhoneNumber(raw=f"0171 {1000000 + i}", e164=f"+49171{1000000 + i}",
                                   number_type="mobile", valid=True)]
            if i % 3 == 0:
                numbers.append(PhoneNumber(raw=f"030 {2000000 + i}", e164=f"+4930{2000000 + i}",
                                           number_type="fixed_line", valid=True))
            contact_store.insert_contact(conn, record, numbers, now)
    vault.lock()


def subprocess_time(code: str, *args: str) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, repr(t0), *args], capture_output=True,
                         text=True, cwd=REPO, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if not lines:
        raise SystemExit(out.stderr)
    return float(lines[-1])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--vault", type=Path)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cv-bench-gui-"))
    vault_path = args.vault or tmp / f"bench-{args.contacts}.cvault"
    if not vault_path.exists():
        t = time.perf_counter()
        build_vault(vault_path, args.contacts)
        print(f"built a vault with {args.contacts} contacts in {time.perf_counter() - t:.1f} s")

    bare = [subprocess_time(BARE) for _ in range(args.repeat)]
    cold = [subprocess_time(COLD, str(vault_path)) for _ in range(args.repeat)]

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from contactvault.gui.app import build_window, create_app
    from contactvault.gui.models.contacts_model import NAME
    from contactvault.vault import Vault

    app = create_app()
    kdf = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        Vault.open(vault_path, PASSPHRASE).lock()
        kdf.append(time.perf_counter() - t)

    unlock, unlock_all, first_key, later_keys, sort_first = [], [], [], [], []
    shown = {}
    for _ in range(args.repeat):
        window = build_window(vault_path)
        window.show()
        app.processEvents()
        view = window.unlock_view
        view.ui.passphrase_edit.setText(PASSPHRASE)
        t = time.perf_counter()
        view.unlock_with_passphrase()
        table = window.contacts_view.table
        table.viewport().repaint()
        unlock.append(time.perf_counter() - t)
        loaded = []
        window.table_loaded.connect(lambda sink=loaded: sink.append(time.perf_counter()))
        while not loaded:
            app.processEvents()
            time.sleep(0.001)
        table.viewport().repaint()
        unlock_all.append(time.perf_counter() - t)
        assert window.contacts_view.model.rowCount() == args.contacts
        window.contacts_view.model.build_index()
        edit = window.contacts_view.filter_edit
        edit.setFocus()
        for query in ("müller", "0171 12"):
            edit.clear()
            app.processEvents()
            times = []
            for ch in query:
                t = time.perf_counter()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit, QKeyEvent(kind, 0,
                                                           Qt.KeyboardModifier.NoModifier, ch))
                table.viewport().repaint()
                times.append(time.perf_counter() - t)
            first_key.append(times[0])
            later_keys.extend(times[1:])
            shown[query] = window.contacts_view.model.rowCount()
        edit.clear()
        app.processEvents()
        t = time.perf_counter()
        table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        table.viewport().repaint()
        sort_first.append(time.perf_counter() - t)
        window.lock()
        window.close()
        window.deleteLater()
        app.processEvents()

    med = statistics.median
    print(f"contacts: {args.contacts}, runs: {args.repeat}, cores: {os.cpu_count()}, "
          f"platform: {os.environ.get('QT_QPA_PLATFORM')}")
    print(f"bare PySide6 window (floor), process start to paint: {ms(med(bare))}")
    print(f"cold start to painted locked window:                 {ms(med(cold))}")
    print(f"key derivation + schema check (Vault.open):          {ms(med(kdf))}")
    print(f"unlock to populated, painted table (first screen):   {ms(med(unlock))}"
          f"   (minus key derivation: {ms(med(unlock) - med(kdf))})")
    print(f"unlock to all {args.contacts} rows loaded and painted:     {ms(med(unlock_all))}"
          f"   (the rest arrives from a worker thread)")
    print(f"filter, first keystroke ('m', '0') incl. repaint:    {ms(med(first_key))}"
          f"   (max {ms(max(first_key))})")
    print(f"filter, later keystrokes (median / max):             {ms(med(later_keys))} / "
          f"{ms(max(later_keys))}   ({', '.join(f'{q!r} -> {n} rows' for q, n in shown.items())})")
    print(f"first sort by name incl. repaint:                    {ms(med(sort_first))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
