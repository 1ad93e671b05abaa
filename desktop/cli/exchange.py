"""Commands for the supervisor's seat (DESIGN §11): identity, contacts, and packets between two Caselogs.

Every refusal of a card, packet or reply exits 2 with the reason in words, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    encounter_ids,
    open_for_command,
    parse_month,
    print_check,
    writable_output,
)

FORCE_HELP = "replace FILE if it exists"


def add_exchange(commands, database: argparse.ArgumentParser) -> None:
    identity = commands.add_parser(
        "identity", parents=[database], help="this database's name, role, credential and key fingerprint"
    )
    identity.add_argument("--name", help="your name as supervisors and supervisees see it")
    identity.add_argument("--role", choices=["therapist", "supervisor"])
    identity.add_argument("--credential", help="e.g. PsyD, LMFT")
    identity.add_argument("--licence", help="licence number and jurisdiction")
    identity.add_argument("--json", action="store_true", help="print one JSON object")
    identity.set_defaults(handler=command_identity)
    actions = identity.add_subparsers(dest="identity_action", metavar="ACTION")
    export = actions.add_parser("export", parents=[database], help="write your public card (.caselog-id)")
    export.add_argument("-o", "--output", metavar="FILE.caselog-id", type=Path, required=True)
    export.add_argument("--force", action="store_true", help=FORCE_HELP)
    export.set_defaults(handler=command_identity_export)

    contacts = commands.add_parser("contacts", help="supervisors and supervisees you trust")
    contact_actions = contacts.add_subparsers(dest="contacts_action", metavar="ACTION", required=True)
    add = contact_actions.add_parser(
        "add", parents=[database], help="trust a card after comparing its fingerprint in person or by phone"
    )
    add.add_argument("file", metavar="FILE.caselog-id", type=Path)
    add.add_argument(
        "--fingerprint", help="the fingerprint its owner read out to you (asked for on the terminal otherwise)"
    )
    add.set_defaults(handler=command_contacts_add)
    listing = contact_actions.add_parser("list", parents=[database], help="list your contacts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=command_contacts_list)

    packet = commands.add_parser("packet", help="send, open, answer and merge supervision packets")
    packet_actions = packet.add_subparsers(dest="packet_action", metavar="ACTION", required=True)
    send = packet_actions.add_parser("send", parents=[database], help="send a month to your supervisor")
    send.add_argument("--month", metavar="YYYY-MM", required=True)
    send.add_argument("--to", metavar="FINGERPRINT", required=True, help="the supervisor's fingerprint")
    send.add_argument("-o", "--output", metavar="FILE.caselog-packet", type=Path, required=True)
    send.add_argument("--force", action="store_true", help=FORCE_HELP)
    send.add_argument(
        "--pdf", metavar="FILE.pdf", type=Path, help="also keep the pseudonymised PDF the packet's hash is of"
    )
    send.add_argument("--full-detail", action="store_true", help="every encounter in full, not only those of priority")
    send.add_argument(
        "--include-reflection", metavar="ID", action="append", default=[],
        help="send the private reflection of this encounter (an id, or its first 8 characters); repeatable",
    )  # fmt: skip
    send.add_argument(
        "--check", action="store_true", help="list possible identifiers left in the narratives; write nothing"
    )
    send.set_defaults(handler=command_packet_send)
    opening = packet_actions.add_parser("open", parents=[database], help="verify a packet and file it in your inbox")
    opening.add_argument("file", metavar="FILE.caselog-packet", type=Path)
    opening.add_argument("--json", action="store_true", help="print the packet, sender, month and encounters")
    opening.set_defaults(handler=command_packet_open)
    answer = packet_actions.add_parser("reply", parents=[database], help="sign and seal your review of a packet")
    answer.add_argument("--packet", metavar="ID", required=True)
    answer.add_argument("--review", metavar="REVIEW.json", type=Path, required=True)
    answer.add_argument("-o", "--output", metavar="FILE.caselog-reply", type=Path, required=True)
    answer.add_argument("--force", action="store_true", help=FORCE_HELP)
    answer.set_defaults(handler=command_packet_reply)
    merge = packet_actions.add_parser("merge", parents=[database], help="merge your supervisor's signed review")
    merge.add_argument("file", metavar="FILE.caselog-reply", type=Path)
    merge.add_argument(
        "--as-comments",
        action="store_true",
        help="when the month changed since the packet left: add the comments without the sign-off",
    )
    merge.set_defaults(handler=command_packet_merge)


def _refused(error) -> int:
    print(f"caselog: {error.reason}", file=sys.stderr)
    print("caselog: nothing was changed.", file=sys.stderr)
    return EXIT_BAD_INPUT


def _read(path: Path, limit: int, what: str) -> bytes:
    """A file's bytes, refusing a missing, non-regular or oversized file before reading it."""
    if not path.is_file():
        raise UsageError(f"{what}: {path} is not a file.")
    with open(path, "rb") as stream:
        data = stream.read(limit + 1)
    return data


def _output(args: argparse.Namespace) -> Path:
    """``-o FILE`` checked before anything is done (``writable_output``): no folder, no existing file
    without --force (then only a file of its kind), nothing but a regular file, never the database
    or its journal files."""
    from models.store.private_files import JSON

    return writable_output(args, JSON)  # cards, packets and replies are JSON documents


def _write(output: Path, data: bytes, args: argparse.Namespace) -> None:
    from models.store.private_files import JSON, write_private_bytes

    protect = [args.db] if getattr(args, "db", None) is not None else []
    write_private_bytes(output, data, force=args.force, kind=JSON, protect=protect)


def command_identity(args: argparse.Namespace) -> int:
    from models.supervision.exchange.contacts import ProfileError, own_fingerprint, set_profile

    open_for_command(args)
    try:
        profile = set_profile(args.name, args.role, args.credential, args.licence)
    except ProfileError as exc:
        raise UsageError(f"--{exc.field}: {exc.message}") from None
    fingerprint = own_fingerprint()
    if args.json:
        print(json.dumps({**profile.to_json(), "fingerprint": fingerprint}, ensure_ascii=False))
    else:
        print(f"Name:        {profile.name or '(not set: caselog identity --name …)'}")
        print(f"Role:        {profile.role.value}")
        print(f"Credential:  {profile.credential}")
        print(f"Licence:     {profile.licence}")
        print(f"Fingerprint: {fingerprint}")
    return EXIT_OK


def command_identity_export(args: argparse.Namespace) -> int:
    from models.supervision.exchange.contacts import ProfileError, card_bytes, own_fingerprint

    output = _output(args)
    open_for_command(args)
    try:
        data = card_bytes()
    except ProfileError as exc:
        raise UsageError(f"--name: {exc.message} (caselog identity --name …)") from None
    _write(output, data, args)
    print(f"Wrote your public card to {args.output}. Fingerprint: {own_fingerprint()}")
    print("Whoever adds it will ask you to read this fingerprint out, in person or by phone.")
    return EXIT_OK


def command_contacts_add(args: argparse.Namespace) -> int:
    from models.supervision.exchange.contacts import add_contact, read_contact_card
    from models.supervision.exchange.errors import ExchangeError
    from models.supervision.exchange.identity import CARD_MAX_BYTES

    data = _read(args.file, CARD_MAX_BYTES, "FILE")
    try:
        card = read_contact_card(data)
    except ExchangeError as exc:
        return _refused(exc)
    compared = args.fingerprint
    if compared is None:
        if not sys.stdin.isatty():
            raise UsageError(
                f"--fingerprint: call {card.profile.name} on a number you already know (or meet in person), ask them "
                "to read out their fingerprint (caselog identity), and pass it with --fingerprint."
            )
        print(f"This card says it belongs to {card.profile.name} ({card.profile.role.value}).")
        print(
            f"Call {card.profile.name} on a number you already know (or meet in person), ask them to read out their "
            "fingerprint (caselog identity, or Preferences → Identity in the app), and type what they read."
        )
        compared = input("Fingerprint read out: ")
    open_for_command(args)
    try:
        contact = add_contact(card, compared)
    except ExchangeError as exc:
        return _refused(exc)
    print(f"Added {contact.name} ({contact.role}) with fingerprint {contact.fingerprint}.")
    return EXIT_OK


def command_contacts_list(args: argparse.Namespace) -> int:
    from models.supervision.exchange.contacts import contacts

    open_for_command(args)
    rows = [
        {"name": c.name, "role": c.role, "credential": c.credential, "licence": c.licence, "fingerprint": c.fingerprint}
        for c in contacts()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['fingerprint']}  {row['role']:<10}  {row['name']}")
    return EXIT_OK


def command_packet_open(args: argparse.Namespace) -> int:
    from models.supervision.exchange.envelope import PACKET
    from models.supervision.exchange.errors import ExchangeError
    from models.supervision.exchange.inbox import opened, receive_packet

    data = _read(args.file, PACKET.max_bytes, "FILE")
    open_for_command(args)
    try:
        packet = opened(receive_packet(data))
    except ExchangeError as exc:
        return _refused(exc)
    encounters = packet.summary["encounters"]
    carried = packet.summary.get("carried_forward") or []
    if args.json:
        document = {"packet": packet.packet_id, "from": packet.sender, "month": packet.month, "encounters": encounters,
                    "carried_forward": carried}  # fmt: skip
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(f"Opened the packet of {packet.month} from {packet.sender_profile.name} ({packet.sender}).")
        print(f"{len(encounters)} encounter(s); signature verified. Packet id: {packet.packet_id}")
        for item in carried:
            print(f"  Carried forward from {item.get('month', '?')}: {item.get('text', '')}")
    return EXIT_OK


def command_packet_reply(args: argparse.Namespace) -> int:
    from models.supervision.exchange.errors import ExchangeError
    from models.supervision.exchange.inbox import received, reply

    output = _output(args)
    try:
        review = json.loads(_read(args.review, 1024 * 1024, "--review").decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"--review: {args.review} is not a JSON file ({exc}).") from None
    open_for_command(args)
    try:
        reply(received(args.packet), review, deliver=lambda data: _write(output, data, args))
    except ExchangeError as exc:
        return _refused(exc)
    print(f"Wrote your signed review to {output}; only the supervisee who sent the packet can open it.")
    return EXIT_OK


def command_packet_send(args: argparse.Namespace) -> int:
    import os

    from models.supervision.exchange.errors import ExchangeError
    from models.supervision.exchange.outbox import check_sendable, send_month, supervisor

    month = parse_month(args.month)
    if args.check:
        from models.supervision.report import month_check

        open_for_command(args)
        findings = month_check(month, reflections=encounter_ids(args.include_reflection, month))
        return print_check(findings, f"the packet of {month}")
    output = _output(args)
    if args.pdf is not None:
        from models.store.private_files import PDF

        writable_output(args, PDF, path=args.pdf, option="--pdf")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF's charts need Qt's widgets, not a screen
    from PySide6.QtWidgets import QApplication

    from desktop.supervision.packet_making import keep_pdf, packet_contents

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must live while the charts draw
    open_for_command(args)
    try:
        to = supervisor(args.to)
        check_sendable(month)
    except ExchangeError as exc:
        return _refused(exc)
    reflections = encounter_ids(args.include_reflection, month)
    contents = packet_contents(month, full_detail=args.full_detail, reflections=reflections)
    sent = send_month(month, to, contents.summary, contents.pdf_sha256, deliver=lambda data: _write(output, data, args))
    if args.pdf is not None:
        keep_pdf(contents, args.pdf, force=args.force)
    print(f"Wrote the packet of {month} ({sent.encounters} encounter(s), pseudonymised) for {sent.supervisor} to "
          f"{output}; only they can open it. {month} is now ready for supervision.")  # fmt: skip
    return EXIT_OK


def command_packet_merge(args: argparse.Namespace) -> int:
    from models.supervision.exchange.envelope import REPLY
    from models.supervision.exchange.errors import ExchangeError, MonthChanged
    from models.supervision.exchange.outbox import merge_reply

    data = _read(args.file, REPLY.max_bytes, "FILE")
    open_for_command(args)
    try:
        merged = merge_reply(data, as_comments=args.as_comments)
    except MonthChanged as exc:
        print(f"caselog: {exc.reason}", file=sys.stderr)
        print("caselog: nothing was changed; run again with --as-comments to add its comments without the "
              "sign-off.", file=sys.stderr)  # fmt: skip
        return EXIT_BAD_INPUT
    except ExchangeError as exc:
        return _refused(exc)
    outcome = {
        "signed_off": f"{merged.month} is signed off by {merged.supervisor} (signature verified) and locked.",
        "needs_revision": f"{merged.supervisor} asks for revision of {merged.month}; the month is open again.",
        "comments": f"{merged.supervisor}'s comments, notes, action items and meeting for {merged.month} were added, "
        "without the sign-off.",
    }[merged.status]
    print(f"Merged the review. {outcome}")
    return EXIT_OK
