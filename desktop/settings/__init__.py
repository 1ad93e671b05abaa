"""Settings: preferences and their dialog, theme, language, where the data lives."""
