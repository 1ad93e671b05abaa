"""Data and assets shipped with Caselog, found the same way from a source tree and an install."""

from importlib import resources as _resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """Return the path of a file under resources/, e.g. ``resource_path("taxonomy.json")``."""
    return Path(str(_resources.files(__name__).joinpath(name)))


def read_text(name: str) -> str:
    """Return the UTF-8 text of a file under resources/."""
    return _resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
