"""Entry point of the frozen (PyInstaller) Quotedesk: the same as the `quotedesk` console script."""

import multiprocessing
import sys

from quotedesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
