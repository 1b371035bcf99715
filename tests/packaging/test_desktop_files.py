"""The desktop integration that packaging/build-linux.sh installs: the entry and the
AppStream metadata pass the freedesktop validators, agree with each other and with the
program, and the icons render in every size."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import contactvault
from tests.conftest import REPO

APP_ID = "org.contactvault.ContactVault"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/test.sh installs it)")
    return path


def test_the_desktop_entry_is_valid_and_opens_vcards_in_the_import():
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "contactvault gui %F"  # cli: gui FILE… → import wizard
    assert "text/vcard" in section["MimeType"].split(";")
    assert section["Icon"] == APP_ID
    assert section["Comment[de]"] and section["GenericName[de]"]


def test_the_appstream_metadata_is_valid_and_matches_the_program():
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("releases/release").get("version") == contactvault.__version__
    german = root.findall("summary[@{http://www.w3.org/XML/1998/namespace}lang='de']")
    assert german and german[0].text


def test_the_icons_render_in_every_size(tmp_path):
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "render_icons.py"),
                           str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for size in (16, 32, 48, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (tmp_path / "contactvault.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
