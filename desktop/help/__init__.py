"""Help: the first-run guide, the keyboard shortcuts sheet and About."""
