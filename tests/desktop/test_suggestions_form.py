"""The form's clinical voice (DESIGN §3), driven as a therapist drives it: concerns and categories
appear with their reasons as the note is typed, are accepted or dismissed from the keyboard or the
mouse, the risk and the follow-up they call for are suggested, and warnings never block a save."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from models.log.encounters import Encounter, encounter_dict
from tests.helpers import screen_texts


def open_form(qtbot, window, client):
    """A new encounter with its choices made (a chance meeting at the supermarket), the note to write."""
    window.new_action.trigger()
    form = window.form
    form.inputs["client"].set_value(client.code)
    for name, value in (("setting", "public_place"), ("initiated_by", "client"), ("avoidability", "unavoidable"),
                        ("acknowledgement", "client_first")):  # fmt: skip
        form.widgets[name].set_value(value)
    return form


def offered(form):
    return {(offer.kind, offer.slug): offer for offer in form.suggestions.shown}


def test_a_concern_appears_as_the_note_is_typed_and_is_accepted_from_the_keyboard(qtbot, window, client):
    form = open_form(qtbot, window, client)
    form.widgets["what_was_said"].setFocus()
    qtbot.keyClicks(form.widgets["what_was_said"], "He asked me out for dinner, just the two of us.")
    qtbot.waitUntil(lambda: ("concern", "romantic_or_sexual") in offered(form))
    reason = offered(form)[("concern", "romantic_or_sexual")].reason
    assert reason.startswith("romantic or sexual feelings or contact: “") and "asked me out" in reason
    shown = " ".join(screen_texts(form.suggestions, visible_only=True))
    assert "Concern: Romantic or sexual" in shown and "asked me out" in shown
    assert form.risk_hint.isVisibleTo(form) and "High" in form.risk_hint.text()
    assert ("follow_up", "consult_supervisor") in offered(form)

    accept = next(b for b in form.suggestions.buttons if b.accessibleName() == "Accept suggestion Romantic or sexual")
    accept.setFocus()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    assert form.inputs["concerns"].boxes["romantic_or_sexual"].isChecked()
    assert ("concern", "romantic_or_sexual") not in offered(form)
    follow_up = next(
        b for b in form.suggestions.buttons if b.accessibleName() == "Accept suggestion Consult supervisor"
    )
    qtbot.mouseClick(follow_up, Qt.MouseButton.LeftButton)
    assert form.follow_up_boxes["consult_supervisor"][0].isChecked()

    # Rated low, a high-risk concern is worth a second look; the save goes through all the same.
    assert any("a concern of high risk is rated low" in line for line in form.warnings.lines)
    form.category_boxes["professional_boundaries"].setChecked(True)
    with qtbot.waitSignal(window.encounter_saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = encounter_dict(Encounter.get().id)
    assert saved["concerns"] == ["romantic_or_sexual"]
    assert {"action": "consult_supervisor", "done": False} in saved["follow_up"]
    assert saved["risk"] == "low"  # a suggestion, not a rule: the therapist's rating stands


def test_a_dismissed_concern_stays_dismissed_while_typing_goes_on(qtbot, window, client):
    form = open_form(qtbot, window, client)
    qtbot.keyClicks(form.widgets["what_was_said"], "At the door she hugged me.")
    qtbot.waitUntil(lambda: ("concern", "physical_contact") in offered(form))
    dismiss = next(b for b in form.suggestions.buttons if b.accessibleName() == "Dismiss suggestion Physical contact")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert ("concern", "physical_contact") not in offered(form)
    qtbot.keyClicks(form.widgets["what_was_said"], " Then she hugged me again.")
    qtbot.waitUntil(lambda: not form.suggest_timer.isActive())
    assert ("concern", "physical_contact") not in offered(form)
    assert not form.inputs["concerns"].boxes["physical_contact"].isChecked()


def test_warnings_follow_the_fields_and_name_them(qtbot, window, client):
    form = open_form(qtbot, window, client)
    form.widgets["initiated_by"].set_value("no_contact")
    form.widgets["acknowledgement"].set_value("client_first")
    qtbot.waitUntil(lambda: bool(form.warnings.lines))
    assert "Acknowledgement: no contact took place, yet an acknowledgement is recorded" in form.warnings.lines
    assert form.warnings.isVisibleTo(form)
    form.widgets["acknowledgement"].set_value("not_acknowledged")
    qtbot.waitUntil(lambda: not form.warnings.lines)
    assert not form.warnings.isVisibleTo(form)


def test_typing_does_not_wait_for_the_rules(qtbot, window, client):
    form = open_form(qtbot, window, client)
    qtbot.waitUntil(lambda: not form.suggest_timer.isActive())
    form.widgets["what_was_said"].setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "She brought me a bottle of wine")
    # Between keys the rules do not run: one pass follows the pause.
    assert form.suggest_timer.isActive() and ("concern", "gift") not in offered(form)
    qtbot.waitUntil(lambda: ("concern", "gift") in offered(form))
    labels = [w for w in form.suggestions.findChildren(QLabel) if "bottle of wine" in w.text()]
    assert labels and labels[0].isVisibleTo(form)
