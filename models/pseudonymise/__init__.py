"""Pseudonymised output (DESIGN §9): the one pseudonymiser every outgoing path uses, and what it cannot be sure of."""
