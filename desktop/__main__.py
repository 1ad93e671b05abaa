"""``caselog`` / ``python -m desktop``: the command line of DESIGN §6; no command opens the app."""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
