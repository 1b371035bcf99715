"""A command line loads only the module of the command it names (loading all of them cost
a third of a second on every call); help for the whole program still lists every command."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys

import pytest

from contactvault import cli as command_line


def test_the_table_names_the_module_that_registers_each_command():
    """Every command module of the package, with every command it registers."""
    modules = sorted(f"contactvault.cli.{m.name}" for m in pkgutil.iter_modules(
        command_line.__path__) if m.name.endswith("_commands"))
    assert sorted(command_line.COMMAND_MODULES) == modules
    registered = {"gui": None}
    for name in modules:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert command_line.COMMANDS == registered


@pytest.mark.parametrize("argv,command", [
    (["list", "--json"], "list"),
    (["--vault", "v.cvault", "list"], "list"),
    (["--vault=v.cvault", "--passphrase-file", "p.txt", "report", "dashboard"], "report"),
    (["--help"], None), (["-h", "list"], None), (["--version"], None), ([], None),
    (["--vault", "list"], None),  # "list" is the vault's name here
    (["nonsense"], "nonsense"),
])
def test_the_command_a_line_names(argv, command):
    assert command_line.command_in(argv) == command


def _modules_loaded(argv: list[str]) -> list[str]:
    probe = ("import sys\nfrom contactvault import cli\n"
             f"cli.build_parser({argv!r})\n"
             "print(' '.join(sorted(m.rsplit('.', 1)[1] for m in sys.modules\n"
             "      if m.startswith('contactvault.cli.') and m.endswith('_commands'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return done.stdout.split()


def test_only_the_named_commands_module_is_loaded():
    assert _modules_loaded(["--vault", "v.cvault", "list", "--json"]) == ["contact_commands"]
    assert _modules_loaded(["gui"]) == []
    everything = _modules_loaded(["--help"])
    assert everything == sorted(m.rsplit(".", 1)[1] for m in command_line.COMMAND_MODULES)
    assert _modules_loaded(["lsit"]) == everything  # a typo: the error lists every command


def test_help_and_a_mistyped_command_still_name_every_command(cli):
    shown = cli("--help")
    assert shown.code == 0 and all(command in shown.out for command in command_line.COMMANDS)
    typo = cli("lsit")
    assert typo.code == 2 and "'list'" in typo.err and "'request'" in typo.err
