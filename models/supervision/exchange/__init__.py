"""Signed, sealed supervision packets between two Caselogs (DESIGN §11): identity, cards, packets, replies."""
