"""A smaller ICU data library for the frozen app (Linux): 32 MB of Unicode data cut to about 5.

Qt links ICU, whose data library ``libicudata.so.NN`` holds every CLDR locale's collation,
display names, currencies, units, time-zone names, break-iteration dictionaries for Asian
scripts, transliterators and a hundred legacy character-set converters. Qt uses ICU for
collation, case mapping and (for encodings it does not know itself) conversion; the app only
ever reads and writes UTF-8. So the frozen app keeps:

- everything that is not per-locale (normalisation, case and property data, the collation root
  table, likely subtags, plural rules, time-zone rules and the other supplemental data);
- the root locale, and in every locale tree (collation, display names, zones…) the languages
  the product ships translations in (the worker's screens and the youth's copy: English and
  Spanish), the ``shipped`` list of the language table ``resources/language/taglines.json``;
- the locale data proper (``<lang>.res``: dates, numbers, exemplar letters, delimiters) of
  every other language of that table: those a county adds a youth-copy translation for
  (California's threshold languages; a county adds its own there, docs/packaging.md). They are
  never the worker's screen language, so their collation and display-name trees stay out;

and leaves out the other locales, the break-iteration and transliteration trees, rule-based
number formats and the legacy converters. Where ICU is then asked for a locale it does not
have, it falls back to root, as it does for any locale it does not know.

The data is taken out of the library, filtered with ICU's own ``icupkg`` and linked back into a
library of the same name and symbol with ``objcopy`` and ``ld``. Without those tools (Debian:
icu-devtools, binutils) the build keeps the full library and says so. The self-test's Qt step
sorts Spanish words, which fails if the data did not load.
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
# Per-locale data: two or three letters, then optional _Script/_REGION/_variant parts.
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
LANGUAGE_TABLE = Path(__file__).resolve().parent.parent / "resources" / "language" / "taglines.json"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # an ISO 639 language subtag, as ICU names locales


def _table(table: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(table.read_text(encoding="utf-8"))
    return doc


def shipped_languages(table: Path = LANGUAGE_TABLE) -> tuple[str, ...]:
    """The languages the product ships translations in (the table's ``shipped`` list)."""
    return tuple(sorted(_table(table)["shipped"]))


def table_languages(table: Path = LANGUAGE_TABLE) -> tuple[str, ...]:
    """The language subtag of each entry of the table (``zh-Hant`` → ``zh``) and its aliases
    that are language codes (``tl`` also as ``fil``, ICU's name for it)."""
    found = set()
    for code, entry in _table(table)["languages"].items():
        # An alias is a code only when it is two or three letters alone ("iu-mien" is a name).
        for subtag in (code.split("-")[0].lower(), *entry.get("aliases", ())):
            if _LANGUAGE.match(subtag):
                found.add(subtag)
    return tuple(sorted(found))


def kept_locale(languages: tuple[str, ...]) -> re.Pattern[str]:
    """Locale items kept: root, the pool and index, and every locale of ``languages``."""
    names = "|".join(re.escape(language) for language in languages)
    return re.compile(rf"^(root|pool|res_index|({names})(_[A-Za-z0-9_]*)?)\.res$")


KEPT_LOCALE = kept_locale(shipped_languages())  # in every locale tree
KEPT_LOCALE_DATA = kept_locale(table_languages())  # the locale's own data only (no tree)
DROPPED_TREES = ("brkitr", "translit", "rbnf")
LOCALE_TREES = ("coll", "curr", "lang", "region", "unit", "zone")
# objcopy's names for the machines the app is built on.
BFD = {"x86_64": ("elf64-x86-64", "i386:x86-64"), "aarch64": ("elf64-littleaarch64", "aarch64")}


def unneeded(item: str) -> bool:
    """Whether the frozen app does without a package item (``tree/name`` or ``name``): a
    locale of a language the product does not know, or a tree it never uses."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name.endswith(".cnv"):
        return True
    if not (tree in LOCALE_TREES or not tree) or not LOCALE_ITEM.match(name):
        return False
    return not (KEPT_LOCALE.match(name) or (not tree and KEPT_LOCALE_DATA.match(name)))


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
