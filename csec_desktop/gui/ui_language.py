"""Installing the worker's language in the running app: Qt's translators and the core hook.

One call, ``install_language(code)``, makes every later ``translate(...)`` (core and GUI) and
every Designer form speak ``code``: it loads the product's catalog
(``resources/i18n/csec_<code>.qm``) and Qt's own ``qtbase_<code>.qm`` (the standard dialog
buttons: "Aceptar", "Cancelar"), routes ``core.i18n.translate`` to
``QCoreApplication.translate``, sets ``QLocale``'s default (numbers and Qt's date widgets) and
records the code for ``core.worker_language.worker_language()`` (instruments' wording).

Installing a translator makes Qt send every widget a ``LanguageChange`` event: the shell
(sign-in, lock screens, menus) redraws its words on that event; windows that build their words
when opened (the workspace, dialogs) are reopened by the controller instead (see
``AppController.change_language``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from csec_desktop.core import i18n
from csec_desktop.core.paths import resource
from csec_desktop.core.worker_language import ENGLISH, checked, set_worker_language

# QLocale for each shipped language: US English, and Spanish as spoken in the United States.
LOCALES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}
_installed: list[QTranslator] = []


def _qt_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def _qt_catalog(name: str) -> str:
    """Qt's own catalog ``name``: where Qt says its translations are, else beside the PySide6
    package (a frozen app may not carry Qt's configured path)."""
    import PySide6

    for folder in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ):
        if (folder / name).is_file():
            return str(folder / name)
    return ""


def install_language(code: str) -> None:
    """Speak ``code`` (``en`` or ``es``) from now on; needs a QCoreApplication."""
    checked(code)
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == ENGLISH:
        i18n.reset()
    else:
        for path in (_qt_catalog(f"qtbase_{code}.qm"), str(resource("i18n", f"csec_{code}.qm"))):
            translator = QTranslator(app)
            if path and translator.load(path):
                app.installTranslator(translator)
                _installed.append(translator)
        i18n.install(_qt_translate)
    QLocale.setDefault(QLocale(LOCALES[code], QLocale.Country.UnitedStates))
    set_worker_language(code)
    # Qt posts LanguageChange; deliver it now, so the shell has redrawn its words when this
    # returns (the caller may build or read a page next).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
