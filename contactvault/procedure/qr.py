"""QR codes as small PNG images, without Pillow.

The ``qrcode`` package (pure Python, BSD) computes the module matrix; this module
writes it as a 1-bit greyscale PNG with zlib, so the sheet can embed it as a ``data:``
URI that browsers and QTextDocument both show. Error correction M, the standard quiet
zone of four modules.
"""

from __future__ import annotations

import base64
import struct
import zlib

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4


def matrix(text: str) -> list[list[bool]]:
    """The QR modules for ``text`` (True = dark), quiet zone included."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def png(text: str, scale: int = 8) -> bytes:
    """A black-on-white PNG of the code, ``scale`` pixels per module."""
    rows = matrix(text)
    size = len(rows) * scale
    raw = bytearray()
    for row in rows:
        bits = []
        for dark in row:
            bits.extend([0 if dark else 1] * scale)  # 1-bit greyscale: 0 = black
        line = bytearray([0])  # filter type "none"
        for i in range(0, len(bits), 8):
            chunk = bits[i:i + 8] + [1] * (8 - len(bits[i:i + 8]))
            byte = 0
            for bit in chunk:
                byte = (byte << 1) | bit
            line.append(byte)
        raw.extend(bytes(line) * scale)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def data_uri(text: str, scale: int = 8) -> str:
    return "data:image/png;base64," + base64.b64encode(png(text, scale)).decode("ascii")
