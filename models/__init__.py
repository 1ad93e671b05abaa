"""Caselog's data and domain logic: peewee models, validation, suggestions, summaries and
interchange. Plain Python: nothing here imports Qt."""
