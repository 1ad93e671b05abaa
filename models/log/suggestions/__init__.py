"""Suggestions, concerns and coherence (DESIGN §3): explainable rules over an encounter's fields and text."""

from .rules import (
    CONCERN_LABELS,
    CoherenceWarning,
    ConcernSuggestion,
    MinimumRisk,
    Suggestion,
    Suggestions,
    is_deliberate,
    suggest,
)
from .vocabulary import prepare, prepared

__all__ = [
    "CONCERN_LABELS",
    "CoherenceWarning",
    "ConcernSuggestion",
    "MinimumRisk",
    "Suggestion",
    "Suggestions",
    "is_deliberate",
    "prepare",
    "prepared",
    "suggest",
]
