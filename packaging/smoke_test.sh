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

step "version";            "$APP" --version | grep -q "contactvault"; ok
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
"$APP" consent grant --help | grep -q -- --with-notice && WITH_NOTICE=(--with-notice)
run "$APP" "${V[@]}" consent grant "0171 1000001" --channel paper "${WITH_NOTICE[@]}"
ok
step "add a phone and export"
run "$APP" "${V[@]}" devices add "Werkstatt"
"$APP" "${V[@]}" export --device "Werkstatt" -o "$WORK/werkstatt.vcf" 2>"$WORK/export.err" >/dev/null
grep -q "TEL.*+491711000001" "$WORK/werkstatt.vcf"
grep -q "ist NICHT verschlüsselt" "$WORK/export.err"  # the command line speaks German
ok
step "the German notice (templates, catalogue)"
"$APP" "${V[@]}" notice show --lang de 2>>"$LOG" | grep -q "Einwilligung"; ok
step "the desktop window starts and quits"
CONTACTVAULT_QUIT_AFTER_START=1 "$APP" "${V[@]}" gui 2>>"$LOG" | grep -q "contactvault"; ok
echo "smoke test passed: $APP"
