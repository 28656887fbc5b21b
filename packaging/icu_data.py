"""A smaller ICU data library for the app folder: the items Qt's ICU calls never read, left out.

    python3 packaging/icu_data.py SRC_LIBICUDATA OUT_DIR   # -> OUT_DIR/libicudata.so.NN

PySide6's QtCore links ICU, whose data library (31 MiB) holds everything ICU can do. Qt calls
ICU for collation (`ucol_*`: QCollator, the file dialog's sorting), case mapping
(`u_strTo*`), time zones (`ucal_*`) and named legacy codecs (`ucnv_*`: QStringConverter by
name). The app names no codec (every file it reads or writes is UTF-8, and Python, not Qt,
decodes them), so the converter tables go, and with them the data no Qt call reaches at all:
break iterators, transliteration, spelled-out numbers, the display names of units,
currencies, languages and regions, stringprep and spoof checking. Collation, time zones,
locale and normalisation data stay whole. `nm -D --undefined-only libQt6Core.so.6` lists the
ICU functions Qt uses; check it again when PySide6 is upgraded.

The library is rebuilt from the ICU common data package (header, table of contents sorted
by name, items aligned to 16 bytes) with binutils' `as` and `ld`, which PyInstaller needs on
Linux anyway (objcopy, strip); without them the build keeps the full library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item name patterns (after the `icudtNNl/` prefix) left out: see the module docstring.
DROP = re.compile(
    r"(brkitr|unit|curr|lang|region|translit|rbnf)/.*"  # trees no Qt call reads
    r"|[^/]*\.(cnv|spp|cfu)"  # legacy codec tables, stringprep profiles, spoof checks
)
ALIGN = 16  # ICU reads items in place and expects them 16-byte aligned
PAD = b"\xaa"  # what ICU's own packager pads with, so an untouched package packs identically


def data_symbol(lib: bytes) -> tuple[str, int, int]:
    """The name, file offset and size of the one exported symbol (`icudtNN_dat`) of an
    ELF64 little-endian ICU data library."""
    if lib[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF library")
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", lib, 0x28)[0],
        *struct.unpack_from("<HH", lib, 0x3A),
    )
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            name_at, _sym_info, _other, shndx, value, sym_size = struct.unpack_from(
                "<IBBHQQ", lib, at
            )
            name = lib[strtab + name_at : lib.index(b"\0", strtab + name_at)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                sec_addr, sec_offset = sections[shndx][3], sections[shndx][4]
                return name, value - sec_addr + sec_offset, sym_size
    raise ValueError("no icudtNN_dat symbol")


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", package, toc)[0]
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in entries[1:]] + [len(package) - toc]
    found = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = package[toc + name_at : package.index(b"\0", toc + name_at)].decode("ascii")
        found.append((name, package[toc + data_at : toc + end]))
    return package[:header_size], found


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data package of `kept` (already in name order), laid out as ICU writes it."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    data_start = -(-(toc_size + len(names) + len(header)) // ALIGN) * ALIGN - len(header)
    toc, name_at, data_at, body = [struct.pack("<I", len(kept))], toc_size, data_start, []
    for name, data in kept:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + PAD * (-len(data) % ALIGN)
        body.append(padded)
        data_at += len(padded)
    head = b"".join(toc) + names
    return header + head + PAD * (data_start - len(head)) + b"".join(body)


def trimmed_package(lib: bytes) -> tuple[str, bytes]:
    symbol, offset, size = data_symbol(lib)
    header, found = items(lib[offset : offset + size])
    kept = [(name, data) for name, data in found if not DROP.fullmatch(name.split("/", 1)[1])]
    return symbol, pack(header, kept)


def build(src: Path, out_dir: Path) -> Path | None:
    """OUT_DIR/<src's name>, the trimmed library, or None without an assembler and linker."""
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if assembler is None or linker is None:
        return None
    symbol, package = trimmed_package(src.read_bytes())
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / src.name
    with tempfile.TemporaryDirectory() as tmp:
        data, asm, obj = (Path(tmp) / name for name in ("icudata.dat", "icudata.s", "icudata.o"))
        data.write_bytes(package)
        asm.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign {ALIGN}\n"
            f'{symbol}:\n.incbin "{data}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run([assembler, "-o", str(obj), str(asm)], check=True)
        subprocess.run(
            [linker, "-shared", "-soname", src.name, "-o", str(out), str(obj)], check=True
        )
    return out


if __name__ == "__main__":
    built = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(built or "no assembler and linker (binutils): the full ICU data library stays")
