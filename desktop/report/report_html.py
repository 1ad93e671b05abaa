"""The monthly supervision report as HTML for QTextDocument. Every piece of user text goes
through ``text()``: escaped, with newlines and tabs kept, so it prints literally."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.charts import chart_items
from desktop.labels import addendum_text, encounter_details, label
from models.log.enums import (
    Channel,
    Concern,
    Risk,
)
from models.log.fields import ENCOUNTER
from models.log.taxonomy import BUILTIN_SLUGS
from models.supervision.enums import MeetingFormat, MeetingKind, ReviewStatus
from models.supervision.exchange.sign_offs import SignOffProof
from models.supervision.hours import hours
from models.supervision.report import MonthReport, ReportEncounter
from models.supervision.summary import COUNTED
from resources import read_text

BAR_COLOUR = "#008b8b"  # the charts' dark cyan, as on screen
BAR_IMAGE = "bar"  # the image resource a bar is drawn with (report_charts.chart_images makes it)
BAR_WIDTH = 290  # the longest bar, in the document's pixels (the page's text is 640 wide)


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level tr() under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


def text(value: object) -> str:
    """User text, printed literally: HTML-escaped, line breaks and tabs kept."""
    return f"<span class='narrative'>{escape(str(value))}</span>" if value not in (None, "") else "—"


def count_table(title: str, rows: list[tuple[str, int]]) -> str:
    body = "".join(f"<tr><td>{escape(name)}</td><td align='right'>{count}</td></tr>" for name, count in rows)
    count = escape(tr("Count"))
    return (
        f"<table border='0.5' cellspacing='0' width='100%'><tr><th>{escape(title)}</th>"
        f"<th align='right'>{count}</th></tr>{body}</table>"
    )


def bar_chart_html(title: str, rows: list[tuple[str, int]]) -> str:
    """A bar chart as a table: each bar's label (text), the bar (the one-colour image BAR_IMAGE,
    stretched to the count), the count (text). Text, so that every bar is labelled at any size and
    in any language, and the PDF's reader (or a screen reader) can read it."""
    most = max([count for _, count in rows] + [1])
    body = "".join(
        f"<tr><td width='44%'>{escape(name)}</td><td width='48%'>"
        + (
            f"<img src='chart:{BAR_IMAGE}' width='{max(2, round(BAR_WIDTH * count / most))}' height='11'>"
            if count
            else "&nbsp;"
        )
        + f"</td><td width='8%' align='right'>{count}</td></tr>"
        for name, count in rows
    )
    return f"<h3>{escape(title)}</h3><table width='100%' cellspacing='0' cellpadding='1'>{body}</table>"


def report_html(report: MonthReport, chart_names: list[str], therapist: str = "") -> str:
    """The whole report as one HTML document."""
    return html_document(report_blocks(report, chart_names, therapist))


def html_document(blocks: list[str]) -> str:
    """Blocks of the report's body as an HTML document with the report's style."""
    return f"<html><head><style>{read_text('report.css')}</style></head><body>{''.join(blocks)}</body></html>"


def report_blocks(report: MonthReport, chart_names: list[str], therapist: str = "") -> list[str]:
    """The report's body in blocks: what comes before the encounters, one block per encounter, and
    what comes after. A long month is laid out a few hundred blocks at a time (``pdf_writer``)."""
    s = report.summary
    review = report.review or {}
    parts: list[str] = []
    parts.append("<h1>" + escape(tr("Caselog supervision summary")) + "</h1>")
    parts.append("<p class='muted'>" + escape(tr("Month")) + f": <b>{escape(report.month)}</b> · ")
    parts.append(
        escape(
            tr("Identified: includes client names and locations")
            if report.identified
            else tr("Pseudonymised: codes stand in for people; it is not anonymous")
        )
    )
    parts.append("</p>")
    meeting_format, meeting_kind = review.get("meeting_format"), review.get("meeting_kind")
    heading_rows = [
        (tr("Therapist"), therapist or review.get("therapist") or ""),
        (tr("Supervisor"), review.get("supervisor") or ""),
        (tr("Supervision meeting"), review.get("meeting_on") or tr("not recorded")),
        (
            tr("Duration"),
            tr("{0} min").format(review["meeting_minutes"]) if review.get("meeting_minutes") is not None else "—",
        ),
        (tr("Format"), label(MeetingFormat(meeting_format)) if meeting_format else "—"),
        (tr("Kind"), label(MeetingKind(meeting_kind)) if meeting_kind else "—"),
        (tr("Review status"), label(ReviewStatus(review.get("status", ReviewStatus.OPEN.value)))),
        (tr("Priority encounters"), s.discussed.sentence()),
        (
            tr("Supervision hours"),
            tr("{0} h this month, {1} h in {2} to date").format(
                hours(s.hours["meeting_minutes"]), hours(s.hours["year_minutes"]), report.month[:4]
            ),
        ),
    ]
    parts.append("<table>" + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{text(v)}</td></tr>"
                                     for k, v in heading_rows) + "</table>")  # fmt: skip

    previous = s.previous_month
    figures = [
        (tr("Encounters"), s.total, f"{previous['month']}: {previous['total']} · " + tr("six-month average")
                                    + ": " + QLocale().toString(float(s.six_month_average), "g", 6)),
        (tr("Acknowledged without consent"), s.without_consent, ""),
        (tr("Flagged for supervision"), s.for_supervision, ""),
        (tr("Consultations recorded"), s.consultations, ""),
        (tr("Open follow-ups"), s.open_follow_ups, ""),
    ]  # fmt: skip
    parts.append("<h2>" + escape(tr("Headline figures")) + "</h2><table width='100%'><tr>")
    parts += [
        f"<td><span class='figure'>{value}</span><br><b>{escape(title)}</b><br>"
        f"<span class='muted'>{escape(note)}</span></td>"
        for title, value, note in figures
    ]
    parts.append("</tr></table>")

    parts.append("<h2>" + escape(tr("Drift signals")) + "</h2>")
    if s.signals:
        items = "".join(
            f"<li><b>{escape(sig.title)}</b>: {escape(sig.detail)}<br>"
            f"<span class='muted'>{escape(', '.join(sig.occurrences))}</span></li>"
            for sig in s.signals
        )
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append("<p>" + escape(tr("None this month.")) + "</p>")

    parts.append("<h2>" + escape(tr("Counts")) + "</h2>")
    slugs = list(BUILTIN_SLUGS) + [k for k in s.counts["by_category"] if k not in BUILTIN_SLUGS]
    tables = [count_table(tr("Category"), [(s.category_labels.get(k, k), s.counts["by_category"][k]) for k in slugs])]
    tables += [
        count_table(
            ENCOUNTER.heading(field),
            [(label(member), s.counts[key][member.value]) for member in ENCOUNTER[field].kind.vocabulary],
        )
        for key, (field, _) in COUNTED.items()
    ]
    tables.append(
        count_table(ENCOUNTER.heading("concerns"), [(label(c), s.counts["by_concern"][c.value]) for c in Concern])
    )
    grid = "".join(
        "<tr>" + "".join(f"<td width='50%'>{t}</td>" for t in tables[i : i + 2]) + "</tr>"
        for i in range(0, len(tables), 2)
    )
    parts.append(f"<table width='100%' cellspacing='6'>{grid}</table>")

    parts.append("<h2>" + escape(tr("Charts")) + "</h2>")
    items = chart_items(s)
    for key, title in (("categories", tr("Categories")), ("initiators", tr("Who initiated")),
                       ("acknowledgement", tr("Acknowledgement"))):  # fmt: skip
        parts.append(bar_chart_html(title, [(name, count) for _, name, count in items[key]]))
    parts += [f"<p><img src='chart:{name}' width='640'></p>" for name in chart_names if name != BAR_IMAGE]

    parts.append("<h2>" + escape(tr("Priority encounters")) + "</h2>")
    if report.priority:
        parts.append("<ul>" + "".join(f"<li>{escape(line(e))}</li>" for e in report.priority) + "</ul>")
    else:
        parts.append("<p>" + escape(tr("None this month.")) + "</p>")

    parts.append("<h2>" + escape(tr("Every encounter of the month")) + "</h2>")
    if not report.encounters:
        parts.append("<p>" + escape(tr("No encounters were logged this month.")) + "</p>")
    elif not report.full_detail:
        parts.append("<p class='muted'>" + escape(tr("Priority encounters in full, the others in one line.")) + "</p>")
    blocks = ["".join(parts)]
    blocks += [
        encounter_html(e, s.category_labels) if report.in_full(e) else f"<p>{escape(line(e))}</p>"
        for e in report.encounters
    ]

    parts = []
    parts.append("<h2>" + escape(tr("Overall notes")) + f"</h2><p>{text(review.get('notes'))}</p>")
    parts.append("<h2>" + escape(tr("Action items")) + "</h2>")
    items = review.get("action_items") or []
    if items:
        done, still_open = tr("done"), tr("open")
        rows = "".join(
            f"<tr><td>{text(i['text'])}</td><td>{text(i['owner'])}</td><td>{escape(i['due_on'] or '—')}</td>"
            f"<td>{escape(done if i['done'] else still_open)}</td></tr>"
            for i in items
        )
        parts.append(
            "<table border='0.5' cellspacing='0' width='100%'><tr>"
            + "".join(f"<th>{escape(name)}</th>" for name in (tr("Action"), tr("Owner"), tr("Due"), tr("Status")))
            + f"</tr>{rows}</table>"
        )
    else:
        parts.append("<p>" + escape(tr("None.")) + "</p>")

    parts.append("<h2>" + escape(tr("Action items carried forward")) + "</h2>")
    if report.carried_forward:
        rows = "".join(
            f"<tr><td>{text(i['text'])}</td><td>{text(i['owner'])}</td><td>{escape(i['month'])}</td>"
            f"<td>{escape(i['due_on'] or '—')}{' (' + escape(tr('overdue')) + ')' if i['overdue'] else ''}</td>"
            f"<td align='right'>{escape(tr('{0} days').format(i['age_days']))}</td></tr>"
            for i in report.carried_forward
        )
        parts.append(
            "<table border='0.5' cellspacing='0' width='100%'><tr>"
            + "".join(
                f"<th>{escape(name)}</th>"
                for name in (tr("Action"), tr("Owner"), tr("Agreed in"), tr("Due"), tr("Open for"))
            )
            + f"</tr>{rows}</table>"
        )
    else:
        parts.append("<p>" + escape(tr("No open action items from earlier months.")) + "</p>")

    parts.append("<h2>" + escape(tr("Addenda (changes after sign-off)")) + "</h2>")
    if report.addenda:
        parts.append(
            "<ul>" + "".join(f"<li>{text(addendum_text(a, s.category_labels))}</li>" for a in report.addenda) + "</ul>"
        )
    else:
        parts.append("<p>" + escape(tr("None.")) + "</p>")

    parts.append(signatures_html(review, report.sign_off_proof))
    blocks.append("".join(parts))
    return blocks


def line(encounter: ReportEncounter) -> str:
    v = encounter.values
    who = f"{v['client']} ({encounter.client_name})" if encounter.client_name else v["client"]
    flag = (" · " + tr("flagged for supervision")) if v["for_supervision"] else ""
    risk = tr("risk")
    return f"{v['occurred_on']} {who} · {label(Channel(v['channel']))} · {risk} {label(Risk(v['risk']))}{flag}"


def encounter_html(encounter: ReportEncounter, category_labels: dict[str, str]) -> str:
    """One encounter in detail: every field the output carries, the short ones run together in one
    paragraph, each narrative a paragraph under its heading, then the supervisor's comment.

    Paragraphs, not a table: Qt lays out and paints every table cell as a block of its own, and a
    month of a few hundred encounters in tables took twice as long to print, on a fifth more pages."""
    v = encounter.values
    facts, narratives = encounter_details(v, category_labels, encounter.client_name, complete=True)
    discussed = (" (" + tr("discussed") + ")") if encounter.discussed else ""
    if not encounter.discussed and encounter.not_discussed_reason:
        discussed = " (" + tr("not discussed: {0}").format(encounter.not_discussed_reason) + ")"
    wide = [*narratives, (tr("Supervisor's comment") + discussed, encounter.comment or "—")]
    title = f"{v['occurred_on']} · {v['client']} · {label(Risk(v['risk']))}"
    return (
        f"<h3>{escape(title)}</h3><p class='facts'>"
        + " · ".join(f"<b>{escape(k)}:</b>&nbsp;{text(val)}" for k, val in facts)
        + "</p>"
        + "".join(f"<p class='field'><b>{escape(k)}:</b> {text(val)}</p>" for k, val in wide)
    )


def signature_line(proof: SignOffProof) -> str:
    """How a sign-off that came by packet is vouched for: its signature checked again as the PDF is made."""
    who = ", ".join(part for part in (proof.credential, proof.licence) if part)
    signer = f"{proof.name} ({who})" if who else proof.name
    if proof.verified:
        return tr("signed off by {0}, key fingerprint {1}, signature verified").format(signer, proof.fingerprint)
    return tr("signed off by {0}, key fingerprint {1}: the signature does NOT verify ({2})").format(
        signer, proof.fingerprint, proof.problem
    )


def signatures_html(review: dict, proof: SignOffProof | None = None) -> str:
    signed = review.get("signed_at")
    countersigned = review.get("countersigned_at")
    licence = ", ".join(
        part
        for part in (
            tr("licence {0}").format(review["licence"]) if review.get("licence") else "",
            review.get("jurisdiction") or "",
        )
        if part
    )
    supervisor = (
        f"{review.get('supervisor', '')}, {review.get('credential', '')}"
        + (f" ({licence})" if licence else "")
        + f" — {signed[:10]}"
        if signed
        else tr("not signed off")
    )
    therapist = f"{review.get('therapist', '')} — {countersigned[:10]}" if countersigned else tr("not countersigned")
    heading, supervisor_title = escape(tr("Sign-off")), escape(tr("Supervisor"))
    therapist_title = escape(tr("Therapist (countersign)"))
    signature = ""
    if proof is not None and signed:
        signature = f"<tr><td><b>{escape(tr('Signature'))}</b></td><td>{text(signature_line(proof))}</td></tr>"
    reopened = "".join(
        f"<tr><td><b>{escape(tr('Reopened'))}</b></td><td>"
        + text(
            tr("{0}: signed off by {1} on {2}; reason: {3}").format(
                (r.get("reopened_at") or "")[:10], r.get("supervisor") or "—", (r.get("signed_at") or "—")[:10],
                r.get("reason") or "",
            )
        )
        + "</td></tr>"
        for r in review.get("reopenings") or []
    )  # fmt: skip
    return (
        f"<h2>{heading}</h2><table border='0.5' cellspacing='0' width='100%'>"
        f"<tr><td width='30%'><b>{supervisor_title}</b></td><td>{text(supervisor)}</td></tr>{signature}"
        f"<tr><td><b>{therapist_title}</b></td><td>{text(therapist)}</td></tr>{reopened}</table>"
    )
