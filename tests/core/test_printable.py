"""``printable``: control characters from names and file names are shown escaped."""

from __future__ import annotations

import os

import pytest

from contactvault.printable import path_text, printable


@pytest.mark.parametrize(("text", "shown"), [
    ("Anna Müller", "Anna Müller"),
    ("\x1b[31mRot\x1b[0m", "\\x1b[31mRot\\x1b[0m"),
    ("Bell\x07 and CR\r", "Bell\\x07 and CR\\r"),
    ("two\nlines\ttab", "two\\nlines\\ttab"),
    ("C1 \x9b2J and DEL \x7f", "C1 \\x9b2J and DEL \\x7f"),
    ("bidi \u202eevil\u202c", "bidi \\u202eevil\\u202c"),
    ("file-\udcff.vcf", "file-\\xff.vcf"),  # an undecodable file-name byte
    ("日本語 and emoji 🙂", "日本語 and emoji 🙂"),
])
def test_printable_escapes_control_characters(text, shown):
    assert printable(text) == shown


def test_printable_keeps_the_programs_own_line_breaks():
    assert printable("line 1\nline\x1b 2", keep_newlines=True) == "line 1\nline\\x1b 2"


def test_path_text_reads_bytes_that_are_not_utf8():
    name = os.fsdecode(b"/tmp/kunden-\xff\xfe.vcf")
    assert path_text(name) == "/tmp/kunden-\\xff\\xfe.vcf"
    assert path_text("/tmp/Müller.vcf") == "/tmp/Müller.vcf"
    path_text(name).encode("utf-8")  # storable and printable as it is
