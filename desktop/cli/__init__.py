"""The command line (caselog ...), one module per command group."""
