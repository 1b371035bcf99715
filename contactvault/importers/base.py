"""The one interface every address-book format implements, and what it is shown.

A format declares its ``name`` (what ``FileSummary.format`` says for a file it reads),
the file ``extensions`` it is usually saved with (offered in file dialogs; contents, not
names, decide), a ``detect`` that scores the beginning of a file and a ``read`` that
streams its records. ``registry.FORMATS`` lists them; the highest score reads the file,
as Picard's formats each declare their extensions and a score.

Scores are between 0 and 1: 0 means "not mine"; 1 means the file says what it is
(``BEGIN:VCARD``). Formats that recognise a file by degrees (CSV column headers) score
in between, so the best match wins; equal scores go to the format listed first.

``read`` never raises for bad content: a bad record is an ``ImportIssue`` (file, line,
reason) and the records around it are still read. File-level checks (cannot be opened,
empty, binary, encoding) are done once, by the registry, before any format is asked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from contactvault.importers.decoding import FileEncoding
from contactvault.importers.report import ImportIssue
from contactvault.model import ParsedContact

Record = ParsedContact | ImportIssue


@dataclass(frozen=True)
class Head:
    """The beginning of one file, as every format's ``detect`` sees it."""

    file: str  # the path as given; issues name the file by it
    data: bytes  # the first bytes exactly as in the file (byte-order mark included)
    text: str  # the same bytes decoded in the file's encoding, byte-order mark removed
    encoding: FileEncoding
    binary: str = ""  # what kind of binary file this is (e.g. "PNG image"); "" for text
    # Tables (CSV, spreadsheets): the user's column -> field choices, and what was used
    # (the reader fills ``used`` with every column's field once it has read the header,
    # and ``kept`` with the same when the import record should keep it: a table mapped
    # by its names or by the user, not an exporter's file, whose columns are fixed).
    mapping: Mapping[str, str] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    kept: dict[str, str] = field(default_factory=dict)
    # False for a mapping kept from an earlier import: a column it names that the file
    # no longer has is passed over, not refused.
    strict_mapping: bool = True
    # The region numbers without a country code are read in (phones.normalise).
    region: str = "DE"


class Importer(Protocol):
    """One address-book format."""

    name: str
    extensions: tuple[str, ...]  # lower case, with the dot: (".vcf", ".vcard")

    def detect(self, head: Head) -> float:
        """How sure this format is that the file is its own: 0 (not mine) to 1."""
        ...

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        """Stream the file's records and issues; ``stream`` is the open file, at 0."""
        ...
