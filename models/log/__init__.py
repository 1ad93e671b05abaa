"""The log: clients, encounters and their fields, vocabularies, categories, validation, suggestions, list queries."""
