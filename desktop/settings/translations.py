"""The user interface's language: Caselog's own catalogue (resources/translations) and Qt's, for
its standard buttons and dialogs. Chosen in Preferences; "system" follows the desktop's locale.
The language is set once, before the first window, so a change applies at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models import i18n
from resources import resource_path

# The languages Caselog ships, by the code Preferences stores, with each one's own name.
LANGUAGES = {"en": "English", "de": "Deutsch"}
CATALOGUE = "caselog_{0}.qm"


def chosen_language(choice: str, system: QLocale | None = None) -> str:
    """The language to use for the preference ``choice`` ("system" or a code of LANGUAGES):
    the system's language when Caselog has it, English otherwise."""
    if choice in LANGUAGES:
        return choice
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install_translations(app: QCoreApplication, choice: str) -> str:
    """Load the catalogues for ``choice`` into ``app`` and route models/' sentences through
    them. Returns the language code in use."""
    language = chosen_language(choice)
    for translator in getattr(app, "_caselog_translators", []):
        app.removeTranslator(translator)
    app._caselog_translators = []
    i18n.set_translator(None)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory()))
        return language
    locale = QLocale(language)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app._caselog_translators.append(qt)
    own = QTranslator(app)
    if not own.load(str(resource_path(f"translations/{CATALOGUE.format(language)}"))):
        raise FileNotFoundError(f"The {language} catalogue is missing from resources/translations.")
    app.installTranslator(own)
    app._caselog_translators.append(own)
    QLocale.setDefault(locale)
    i18n.set_translator(QCoreApplication.translate)
    return language
