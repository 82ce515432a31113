"""Read one raw file: check its bytes against the catalogue, decode them as declared.

The checksum is taken over the bytes as stored, before any decoding. Offsets everywhere else in the
pipeline are code-point offsets into the decoded text, which is kept exactly as decoded (a CRLF
file keeps its \r; a line ends at \n). Only a leading byte-order mark is dropped: it marks the
encoding, it is not text.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from .catalogue import CATALOGUE_NAME
from .errors import RawFileError
from .model import RawFile

# Declared name → Python codec. The BOM-aware codecs drop a leading BOM and keep any later U+FEFF.
CODECS = {"utf-8": "utf-8-sig", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16",
          "gb18030": "gb18030", "big5": "big5", "big5hkscs": "big5hkscs"}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_CONTROL_SHARE = 0.01  # text extracted from PDFs has none; binary data has far more


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_raw(path: Path, entry: dict[str, Any]) -> RawFile:
    data = path.read_bytes()
    digest = sha256_bytes(data)
    if digest != entry["sha256"]:
        raise RawFileError(
            f"{path}: sha256 of the bytes is {digest}, the catalogue says {entry['sha256']}; if the change "
            f"is intended, update its entry in {path.parent / CATALOGUE_NAME} and bump RELEASE_VERSION"
        )
    return RawFile(name=path.name, sha256=digest, text=decode(path, data, entry["encoding"]), entry=entry)


def decode(path: Path, data: bytes, encoding: str) -> str:
    if not data:
        raise RawFileError(f"{path}: empty file")
    utf16 = encoding == "utf-16"
    if utf16 and not data.startswith(_UTF16_BOMS):
        raise RawFileError(f"{path}: declared utf-16 but has no byte-order mark; declare the byte order by adding one")
    nul = -1 if utf16 else data.find(b"\x00")  # NUL is never text in the byte-oriented encodings
    if nul >= 0:
        raise RawFileError(f"{path}: binary content (NUL byte at byte offset {nul})")
    try:
        text = data.decode(CODECS[encoding])
    except UnicodeDecodeError as error:
        bad = data[error.start:error.start + 4].hex(" ")
        surrogate = "surrogate" in error.reason or _is_encoded_surrogate(data, error.start, encoding)
        problem = "lone surrogate" if surrogate else error.reason
        raise RawFileError(
            f"{path}: undecodable bytes as {encoding} at byte offset {error.start} ({problem}; bytes {bad})"
        ) from None
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(text):
        raise RawFileError(f"{path}: binary content ({controls} control characters in {len(text)})")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise RawFileError(f"{path}: lone surrogate at character offset {surrogate.start()}")
    if not text.strip():
        raise RawFileError(f"{path}: no text, only whitespace")
    return text


def _is_encoded_surrogate(data: bytes, start: int, encoding: str) -> bool:
    """UTF-8 bytes ED A0..BF encode U+D800..DFFF (CESU-8, WTF-8), which strict UTF-8 refuses."""
    lead = data[start:start + 2]
    return encoding.startswith("utf-8") and len(lead) == 2 and lead[0] == 0xED and 0xA0 <= lead[1] <= 0xBF
