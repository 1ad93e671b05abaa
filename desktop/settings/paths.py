"""Where Caselog keeps its files by default (the user's data folder, from QStandardPaths)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desktop import APP_NAME, ORGANIZATION_NAME

DATABASE_FILE_NAME = "caselog.db"


def data_folder() -> Path:
    """The per-user data folder, e.g. ~/.local/share/Caselog on Linux."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_database_path() -> Path:
    return data_folder() / DATABASE_FILE_NAME
