#!/usr/bin/env bash
# Smoke test of a built app folder, offscreen, in a throw-away HOME, offline:
# start, create a vault, import a real-world export and a card of our own, record consent,
# export for a phone, read the notice in German, open the desktop window and quit.
#   packaging/smoke_test.sh dist/contactvault/contactvault
set -euo pipefail
APP="$(realpath "$1")"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" QT_QPA_PLATFORM=offscreen LANGUAGE=de LANG=de_DE.UTF-8
export CONTACTVAULT_PASSPHRASE="smoke test passphrase"
mkdir -p "$HOME"
V=(--vault "$WORK/smoke.cvault")
LOG="$WORK/log"
step() { printf '  %-44s' "$1"; }
ok() { echo "ok"; }
# a failing command shows what it said, then stops the test (set -e)
run() { "$@" >>"$LOG" 2>&1 || { echo "FAILED: $*"; cat "$LOG"; return 1; }; }
# what a command printed, searched after it ended (a "cmd | grep -q" under pipefail fails
# when grep stops reading before the program has written everything)
says() { local text="$1"; shift; "$@" >"$WORK/out" 2>>"$LOG" || { echo "FAILED: $*"; cat "$LOG"; return 1; }
         grep -q -- "$text" "$WORK/out" || { echo "FAILED: \"$text\" not in: $*"; return 1; }; }

step "version";            says "contactvault" "$APP" --version; ok
step "create a vault";     run "$APP" "${V[@]}" init; ok
CORPUS="$HERE/../shared/corpus/android/John_Doe_ANDROID.vcf"
if [ -f "$CORPUS" ]; then
  step "import a real Android export"; run "$APP" "${V[@]}" import "$CORPUS"; ok
else
  echo "  (the shared corpus is not beside the checkout: real-world import skipped)"
fi
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Erika Mustermann\r\nN:Mustermann;Erika;;;\r\nTEL;TYPE=CELL:0171 1000001\r\nEND:VCARD\r\n' >"$WORK/erika.vcf"
step "import a card";      run "$APP" "${V[@]}" import "$WORK/erika.vcf"; ok
ID="$("$APP" "${V[@]}" list --json | python3 -c '
import json, sys
print(next(c["id"] for c in json.load(sys.stdin) if c["display_name"] == "Erika Mustermann"))')"
step "classify and consent"
run "$APP" "${V[@]}" category customer "$ID"
# the notice handed over must be complete: the business's details first
for setting in "company.name=Sanitär König KG" "company.address=Hauptstraße 1, 70173 Stuttgart" \
    "company.contact=datenschutz@koenig.example" "dpo.name=Dr. Erika Datenschutz" \
    "dpo.contact=dsb@koenig.example" "company.privacy_url=https://koenig.example/datenschutz"; do
  run "$APP" "${V[@]}" settings set "${setting%%=*}" "${setting#*=}"
done
# informed consent: the notice handed over with the request (where the build knows it)
WITH_NOTICE=()
"$APP" consent grant --help >"$WORK/help"
grep -q -- --with-notice "$WORK/help" && WITH_NOTICE=(--with-notice)
run "$APP" "${V[@]}" consent grant "0171 1000001" --channel paper "${WITH_NOTICE[@]}"
ok
step "add a phone and export"
run "$APP" "${V[@]}" devices add "Werkstatt"
"$APP" "${V[@]}" export --device "Werkstatt" -o "$WORK/werkstatt.vcf" 2>"$WORK/export.err" >/dev/null
grep -q "TEL.*+491711000001" "$WORK/werkstatt.vcf"
grep -q "ist NICHT verschlüsselt" "$WORK/export.err"  # the command line speaks German
ok
step "links sheet with QR codes (PDF)"
run "$APP" "${V[@]}" export --device "Werkstatt" --format links -o "$WORK/links.pdf" --force
head -c 5 "$WORK/links.pdf" | grep -q "%PDF-"; ok
step "consent register (CSV for Excel, PDF)"
run "$APP" "${V[@]}" report register --format csv -o "$WORK/register.csv"
run "$APP" "${V[@]}" report register --format pdf -o "$WORK/register.pdf"
grep -q "+491711000001" "$WORK/register.csv"; ok
# the libraries loaded only for some files: an 8-bit CSV (charset-normalizer) and an
# Excel list (openpyxl), written here as a German office would save them
step "a Windows-1252 customer list (CSV)"
printf 'Vorname;Nachname;Firma;Telefon\r\nJ\374rgen;M\374ller;B\344ckerei M\374ller;0711 1234567\r\n' \
  >"$WORK/kunden.csv"
run "$APP" "${V[@]}" import "$WORK/kunden.csv"
says "Jürgen Müller" "$APP" "${V[@]}" list --json; ok
PY="${SMOKE_PYTHON:-$HERE/.venv/bin/python}"  # a Python with openpyxl, to write the list
if [ -x "$PY" ] && "$PY" -c "import openpyxl" 2>/dev/null; then
  step "an Excel customer list (.xlsx)"
  "$PY" - "$WORK/kunden.xlsx" <<'PY'
import sys
from openpyxl import Workbook
book = Workbook()
book.active.append(["Name", "Handy"])
book.active.append(["Klaus Öztürk", "0172 3000003"])
book.save(sys.argv[1])
PY
  run "$APP" "${V[@]}" import "$WORK/kunden.xlsx"
  says "Klaus Öztürk" "$APP" "${V[@]}" list --json; ok
fi
step "the German notice (templates, catalogue)"
says "Einwilligung" "$APP" "${V[@]}" notice show --lang de; ok
step "the desktop window starts and quits"
CONTACTVAULT_QUIT_AFTER_START=1 says "contactvault" "$APP" "${V[@]}" gui; ok
echo "smoke test passed: $APP"
