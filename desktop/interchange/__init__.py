"""Import and export in the app: Caselog JSON in and out, CSV out."""
