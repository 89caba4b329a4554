"""A smaller ICU data library for the frozen app (Linux): 32 MB of Unicode data cut to about 4.

Qt links ICU, whose data library ``libicudata.so.NN`` holds every CLDR locale's collation,
display names, currencies, units, time-zone names, break-iteration dictionaries for Asian
scripts, transliterators and a hundred legacy character-set converters. Qt uses ICU for
collation, case mapping and (for encodings it does not know itself) conversion; the app works in
English and Spanish and only ever reads and writes UTF-8. So the frozen app keeps:

- everything that is not per-locale (normalisation, case and property data, the collation root
  table, likely subtags, plural rules, time-zone rules and the other supplemental data);
- the root, English and Spanish locales in every locale tree (collation included);

and leaves out the other locales, the break-iteration and transliteration trees, rule-based
number formats and the legacy converters. Where ICU is then asked for a locale it does not
have, it falls back to root, as it does for any locale it does not know.

The data is taken out of the library, filtered with ICU's own ``icupkg`` and linked back into a
library of the same name and symbol with ``objcopy`` and ``ld``. Without those tools (Debian:
icu-devtools, binutils) the build keeps the full library and says so. The self-test's Qt step
sorts Spanish words, which fails if the data did not load.
"""

from __future__ import annotations

import platform
import re
import shutil
import struct
import subprocess
from pathlib import Path

LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
# Per-locale data: two or three letters, then optional _Script/_REGION/_variant parts.
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
KEPT_LOCALE = re.compile(r"^(root|en|en_[A-Za-z0-9_]*|es|es_[A-Za-z0-9_]*|pool|res_index)\.res$")
DROPPED_TREES = ("brkitr", "translit", "rbnf")
LOCALE_TREES = ("coll", "curr", "lang", "region", "unit", "zone")
# objcopy's names for the machines the app is built on.
BFD = {"x86_64": ("elf64-x86-64", "i386:x86-64"), "aarch64": ("elf64-littleaarch64", "aarch64")}


def unneeded(item: str) -> bool:
    """Whether the frozen app does without a package item (``tree/name`` or ``name``)."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name.endswith(".cnv"):
        return True
    in_locale_tree = tree in LOCALE_TREES or not tree
    return in_locale_tree and bool(LOCALE_ITEM.match(name)) and not KEPT_LOCALE.match(name)


def items_to_drop(items: list[str]) -> list[str]:
    return [item for item in items if unneeded(item)]


def extract_common_data(library: bytes, version: str) -> bytes:
    """The bytes of the ``icudtNN_dat`` symbol in an ELF64 little-endian shared library."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + n * shentsize) for n in range(shnum)
    ]
    wanted = f"icudt{version}_dat".encode()
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for start in range(offset, offset + size, entsize):
            st_name, _st_info, _st_other, st_shndx, value, length = struct.unpack_from(
                "<IBBHQQ", library, start
            )
            name_at = strings[4] + st_name
            if library[name_at : library.index(b"\0", name_at)] != wanted:
                continue
            home = sections[st_shndx]
            at = value - home[3] + home[4]
            data = library[at : at + length]
            if data[12:16] != b"CmnD":  # UDataInfo.dataFormat of a common-data package
                raise ValueError(f"{wanted.decode()} is not ICU common data")
            return data
    raise ValueError(f"the library has no symbol {wanted.decode()}")


def tools_missing() -> list[str]:
    missing = [tool for tool in ("icupkg", "objcopy", "ld") if shutil.which(tool) is None]
    if platform.machine() not in BFD:
        missing.append(f"an objcopy target for {platform.machine()}")
    return missing


def trimmed_library(source: Path, work: Path) -> Path:
    """Build the trimmed copy of ``source`` (``libicudata.so.NN``) in ``work``; returns it."""
    match = LIBRARY.match(source.name)
    if match is None:
        raise ValueError(f"{source.name} is not an ICU data library")
    version = match.group(1)
    package = f"icudt{version}l"  # the name icupkg gives every item's prefix: keep it
    work.mkdir(parents=True, exist_ok=True)
    full, small = work / "full" / f"{package}.dat", work / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    full.write_bytes(extract_common_data(source.read_bytes(), version))
    listing = subprocess.run(
        ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
    ).stdout.split()
    drop_list = work / "drop.txt"
    drop_list.write_text("\n".join(items_to_drop(listing)) + "\n", encoding="ascii")
    small.unlink(missing_ok=True)
    subprocess.run(["icupkg", "-r", str(drop_list), str(full), str(small)], check=True,
                   capture_output=True)  # fmt: skip
    target, arch = BFD[platform.machine()]
    symbol = f"_binary_{package}_dat"
    obj = work / f"{package}.o"
    subprocess.run(
        ["objcopy", "-I", "binary", "-O", target, "-B", arch,
         "--set-section-alignment", ".data=16",
         "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
         "--redefine-sym", f"{symbol}_start=icudt{version}_dat",
         "--strip-symbol", f"{symbol}_end", "--strip-symbol", f"{symbol}_size",
         small.name, obj.name],
        cwd=work, check=True, capture_output=True,
    )  # fmt: skip
    out = work / source.name
    subprocess.run(
        ["ld", "-shared", "-soname", source.name, "-z", "noexecstack", "-o", str(out), str(obj)],
        check=True,
        capture_output=True,
    )
    return out


def swap_in(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with the ICU data library replaced by its trimmed copy (built in
    ``work``), or unchanged, with a note, where the tools are missing."""
    found = [entry for entry in binaries if LIBRARY.match(Path(entry[0]).name)]
    if not found:
        return binaries
    missing = tools_missing()
    if missing:
        print(f"note: keeping Qt's full ICU data (32 MB): {', '.join(missing)} not available")
        return binaries
    swapped = []
    for dest, source, kind in binaries:
        if (dest, source, kind) in found:
            source = str(trimmed_library(Path(source), work))
        swapped.append((dest, source, kind))
    return swapped
