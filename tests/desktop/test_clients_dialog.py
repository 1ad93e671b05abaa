"""The Clients dialog keeps each client's standing record (DESIGN §3), driven from the keyboard."""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.log.clients_dialog import ClientsDialog
from desktop.log.standing_record_editor import OverlapDialog
from models.log.clients import create_client
from models.log.enums import ClientStatus, OverlapKind
from models.log.standing_record import standing_record


def _dialog(qtbot, dialogs=None):
    dialog = ClientsDialog(dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_record_is_typed_and_saved(qtbot, store):
    client = create_client(name="Maria Schmidt")
    dialog = _dialog(qtbot)
    editor = dialog.editor
    assert editor.heading.text() == f"Standing record of {client.code}"
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # Active → Former
    editor.ended_on.setDate(QDate(2026, 9, 30))
    qtbot.mouseClick(editor.has_agreement, Qt.MouseButton.LeftButton)
    editor.agreed_on.setDate(QDate(2026, 3, 2))
    qtbot.keyClicks(editor.terms, "A nod only; the client leads.")
    qtbot.keyClicks(editor.contact, "Texts for scheduling only.")
    qtbot.keyClicks(editor.keep_out, "Ilse")
    qtbot.keyClick(editor.keep_out, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.keep_out, "Rosewood Choir")

    def fill_overlap():
        overlap = QApplication.activeModalWidget()
        assert isinstance(overlap, OverlapDialog)
        overlap.kind.setCurrentIndex(overlap.kind.findData(OverlapKind.COMMUNITY.value))
        qtbot.keyClicks(overlap.description, "Same choir as her sister")
        qtbot.keyClicks(overlap.plan, "Sit apart")
        overlap.has_review.setChecked(True)
        overlap.review_on.setDate(QDate(2026, 12, 1))
        overlap.accept()

    QTimer.singleShot(0, fill_overlap)
    qtbot.mouseClick(editor.add_overlap_button, Qt.MouseButton.LeftButton)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(editor.keep_out, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    record = standing_record(client.id)
    assert record.status == ClientStatus.FORMER and record.ended_on == dt.date(2026, 9, 30)
    assert record.acknowledgement_agreement.terms == "A nod only; the client leads."
    assert record.contact_agreement == "Texts for scheduling only."
    assert record.keep_out == ("Ilse", "Rosewood Choir")
    assert [(o.kind, o.description, o.plan, o.review_on) for o in record.overlaps] == [
        (OverlapKind.COMMUNITY, "Same choir as her sister", "Sit apart", dt.date(2026, 12, 1))
    ]
    assert dialog.model.index(0, 2).data() == "Former"


def test_choosing_another_client_saves_the_one_before(qtbot, store):
    first = create_client(code="C-AAAA")
    create_client(code="C-BBBB")
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.editor.keep_out, "Bob")
    dialog.table.selectRow(1)
    assert standing_record(first.id).keep_out == ("Bob",)
    assert dialog.editor.heading.text() == "Standing record of C-BBBB"


def test_a_record_with_a_problem_keeps_what_was_typed(qtbot, store, dialogs):
    client = create_client(code="C-AAAA")
    create_client(code="C-BBBB")
    dialog = _dialog(qtbot, dialogs)
    qtbot.mouseClick(dialog.editor.has_agreement, Qt.MouseButton.LeftButton)
    dialog.editor.agreed_on.setDate(QDate.currentDate().addDays(30))
    dialog.table.selectRow(1)
    assert dialog.editor.heading.text() == "Standing record of C-AAAA"  # the choice went back
    assert dialog.editor.problems.isVisible()
    assert "agreed on:" in dialog.editor.problems.text() and "is in the future" in dialog.editor.problems.text()
    dialogs.answers = [False]  # "Close and discard the changes?" — no
    dialog.reject()
    assert dialog.isVisible() and dialogs.asked == ["Discard changes?"]
    assert standing_record(client.id).acknowledgement_agreement is None


def test_the_form_shows_the_agreed_protocol_beside_the_encounter(qtbot, store, dialogs):
    from desktop.log.encounter_form import EncounterForm
    from models.log.standing_record import AcknowledgementAgreement, Overlap, StandingRecord, save_standing_record

    agreed = create_client(code="C-AGRD")
    create_client(code="C-NONE")
    save_standing_record(
        agreed.id,
        StandingRecord(
            acknowledgement_agreement=AcknowledgementAgreement(dt.date(2026, 3, 2), "A nod only; the client leads."),
            contact_agreement="Texts for scheduling only.",
            overlaps=(Overlap(OverlapKind.COMMUNITY, "Same choir", "Sit apart", dt.date(2026, 1, 1)),),
        ),
    )
    form = EncounterForm(dialogs)
    qtbot.addWidget(form)
    form.show()
    client, acknowledgement = form.widgets["client"], form.inputs["acknowledgement"]
    client.setCurrentIndex(client.findData("C-AGRD"))
    panel = form.agreements
    assert panel.isVisible() and "A nod only; the client leads." in panel.text()
    assert "<b>" not in panel.text() and "(past its review date)" in panel.text()
    acknowledgement.set_value("consent_on_file")
    assert "<b>Acknowledgement agreed on 2026-03-02: A nod only; the client leads.</b>" in panel.text()
    client.setCurrentIndex(client.findData("C-NONE"))
    assert panel.text() == "No acknowledgement agreement is on file for this client."
    acknowledgement.set_value("client_first")
    assert not panel.isVisible()
