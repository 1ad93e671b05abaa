"""Supervision: the monthly summary, drift signals, reviews and sign-off, addenda, the report's data."""
