"""The monthly summary as plain text, for the terminal (``caselog summary``)."""

from __future__ import annotations

from models.supervision.addenda import addendum_line
from models.supervision.summary import MonthSummary


def _change(now: float, before: float) -> str:
    difference = now - before
    return f"{difference:+g}" if difference else "±0"


def summary_text(summary: MonthSummary) -> str:
    """A readable, pseudonymised summary: headline figures, counts, signals, encounters, review."""
    lines = [
        f"Caselog supervision summary — {summary.month}",
        "",
        f"Encounters: {summary.total}  (previous month {summary.previous_month['month']}: "
        f"{summary.previous_month['total']}, {_change(summary.total, summary.previous_month['total'])}; "
        f"six-month average {summary.six_month_average:g})",
        f"Acknowledged without consent: {summary.without_consent}",
        f"Flagged for supervision: {summary.for_supervision}",
        f"Consultations recorded: {summary.consultations}",
        f"Open follow-ups: {summary.open_follow_ups}",
    ]
    titles = {
        "by_category": "By category", "by_channel": "By channel", "by_setting": "By setting",
        "by_initiator": "Initiated by", "by_avoidability": "Avoidability", "by_acknowledgement": "Acknowledgement",
        "by_risk": "Risk", "by_assessment": "Assessment", "by_concern": "Concerns",
    }  # fmt: skip
    for key, title in titles.items():
        lines += ["", f"{title}:"]
        for slug, count in summary.counts[key].items():
            name = summary.category_labels.get(slug, slug) if key == "by_category" else slug
            lines.append(f"  {name:<40} {count:>4}")
    lines += ["", "Drift signals:" if summary.signals else "Drift signals: none"]
    for signal in summary.signals:
        lines.append(f"  - {signal.title}: {signal.detail} [{signal.rule}]")
        lines.append(f"    {', '.join(signal.occurrences)}")
    if summary.addenda:
        lines += ["", "Addenda (changes after sign-off):"]
        lines += [f"  - {addendum_line(a)}" for a in summary.addenda]
    lines += ["", "Encounters (in priority order):" if summary.encounters else "Encounters: none"]
    lines += [f"  {encounter.line()}" for encounter in summary.encounters]
    review = summary.review
    lines += ["", f"Review: {review['status']}" if review else "Review: not started"]
    return "\n".join(lines)
