"""Review mode, shown to a supervisor, carries nothing that names a client in what the therapist
wrote outside the meeting: the therapist's tags, a revision comment shown back (DESIGN §5, §9)."""

from desktop.supervision.review_window import ReviewWindow
from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.log.taxonomy import create_tag
from tests.helpers import TODAY, encounter_fields, screen_texts, seen

OCTOBER = Month(2026, 10)
NAME = "Juergen Strauss"


def test_a_tag_named_after_a_client_shows_pseudonymised(qtbot, store, dialogs):
    client = create_client(name=NAME)
    tag = create_tag("Jürgen's gifts")
    save_encounter(encounter_fields(client.code, occurred_on="2026-10-12", categories=[tag.slug]), today=TODAY)
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.encounters.table.selectRow(0)
    shown = "\n".join(screen_texts(window))
    assert seen(shown, NAME) == [], shown
    assert f"{client.code}'s gifts" in window.encounters.view.toPlainText()
    window.close()


def test_the_revision_comment_shows_pseudonymised(qtbot, store, dialogs):
    client = create_client(name=NAME)
    save_encounter(encounter_fields(client.code, occurred_on="2026-10-12"), today=TODAY)
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.ready_button.click()
    dialogs.answers = ["Ask how Jürgen took it."]
    window.revision_button.click()
    assert f"Ask how {client.code} took it." in window.status_label.text()
    assert seen("\n".join(screen_texts(window)), NAME) == []
    window.close()
