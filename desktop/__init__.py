"""Caselog's desktop layer: the Qt application, its windows and dialogs, and the command line."""

APP_NAME = "Caselog"
ORGANIZATION_NAME = "Caselog"
