"""Interchange: the JSON file format (export and all-or-nothing import), CSV, and the pseudonymiser (§9)."""
