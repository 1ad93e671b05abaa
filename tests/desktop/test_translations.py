"""Translations: the catalogue is in step with the code and compiled, German is complete and
keeps every placeholder, it is chosen in Preferences, and with it the windows and the sentences
from models/ speak German."""

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog
from desktop.settings.translations import LANGUAGES, chosen_language, install_translations
from desktop.supervision.review_window import ReviewWindow
from desktop.supervision.summary_window import SummaryWindow
from models import i18n
from models.log.encounters import save_encounter
from models.log.months import Month
from models.values import ValidationError
from tests.helpers import TODAY, encounter_fields, screen_texts

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "caselog_de.ts"
PLACEHOLDERS = re.compile(r"\{[^}]*\}|%n|%\d|<[^>]+>")


def messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translation's forms (one, or one per plural form)."""
    found = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            found[(name, message.findtext("source"))] = forms
    return found


def load_update_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging/update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_holds_every_sentence_of_the_code(tmp_path):
    """Running lupdate over the code adds nothing and drops nothing: every tr() is in it."""
    script = load_update_script()
    copy = tmp_path / "caselog_de.ts"
    shutil.copy(CATALOGUE, copy)
    script.update(copy, tmp_path)
    assert messages(copy) == messages(CATALOGUE)


def test_the_compiled_catalogue_is_the_committed_one(tmp_path):
    script = load_update_script()
    script.compile_catalogue(CATALOGUE, tmp_path / "de.qm")
    assert (tmp_path / "de.qm").read_bytes() == CATALOGUE.with_suffix(".qm").read_bytes()


def test_german_is_complete_and_keeps_every_placeholder():
    found = messages(CATALOGUE)
    assert len(found) > 600
    for (context, source), forms in found.items():
        assert forms and all(form.strip() for form in forms), f"{context}: {source!r} is not translated"
        for form in forms:
            assert sorted(PLACEHOLDERS.findall(form)) == sorted(PLACEHOLDERS.findall(source)), (context, source)
            assert form.count("&") == source.count("&"), f"{context}: {source!r} loses or gains a shortcut key"
    built_in = [source for context, source in found if context == "Taxonomy"]
    assert len(built_in) == 16, "the eight categories' labels and descriptions"


def test_the_language_follows_the_preference_or_the_system():
    assert chosen_language("de") == "de"
    assert chosen_language("en", QLocale("de_DE")) == "en"
    assert chosen_language("system", QLocale("de_AT")) == "de"
    assert chosen_language("system", QLocale("fr_FR")) == "en"


def test_german_is_chosen_in_preferences(qtbot, tmp_path):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["system", *LANGUAGES]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    dialog.preferences().save(settings)
    assert Preferences.load(settings).language == "de"
    settings.setValue("preferences/language", "tlh")
    assert Preferences.load(settings).language == "system"


@pytest.fixture
def german(qapp):
    assert install_translations(qapp, "de") == "de"
    yield
    install_translations(qapp, "en")


def shown_texts(root) -> set[str]:
    """What a person reads or hears: labels, buttons, group titles, actions, accessible names."""
    return set(screen_texts(root))


def english_left(texts: set[str]) -> set[str]:
    """Texts that are an English sentence of the catalogue whose German differs."""
    english = {source for (_, source), forms in messages(CATALOGUE).items() if forms and forms[0] != source}
    return {text for text in texts if text in english}


def test_the_windows_speak_german(qtbot, german, store, client, dialogs):
    from desktop.main_window import MainWindow

    save_encounter(encounter_fields(occurred_on="2026-10-14"))
    window = MainWindow(dialogs)
    qtbot.addWidget(window)
    window.new_action.trigger()
    summary = SummaryWindow(Month(2026, 10), dialogs)
    review = ReviewWindow(Month(2026, 10), dialogs)
    preferences = PreferencesDialog(Preferences())
    for shown in (summary, review, preferences):
        qtbot.addWidget(shown)
    for root in (window, window.form, summary, review, preferences):
        texts = shown_texts(root)
        assert english_left(texts) == set(), type(root).__name__
    assert "&Neue Begegnung" in {action.text() for action in window.findChildren(QAction)}
    categories = {box.text() for box in window.form.findChildren(QAbstractButton)}
    assert {"Professionelle Grenzen", "Vertraulichkeit"} <= categories


def test_sentences_from_models_speak_german(german, store, client):
    with pytest.raises(ValidationError) as refused:
        save_encounter(encounter_fields(what_was_said="   ", occurred_on="2030-01-01"), today=TODAY)
    shown = {problem.field: problem.message for problem in refused.value.problems}
    assert shown == {"what_was_said": "darf nicht leer sein", "occurred_on": "2030-01-01 liegt in der Zukunft"}
    assert i18n.translate("Signals", "Follow-ups left open") == "Offen gebliebene Folgeschritte"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalogue


def test_english_again_when_the_translator_is_removed(qapp):
    install_translations(qapp, "de")
    install_translations(qapp, "en")
    assert i18n.translate("Signals", "Follow-ups left open") == "Follow-ups left open"
    assert QCoreApplication.translate("MainWindow", "&New encounter") == "&New encounter"


def test_an_addendum_names_fields_and_values_as_the_screen_does(german):
    from desktop.labels import addendum_text

    addendum = {
        "kind": "changed", "occurred_on": "2026-10-20", "client": "C-TEST", "month": "2026-10",
        "created_at": "2026-11-27T10:00:00", "reason": "Neue Information.",
        "changes": {"risk": ["low", "high"], "others_present": [False, True],
                    "follow_up": [[], [{"action": "consult_supervisor", "done": True}]]},
    }  # fmt: skip
    assert addendum_text(addendum) == (
        "2026-10-20 C-TEST: Risiko: Niedrig → Hoch; andere anwesend: nein → ja; "
        "Folgeschritt: — → Supervisor:in konsultieren (erledigt) (am 2026-11-27, Begründung: Neue Information.)"
    )


def test_an_import_problem_says_where_in_the_therapists_words(german):
    from desktop.labels import problem_line
    from models.values import Problem

    assert problem_line(Problem("encounters[3].occurred_on", "ist erforderlich")) == (
        "Begegnung 4, Datum: ist erforderlich"
    )
    assert problem_line(Problem("clients[0].code", "x")) == "Klient:in 1, code: x"
    assert problem_line(Problem("format", "x")) == "format: x"


def test_the_encounter_list_names_categories_in_the_users_language(german, store, client):
    from models.log.encounter_list import ListFilter, fetch_page

    save_encounter(encounter_fields(categories=["confidentiality", "public_acknowledgement"]))
    page, _ = fetch_page(ListFilter())
    assert page[0].categories == ("Vertraulichkeit", "Öffentliche Begegnung und Begrüßung")
