"""Interchange: the JSON file format (export and all-or-nothing import) and CSV."""
