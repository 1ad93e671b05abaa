"""The app icon, the .desktop file and the AppStream metadata are shipped and well-formed."""

import configparser
import xml.etree.ElementTree as ElementTree

from PySide6.QtGui import QIcon

from resources import resource_path


def test_the_icon_loads(qapp):
    icon = QIcon(str(resource_path("icons/caselog.svg")))
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()


def test_the_desktop_file_names_the_command_and_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resource_path("linux/org.caselog.Caselog.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "caselog"
    assert section["Icon"] == "org.caselog.Caselog" and section["Categories"].endswith(";")


def test_the_appstream_metadata_is_complete():
    root = ElementTree.parse(resource_path("linux/org.caselog.Caselog.metainfo.xml")).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "description", "launchable", "project_license", "metadata_license"):
        assert root.find(tag) is not None and "".join(root.find(tag).itertext()).strip(), tag
    assert root.find("launchable").text == "org.caselog.Caselog.desktop"
