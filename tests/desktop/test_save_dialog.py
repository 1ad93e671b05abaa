"""The app's own save dialog (not the scripted one the other tests use): choosing a file that
exists asks before replacing it, as Qt's dialogs do (#12), and saying no replaces nothing."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from desktop.dialogs import UserDialogs


def choose_in_save_dialog(qtbot, name, answer, asked):
    """Type ``name`` into the save dialog as a user does and click Save; answer a question about
    replacing with ``answer`` (Yes or No), recording its text in ``asked``; after a No, cancel."""
    state = {"clicked": False}

    def step():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):  # the question about replacing
            asked.append(modal.text())
            state["said_no"] = answer == QMessageBox.StandardButton.No
            if state["said_no"]:
                QTimer.singleShot(100, step)  # then cancel the save dialog, which is still open
            modal.button(answer).click()
            return
        if not isinstance(modal, QFileDialog):
            if not state["clicked"]:
                QTimer.singleShot(100, step)
            return  # the dialog has closed
        save = modal.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Save)
        if state["clicked"]:
            if state.get("said_no"):  # the dialog is still open; cancel it
                qtbot.keyClick(modal, Qt.Key.Key_Escape)
            else:  # the question has yet to come
                QTimer.singleShot(100, step)
            return
        line = modal.findChild(QLineEdit, "fileNameEdit")
        if not modal.isVisible() or not save.isEnabled():
            QTimer.singleShot(100, step)
            return
        line.clear()
        qtbot.keyClicks(line, name)
        state["clicked"] = True
        QTimer.singleShot(100, step)
        # The Save button, clicked (Return may go to the completer's list of matching names first).
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, step)


def test_the_save_dialog_asks_before_replacing_a_file(qtbot, tmp_path):
    older = tmp_path / "older.json"
    older.write_text('{"older": "export"}', encoding="utf-8")
    dialogs = UserDialogs()

    asked: list[str] = []
    choose_in_save_dialog(qtbot, older.name, QMessageBox.StandardButton.No, asked)
    chosen = dialogs.save_file(None, "Export JSON", str(tmp_path / "caselog.json"), "JSON (*.json)")
    assert chosen is None and len(asked) == 1 and "already exists" in asked[0] and "replace" in asked[0]

    asked.clear()
    choose_in_save_dialog(qtbot, older.name, QMessageBox.StandardButton.Yes, asked)
    chosen = dialogs.save_file(None, "Export JSON", str(tmp_path / "caselog.json"), "JSON (*.json)")
    assert chosen == str(older) and len(asked) == 1
    assert older.read_text(encoding="utf-8") == '{"older": "export"}'  # the dialog only chose; the writer replaces

    asked.clear()
    choose_in_save_dialog(qtbot, "new.json", QMessageBox.StandardButton.Yes, asked)
    chosen = dialogs.save_file(None, "Export JSON", str(tmp_path / "caselog.json"), "JSON (*.json)")
    assert chosen == str(tmp_path / "new.json") and asked == []  # a new name: nothing to ask
