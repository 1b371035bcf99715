"""``contactvault`` with no command starts the desktop app; with a command, the CLI."""

from __future__ import annotations

import sys


def main() -> None:
    argv = sys.argv[1:]
    if not argv or argv in (["--vault"],):
        from contactvault.cli import run

        sys.exit(run(["gui"]))
    if len(argv) == 2 and argv[0] == "--vault":
        from contactvault.cli import run

        sys.exit(run([*argv, "gui"]))
    from contactvault.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
