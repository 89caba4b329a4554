"""The build's own logic, without building: what is trimmed, where resources go, the version."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import icu_data  # noqa: E402
import spec_support as support  # noqa: E402

from csec_desktop import __version__  # noqa: E402

QT = "PySide6/Qt"


def entry(dest: str, kind: str = "BINARY") -> tuple[str, str, str]:
    return (dest, f"/src/{dest}", kind)


# Who links to whom, by source path: a plugin we drop, and the libraries it alone needs.
LINKS = {
    f"/src/{QT}/plugins/platformthemes/libqgtk3.so": ["libgtk.so", "libglib.so"],
    "/src/libgtk.so": ["libcairo.so"],
    f"/src/{QT}/plugins/platforms/libqxcb.so": ["libglib.so", "libxcb.so"],
    "/src/app.so": ["libQt6Core.so.6"],
    f"/src/{QT}/plugins/printsupport/libcupsprintersupport.so": ["libcups.so.2"],
    "/src/libcups.so.2": ["libgnutls.so.30"],
}


def test_prune_drops_unused_plugins_and_only_what_they_alone_needed() -> None:
    toc = [
        entry(f"{QT}/plugins/platformthemes/libqgtk3.so"),
        entry(f"{QT}/plugins/platforms/libqxcb.so"),
        entry(f"{QT}/plugins/platforms/libqwayland.so"),
        entry(f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so"),
        entry(f"{QT}/plugins/imageformats/libqsvg.so"),
        entry(f"{QT}/plugins/imageformats/libqtiff.so"),
        entry("libgtk.so"),
        entry("libcairo.so"),
        entry("libglib.so"),
        entry("libxcb.so"),
        entry("libloaded-at-run-time.so"),
        entry("libQt6Core.so.6"),
        entry(f"{QT}/plugins/printsupport/libcupsprintersupport.so"),
        entry("libcups.so.2"),
        entry("libgnutls.so.30"),
        entry("libcairo.so", "SYMLINK"),
        entry("app.so", "EXTENSION"),
        entry(f"{QT}/translations/qtbase_de.qm", "DATA"),
        entry(f"{QT}/translations/qtbase_es.qm", "DATA"),
        entry("csec_desktop/resources/policy/california.json", "DATA"),
    ]
    kept, dropped = support.prune(toc, lambda source: LINKS.get(source, []))
    names = {dest for dest, _src, kind in kept}
    assert {
        f"{QT}/plugins/platforms/libqxcb.so",
        f"{QT}/plugins/imageformats/libqsvg.so",
        "libglib.so",  # the gtk3 theme used it, but so does xcb
        "libxcb.so",
        "libloaded-at-run-time.so",  # nobody links it: it may be dlopen()ed, so it stays
        "libQt6Core.so.6",
        f"{QT}/plugins/printsupport/libcupsprintersupport.so",  # uses the host's libcups
        "app.so",
        f"{QT}/translations/qtbase_es.qm",
        "csec_desktop/resources/policy/california.json",
    } == names
    assert ("libcairo.so", "/src/libcairo.so", "SYMLINK") in dropped
    assert len(kept) + len(dropped) == len(toc)


def test_qt_excludes_keep_exactly_the_modules_the_app_uses(tmp_path: Path) -> None:
    for name in ("QtCore.abi3.so", "QtPdf.abi3.so", "QtNetwork.abi3.so", "QtQml.pyd", "Qt"):
        (tmp_path / name).touch()
    (tmp_path / "QtCore.pyi").touch()
    assert support.qt_excludes(tmp_path) == ["PySide6.QtNetwork", "PySide6.QtQml"]


def test_every_resource_file_goes_under_the_package(tmp_path: Path) -> None:
    (tmp_path / "resources" / "policy" / "__pycache__").mkdir(parents=True)
    (tmp_path / "resources" / "__init__.py").write_text("")
    (tmp_path / "resources" / "policy" / "california.json").write_text("{}")
    (tmp_path / "resources" / "policy" / "__pycache__" / "x.pyc").write_text("")
    pairs = support.resource_datas(tmp_path)
    assert sorted((Path(src).name, dest) for src, dest in pairs) == [
        ("__init__.py", "csec_desktop/resources"),
        ("california.json", "csec_desktop/resources/policy"),
    ]


def test_version_comes_from_the_package() -> None:
    assert support.read_version() == __version__
    text = support.windows_version_resource("1.2.3", "Counties", "CSEC Screening")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert support.version_tuple("2.0") == (2, 0, 0, 0)


def test_icu_keeps_shipped_languages_whole_the_tables_locale_data_and_shared_data() -> None:
    assert icu_data.shipped_languages() == ("en", "es")
    assert {"km", "pa", "hi", "th", "lo", "vi", "hy", "zh", "fil"} <= set(
        icu_data.table_languages()
    )
    kept = [
        "root.res", "en.res", "en_GB.res", "es.res", "es_419.res", "es_MX.res", "pool.res",
        "res_index.res", "coll/root.res", "coll/es.res", "coll/es__TRADITIONAL.res",
        "coll/ucadata.icu", "zone/en.res", "zone/pool.res", "lang/es_MX.res",
        "likelySubtags.res", "supplementalData.res", "zoneinfo64.res", "metaZones.res",
        "plurals.res", "nfkc.nrm", "uts46.nrm", "unames.icu", "cnvalias.icu", "uprops.icu",
        # A language a youth's copy can be in: its locale data, not its trees.
        "km.res", "km_KH.res", "zh_Hant_TW.res", "yue_Hans.res", "fil.res", "hy.res",
    ]  # fmt: skip
    dropped = [
        "de.res", "fr_CA.res", "coll/de.res", "zone/fr.res", "coll/km.res", "coll/zh.res",
        "curr/ja.res", "unit/pt.res", "region/it.res", "lang/zh.res", "brkitr/en.res",
        "brkitr/cjdict.dict", "brkitr/line.brk", "translit/root.res", "rbnf/es.res",
        "ibm-943_P15A-2003.cnv", "gb18030.cnv",
    ]  # fmt: skip
    assert icu_data.items_to_drop(kept + dropped) == dropped
    assert support.QT_TRANSLATIONS_KEPT == ("*_es.qm",)  # Qt's own, for the shipped languages


def test_icu_common_data_is_read_out_of_qts_own_library() -> None:
    import PySide6

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        pytest.skip("this PySide6 wheel carries no ICU data library")
    library = libraries[0]
    version = icu_data.LIBRARY.match(library.name).group(1)  # type: ignore[union-attr]
    data = icu_data.extract_common_data(library.read_bytes(), version)
    assert data[12:16] == b"CmnD"
    assert f"icudt{version}l/root.res".encode() in data
    assert len(data) > library.stat().st_size // 2  # the library is mostly this one symbol
    with pytest.raises(ValueError, match="no symbol icudt1_dat"):
        icu_data.extract_common_data(library.read_bytes(), "1")
    with pytest.raises(ValueError, match="not a 64-bit"):
        icu_data.extract_common_data(b"not a library at all", version)
