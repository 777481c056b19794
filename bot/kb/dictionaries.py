"""pymorphy3's Russian and Ukrainian dictionaries, read from memory-mapped files rather than copied into memory.

pymorphy3 keeps each dictionary as DAWGs (``dawg_python``), whose units it copies from disk into an
``array``: about 40 MB for the two languages, every byte of it private to the process. A lookup touches a few
pages of those files, so here the units are a view of the file mapped read-only: the bot holds in memory only
the pages its questions have touched, which the operating system may share between processes and drop under
pressure. Parses are the same, byte for byte (``tests/test_languages.py`` pins some).
"""

from __future__ import annotations

import mmap
import struct
from functools import cache
from typing import BinaryIO, Literal

import dawg_python.wrapper


def _mapped(fp: BinaryIO, typecode: Literal["B", "I"], count: int) -> memoryview:
    """``count`` items of ``typecode`` at ``fp``'s position, as a view of the mapped file; ``fp`` moves past them."""
    start = fp.tell()
    size = count * struct.calcsize(typecode)
    mapped = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
    fp.seek(start + size)
    return memoryview(mapped)[start:start + size].cast(typecode)


def _read_dictionary(self: dawg_python.wrapper.Dictionary, fp: BinaryIO) -> None:
    (count,) = struct.unpack("=I", fp.read(4))
    self._units = _mapped(fp, "I", count)


def _read_guide(self: dawg_python.wrapper.Guide, fp: BinaryIO) -> None:
    (count,) = struct.unpack("=I", fp.read(4))
    self._units = _mapped(fp, "B", count * 2)


@cache
def morph_analyzer(lang: str) -> object:
    """pymorphy3's analyser for ``lang`` ("ru" or "uk"), its dictionaries memory-mapped; one per language."""
    dawg_python.wrapper.Dictionary.read = _read_dictionary
    dawg_python.wrapper.Guide.read = _read_guide
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)
