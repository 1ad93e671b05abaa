"""Supervision on screen: the monthly summary and its charts, review mode, sign-off."""
