"""Boundary categories: the eight built-in ones of DESIGN §2 and the therapist's own tags.

Built-in categories can be hidden, never deleted; a tag in use is retired, never deleted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from peewee import BooleanField, CharField, IntegerField, TextField

from models.i18n import translate
from models.store.audit import record_audit
from models.store.database import BaseModel, PreparedQuery, db
from resources import read_text

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")
LABEL_MAX_LENGTH = 80


class Category(BaseModel):
    slug = CharField(unique=True)
    label = TextField()
    description = TextField(default="")
    builtin = BooleanField(default=False)
    hidden = BooleanField(default=False)
    retired = BooleanField(default=False)
    position = IntegerField(default=0)

    def __str__(self) -> str:
        return self.label

    @property
    def shown_label(self) -> str:
        """The label in the user's language (built-in categories are translated; tags are the user's own)."""
        return translate("Taxonomy", self.label) if self.builtin else self.label

    @property
    def shown_description(self) -> str:
        return translate("Taxonomy", self.description) if self.builtin and self.description else self.description


@dataclass(frozen=True)
class BuiltinCategory:
    """A category of resources/taxonomy.json (its sentences reach the translation catalogue
    through packaging/update_translations.py)."""

    slug: str
    label: str
    description: str

    @property
    def shown_label(self) -> str:
        return translate("Taxonomy", self.label)

    @property
    def shown_description(self) -> str:
        return translate("Taxonomy", self.description)


def builtin_categories() -> list[BuiltinCategory]:
    """The built-in taxonomy from resources/taxonomy.json, in its order."""
    data = json.loads(read_text("taxonomy.json"))
    return [BuiltinCategory(c["slug"], c["label"], c["description"]) for c in data["categories"]]


BUILTIN_SLUGS: tuple[str, ...] = tuple(c.slug for c in builtin_categories())
_LABELS = PreparedQuery(lambda: Category.select(Category.slug, Category.label, Category.builtin))


def category_labels() -> dict[str, str]:
    """Every category's label by slug, as shown (built-in ones in the user's language)."""
    return {slug: translate("Taxonomy", label) if builtin else label for slug, label, builtin in _LABELS.rows()}


def ensure_builtin_categories() -> None:
    """Insert any built-in category the database lacks and refresh labels of the ones it has."""
    existing = {c.slug: c for c in Category.select().where(Category.builtin == True)}  # noqa: E712
    for position, builtin in enumerate(builtin_categories()):
        row = existing.get(builtin.slug)
        if row is None:
            Category.create(
                slug=builtin.slug,
                label=builtin.label,
                description=builtin.description,
                builtin=True,
                position=position,
            )
        elif (row.label, row.description, row.position) != (builtin.label, builtin.description, position):
            row.label, row.description, row.position = builtin.label, builtin.description, position
            row.save()


def ordered_categories(include_hidden: bool = True) -> list[Category]:
    """Built-in categories in taxonomy order, then user tags by label."""
    query = Category.select().order_by(Category.builtin.desc(), Category.position, Category.label)
    if not include_hidden:
        query = query.where((Category.hidden == False) & (Category.retired == False))  # noqa: E712
    return list(query)


def tag_problem(slug: object, label: object) -> tuple[str, str] | None:
    """(field, problem) if ``slug``/``label`` cannot be a user tag, else None."""
    if not isinstance(slug, str) or not SLUG_PATTERN.fullmatch(slug):
        return "slug", translate(
            "Models", "{slug} is not a valid slug (lower-case letters, digits and '_', at most 40)"
        ).format(slug=repr(str(slug)[:40]))
    if slug in BUILTIN_SLUGS:
        return "slug", translate("Models", "{slug} is a built-in category").format(slug=repr(slug))
    if not isinstance(label, str) or not label.strip():
        return "label", translate("Models", "must be non-empty text")
    if len(label) > LABEL_MAX_LENGTH:
        return "label", translate("Models", "longer than {limit} characters").format(limit=LABEL_MAX_LENGTH)
    return None


def slug_from_label(label: str) -> str:
    """A slug for a new user tag from its label (ASCII letters and digits; never empty)."""
    slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40]
    return slug or "tag"


def create_tag(label: str, slug: str | None = None) -> Category:
    """Add a user tag. Raises ValueError naming the field when the slug or label is unusable."""
    label = label.strip()
    slug = slug or slug_from_label(label)
    problem = tag_problem(slug, label)
    if problem:
        raise ValueError(f"{problem[0]}: {problem[1]}")
    if Category.select().where(Category.slug == slug).exists():
        raise ValueError(f"slug: {slug!r} is already a tag")
    with db.atomic():
        record_audit("tag.create", f"tag:{slug}", ["slug", "label"])
        return Category.create(slug=slug, label=label, builtin=False, position=1000)


def set_hidden(category: Category, hidden: bool) -> None:
    """Hide or show a category in pickers; encounters keep it either way."""
    category.hidden = hidden
    with db.atomic():
        category.save()
        record_audit("tag.edit", f"tag:{category.slug}", ["hidden"])


def remove_tag(category: Category) -> str:
    """Delete a user tag, or retire it if an encounter uses it. Returns "deleted" or "retired".

    Built-in categories are never removed: raises ValueError.
    """
    if category.builtin:
        raise ValueError(
            translate("Models", "{slug}: built-in categories can be hidden, not deleted").format(slug=category.slug)
        )
    with db.atomic():
        if category.encounter_links.exists():  # the link table's backref: no import of encounters
            category.retired = True
            category.save()
            record_audit("tag.retire", f"tag:{category.slug}", ["retired"])
            return "retired"
        category.delete_instance()
        record_audit("tag.delete", f"tag:{category.slug}")
        return "deleted"
