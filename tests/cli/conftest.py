"""Run the real command line in a subprocess, as a person or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path):
    vault = tmp_path / "cli.cvault"

    def run(*args: str, passphrase: str | None = PASSPHRASE, vault_path: Path | None = vault,
            env: dict | None = None, timeout: float = 120) -> Result:
        full_env = dict(os.environ)
        full_env.pop("CONTACTVAULT_PASSPHRASE", None)
        if passphrase is not None:
            full_env["CONTACTVAULT_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        argv = [sys.executable, "-m", "contactvault"]
        if vault_path is not None:
            argv += ["--vault", str(vault_path)]
        proc = subprocess.run(
            [*argv, *args], capture_output=True, text=True, env=full_env, cwd=REPO,
            stdin=subprocess.DEVNULL, timeout=timeout,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    run.vault = vault
    return run
