"""The encounter's fields (DESIGN §3), declared once, in the interchange order: each with its
kind, its words on screen, its place in the form, and whether it is narrative, identifying or
private. Everything that lists the encounter's fields reads ``ENCOUNTER``.

To add a field: one ``Field`` below (its texts marked ``QT_TRANSLATE_NOOP("Fields", ...)``, then
``make translations`` and the German), a migration that adds its column, and, for a new kind of
value, a ``Kind`` (models/kinds.py, or models/log/field_kinds.py) with its input in
desktop/log/field_inputs.py. The validator, the stored row, the interchange, the CSV, the form,
the labels, the PDF and review mode then carry it.
"""

from __future__ import annotations

import uuid

from models import clock
from models.i18n import QT_TRANSLATE_NOOP
from models.kinds import Choice, ChoiceSet, Day, Flag, Identifier, Minutes, Text, TimeOfDay, Timestamp
from models.log.enums import Acknowledgement, Assessment, Avoidability, Channel, Concern, Initiator, Risk, Setting
from models.log.field_kinds import CategorySlugs, ClientCode, FollowUps
from models.records import Field, Record, Section

# The form's sections, in reading order (which is also the Tab order).
WHEN_AND_WHO = Section(QT_TRANSLATE_NOOP("Fields", "When and who"))
HOW = Section(QT_TRANSLATE_NOOP("Fields", "How it happened"))
WHAT = Section(QT_TRANSLATE_NOOP("Fields", "What happened"))
DELIBERATE = Section(
    QT_TRANSLATE_NOOP("Fields", "A deliberate extension of the boundary"),
    QT_TRANSLATE_NOOP("Fields", "Planned or initiated by you: record why, and what you expected."),
)
ASSESSMENT = Section(QT_TRANSLATE_NOOP("Fields", "Categories and assessment"))
AFTERWARDS = Section(QT_TRANSLATE_NOOP("Fields", "Afterwards"))
PRIVATE_NOTE = QT_TRANSLATE_NOOP(
    "Fields", "Like psychotherapy notes: left out of every export and of review mode unless you include it."
)
PRIVATE = Section(QT_TRANSLATE_NOOP("Fields", "Private reflection"), PRIVATE_NOTE)
FORM_ORDER = (WHEN_AND_WHO, HOW, WHAT, DELIBERATE, ASSESSMENT, AFTERWARDS, PRIVATE)

# fmt: off
ENCOUNTER = Record(
    "Fields",
    QT_TRANSLATE_NOOP("Problem", "is not a field of an encounter"),
    Field("id", Identifier(), default=uuid.uuid4, nullable=False, bookkeeping=True),
    Field("occurred_on", Day(not_future=True), required=True, section=WHEN_AND_WHO,
          label=QT_TRANSLATE_NOOP("Fields", "&Date"), term=QT_TRANSLATE_NOOP("Fields", "date"),
          description=QT_TRANSLATE_NOOP("Fields", "The day it happened; not in the future."),
          initial=lambda: clock.today().isoformat()),
    Field("occurred_time", TimeOfDay(), section=WHEN_AND_WHO,
          label=QT_TRANSLATE_NOOP("Fields", "&Time"), term=QT_TRANSLATE_NOOP("Fields", "time"),
          description=QT_TRANSLATE_NOOP("Fields", "The time it happened, as HH:MM; optional."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "HH:MM (optional)")),
    Field("duration_minutes", Minutes(), section=WHEN_AND_WHO,
          label=QT_TRANSLATE_NOOP("Fields", "D&uration"), term=QT_TRANSLATE_NOOP("Fields", "duration"),
          description=QT_TRANSLATE_NOOP("Fields", "How long it lasted, in minutes; optional.")),
    Field("client", ClientCode(), required=True, section=WHEN_AND_WHO,
          label=QT_TRANSLATE_NOOP("Fields", "&Client"), term=QT_TRANSLATE_NOOP("Fields", "client"),
          description=QT_TRANSLATE_NOOP("Fields", "The client, by code (and name, if you gave one)."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Choose a client")),
    Field("channel", Choice(Channel), required=True, section=HOW, initial=Channel.IN_PERSON.value,
          label=QT_TRANSLATE_NOOP("Fields", "C&hannel"), term=QT_TRANSLATE_NOOP("Fields", "channel"),
          description=QT_TRANSLATE_NOOP("Fields", "In person, by phone, by message or on social media.")),
    Field("setting", Choice(Setting), required=True, section=HOW,
          label=QT_TRANSLATE_NOOP("Fields", "&Setting"), term=QT_TRANSLATE_NOOP("Fields", "setting"),
          description=QT_TRANSLATE_NOOP("Fields", "Where an in-person encounter happened."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Where did you meet?")),
    Field("location", Text(), section=HOW, identifying=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "&Location"), term=QT_TRANSLATE_NOOP("Fields", "location"),
          description=QT_TRANSLATE_NOOP("Fields", "Optional; identifying, so left out of pseudonymised output"),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Optional; identifying, so left out of pseudonymised output")),
    Field("initiated_by", Choice(Initiator), required=True, section=HOW,
          label=QT_TRANSLATE_NOOP("Fields", "&Initiated by"), term=QT_TRANSLATE_NOOP("Fields", "initiated by"),
          description=QT_TRANSLATE_NOOP("Fields", "Who sought the contact, or whether it came about by chance."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Choose…")),
    Field("avoidability", Choice(Avoidability), required=True, section=HOW,
          label=QT_TRANSLATE_NOOP("Fields", "A&voidability"), term=QT_TRANSLATE_NOOP("Fields", "avoidability"),
          description=QT_TRANSLATE_NOOP("Fields", "Whether you could have avoided it, or planned it."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Choose…")),
    Field("acknowledgement", Choice(Acknowledgement), required=True, section=HOW,
          label=QT_TRANSLATE_NOOP("Fields", "Ac&knowledgement"), term=QT_TRANSLATE_NOOP("Fields", "acknowledgement"),
          description=QT_TRANSLATE_NOOP(
              "Fields", "Who acknowledged whom. The client leads; agree it in therapy beforehand."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Choose…")),
    Field("others_present", Flag(), section=HOW, default=False, nullable=False,
          label=QT_TRANSLATE_NOOP("Fields", "Others were present"), term=QT_TRANSLATE_NOOP("Fields", "others present"),
          heading=QT_TRANSLATE_NOOP("Fields", "Others present"),
          description=QT_TRANSLATE_NOOP("Fields", "Anyone else was there to see or hear.")),
    Field("therapy_content_raised", Flag(), section=HOW, default=False, nullable=False,
          label=QT_TRANSLATE_NOOP("Fields", "Therapy material came up"),
          term=QT_TRANSLATE_NOOP("Fields", "therapy material came up"),
          description=QT_TRANSLATE_NOOP("Fields", "Anything from therapy was mentioned or alluded to.")),
    Field("what_was_said", Text(lines=4), required=True, section=WHAT, narrative=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "What was &said"), term=QT_TRANSLATE_NOOP("Fields", "what was said"),
          description=QT_TRANSLATE_NOOP("Fields", "Brief and factual: what each of you said or did."),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Brief and factual")),
    Field("response", Text(lines=3), section=WHAT, default="", nullable=False, narrative=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "Your &response"), term=QT_TRANSLATE_NOOP("Fields", "response"),
          heading=QT_TRANSLATE_NOOP("Fields", "Response"),
          description=QT_TRANSLATE_NOOP("Fields", "How you handled it; precautions taken"),
          placeholder=QT_TRANSLATE_NOOP("Fields", "How you handled it; precautions taken")),
    Field("reflection", Text(lines=3), section=PRIVATE, narrative=True, private=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "Re&flection"), term=QT_TRANSLATE_NOOP("Fields", "reflection"),
          heading=QT_TRANSLATE_NOOP("Fields", "Therapist's reflection (included by the therapist)"),
          description=PRIVATE_NOTE,
          placeholder=QT_TRANSLATE_NOOP("Fields", "Your own thoughts and pulls: is this for me or for the client?")),
    Field("categories", CategorySlugs(), required=True, section=ASSESSMENT, initial=list,
          label=QT_TRANSLATE_NOOP("Fields", "Categories"), term=QT_TRANSLATE_NOOP("Fields", "categories")),
    Field("concerns", ChoiceSet(Concern), section=ASSESSMENT, default=list, initial=list,
          label=QT_TRANSLATE_NOOP("Fields", "Concerns"), term=QT_TRANSLATE_NOOP("Fields", "concerns"),
          description=QT_TRANSLATE_NOOP(
              "Fields", "What the encounter raises for supervision: suggested from the text, confirmed by you.")),
    Field("risk", Choice(Risk), required=True, section=ASSESSMENT, initial=Risk.LOW.value,
          label=QT_TRANSLATE_NOOP("Fields", "&Risk"), term=QT_TRANSLATE_NOOP("Fields", "risk"),
          description=QT_TRANSLATE_NOOP("Fields", "The risk this encounter carries for the client and the therapy.")),
    Field("assessment", Choice(Assessment), required=True, section=ASSESSMENT,
          initial=Assessment.CROSSING_BENIGN.value,
          label=QT_TRANSLATE_NOOP("Fields", "Assess&ment"), term=QT_TRANSLATE_NOOP("Fields", "assessment"),
          description=QT_TRANSLATE_NOOP(
              "Fields", "A crossing departs from the frame and may be benign; a violation harms or exploits.")),
    Field("rationale", Text(lines=2), section=DELIBERATE, narrative=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "Rationale"), term=QT_TRANSLATE_NOOP("Fields", "rationale"),
          description=QT_TRANSLATE_NOOP("Fields", "Why you extended the boundary.")),
    Field("anticipated_benefit", Text(lines=2), section=DELIBERATE, narrative=True,
          label=QT_TRANSLATE_NOOP("Fields", "Anticipated benefit"),
          term=QT_TRANSLATE_NOOP("Fields", "anticipated benefit"),
          description=QT_TRANSLATE_NOOP("Fields", "What you expected the client to gain.")),
    Field("anticipated_consequences", Text(lines=2), section=DELIBERATE, narrative=True,
          label=QT_TRANSLATE_NOOP("Fields", "Anticipated consequences"),
          term=QT_TRANSLATE_NOOP("Fields", "anticipated consequences"),
          description=QT_TRANSLATE_NOOP("Fields", "What could follow, for the client and for the therapy.")),
    Field("consultation", Text(lines=2), section=AFTERWARDS, narrative=True, searchable=True,
          label=QT_TRANSLATE_NOOP("Fields", "C&onsultation"), term=QT_TRANSLATE_NOOP("Fields", "consultation"),
          description=QT_TRANSLATE_NOOP("Fields", "Whom you consulted (by role), when, and the advice"),
          placeholder=QT_TRANSLATE_NOOP("Fields", "Whom you consulted (by role), when, and the advice")),
    Field("follow_up", FollowUps(), section=AFTERWARDS, default=list, initial=list,
          label=QT_TRANSLATE_NOOP("Fields", "Follow-up"), term=QT_TRANSLATE_NOOP("Fields", "follow-up")),
    Field("for_supervision", Flag(), section=AFTERWARDS, default=False, nullable=False,
          label=QT_TRANSLATE_NOOP("Fields", "Flag for supervision"),
          term=QT_TRANSLATE_NOOP("Fields", "flagged for supervision"),
          heading=QT_TRANSLATE_NOOP("Fields", "Flagged for supervision"),
          description=QT_TRANSLATE_NOOP(
              "Fields", "Raise this encounter in supervision; it is listed first in the month's summary.")),
    Field("created_at", Timestamp(stored_default=clock.now), bookkeeping=True),
    Field("updated_at", Timestamp(stored_default=clock.now), bookkeeping=True),
    Field("deleted_at", Timestamp(), bookkeeping=True),
)
# fmt: on
