"""No file is overwritten by surprise: every ``-o`` of the real command line against the
open vault, another vault, a backup and an ordinary file (contactvault/output_files.py)."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest

from contactvault import errors, output_files
from contactvault.context import Context
from contactvault.services import consent, devices, vaults
from contactvault.services import procedure as proc
from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person

REFUSED = errors.EXIT_OUTPUT_REFUSED


@pytest.fixture
def shop(cli):
    vault = vaults.create_vault(cli.vault, PASSPHRASE)  # remembered as a known vault
    with vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
    ctx = Context(vault)
    fill_company(ctx)  # the notice handed over with a grant must be complete
    devices.add_device(ctx, "Werkstatt")
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    proc.start(ctx, "Werkstatt", starting_point="new_phone", route="dedicated")
    vault.lock()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Every command that writes the file the user names, as (arguments before the file).
WRITERS = {
    "export": ("export", "--device", "Werkstatt", "-o"),
    "export-selection": ("export", "--device", "Werkstatt", "--format", "selection", "-o"),
    "procedure-sheet": ("procedure", "sheet", "--device", "Werkstatt", "--format", "links",
                        "-o"),
    "procedure-protocol": ("procedure", "protocol", "--device", "Werkstatt", "-o"),
    "backup": ("backup",),
    "report-register": ("report", "register", "--format", "html", "-o"),
    "report-staff-rules": ("report", "staff-rules", "--format", "html", "-o"),
}


def _exports(cli) -> list:
    return json.loads(cli("devices", "show", "Werkstatt", "--json").out)["exports"]


@pytest.mark.parametrize("writer", list(WRITERS))
def test_never_over_the_open_vault(cli, shop, writer):
    before = _digest(cli.vault)
    for force in ([], ["--force"]):
        result = cli(*WRITERS[writer], str(cli.vault), *force)
        assert result.code == REFUSED, result.err
        assert "never writes over a vault or a backup" in result.err
        assert "it is the vault that is open" in result.err
        assert _digest(cli.vault) == before
    assert cli("list").code == 0  # the vault is whole
    assert _exports(cli) == []  # and nothing was recorded
    assert not [p for p in cli.vault.parent.iterdir() if p.name.endswith(".cvpart")]


def test_never_over_the_open_vault_through_a_link(cli, shop, tmp_path):
    hard = tmp_path / "hard.vcf"
    os.link(cli.vault, hard)
    soft = tmp_path / "soft.vcf"
    soft.symlink_to(cli.vault)
    before = _digest(cli.vault)
    for target in (hard, soft):
        result = cli(*WRITERS["export"], str(target), "--force")
        assert result.code == REFUSED and "open" in result.err, result.err
    assert _digest(cli.vault) == before and soft.is_symlink()


def test_never_over_a_backup_or_another_vault(cli, shop, tmp_path):
    backup = tmp_path / "saved.cvb"  # a backup, recognised by its content alone
    assert cli("backup", str(backup)).code == 0
    other = tmp_path / "other" / "elsewhere.bin"  # another vault, never opened here
    other.parent.mkdir()
    Vault.create(other, "another passphrase").lock()
    for writer, force in (("export", []), ("export", ["--force"]),
                          ("procedure-protocol", ["--force"]), ("backup", ["--force"])):
        for target in (backup, other):
            before = _digest(target)
            result = cli(*WRITERS[writer], str(target), *force)
            assert result.code == REFUSED, (writer, result.err)
            assert "looks like an encrypted vault or backup" in result.err
            assert _digest(target) == before
    Vault.open(backup, PASSPHRASE).lock()  # still a whole backup


def test_never_over_a_vault_opened_before(cli, shop, tmp_path):
    """A vault this user opened is known by its path, whatever its content now says."""
    second = tmp_path / "second.cvault"
    assert cli("init", vault_path=second).code == 0
    result = cli(*WRITERS["export"], str(second), "--force")
    assert result.code == REFUSED and "is a contactvault vault" in result.err, result.err


@pytest.mark.parametrize("writer", list(WRITERS))
def test_ordinary_file_only_with_force(cli, shop, tmp_path, writer):
    suffix = ".cvb" if writer == "backup" else (".vcf" if writer == "export" else ".html")
    target = tmp_path / f"existing{suffix}"
    target.write_text("an old file the user keeps\n")
    os.chmod(target, 0o644)
    result = cli(*WRITERS[writer], str(target))
    assert result.code == REFUSED, result.err
    assert "exists already and was not changed" in result.err and "--force" in result.err
    assert target.read_text() == "an old file the user keeps\n"

    result = cli(*WRITERS[writer], str(target), "--force")
    assert result.code == 0, result.err
    assert target.read_text(errors="replace") != "an old file the user keeps\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_refusal_is_german_first(cli, shop):
    result = cli(*WRITERS["export"], str(cli.vault), "--force",
                 env={"CONTACTVAULT_LANG": "de"})
    assert result.code == REFUSED
    assert "nicht verändert" in result.err and "Tresor" in result.err, result.err


def test_help_documents_force_and_the_exit_code(cli):
    text = " ".join(cli("export", "--help", vault_path=None).out.split())
    assert "--force" in text and "exit code 12" in text
    top = cli("--help", vault_path=None).out
    assert "\n   12  output file refused" in top and "only with --force" in top


# -- recognising vaults and backups by content ---------------------------------------


def test_content_recognition(tmp_path, vault):
    backup = tmp_path / "b.cvb"
    vaults.backup(vault, backup, PASSPHRASE)
    assert output_files.looks_like_vault(vault.path)
    assert output_files.looks_like_vault(backup)
    random_file = tmp_path / "random.bin"
    random_file.write_bytes(os.urandom(8192))
    assert output_files.looks_like_vault(random_file)  # deliberately: cannot be told apart
    for name, data in {
        "text.vcf": b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n" * 200,
        "doc.pdf": b"%PDF-1.4\n" + os.urandom(8183),
        "archive.zip": b"PK\x03\x04" + os.urandom(4092),
        "odd.bin": os.urandom(5000),  # not a whole number of pages
        "small.bin": os.urandom(100),
        "plain.sqlite": b"SQLite format 3\x00" + bytes(4080),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert not output_files.looks_like_vault(path), name


def test_every_document_is_owner_only(cli, shop, tmp_path):
    """Protocols and selection/links sheets (PDF and HTML) hold names and numbers: 0600
    like exports and backups, whatever the umask."""
    old = os.umask(0o022)
    try:
        written = []
        for name, args in (("protocol.pdf", WRITERS["procedure-protocol"]),
                           ("protocol.html", WRITERS["procedure-protocol"]),
                           ("selection.pdf", WRITERS["export-selection"]),
                           ("links.html", WRITERS["procedure-sheet"]),
                           ("phone.vcf", WRITERS["export"]),
                           ("saved.cvb", WRITERS["backup"]),
                           ("register.csv", ("report", "register", "-o")),
                           ("rules.pdf", ("report", "staff-rules", "-o"))):
            target = tmp_path / "docs" / name
            target.parent.mkdir(exist_ok=True)
            result = cli(*args, str(target))
            assert result.code == 0, (name, result.err)
            written.append(target)
    finally:
        os.umask(old)
    for target in written:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, target.name
    assert written[0].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == sorted(
        p.name for p in written)  # nothing else beside them
