"""The frozen app's entry point (packaging/contactvault.spec): the same ``main`` as the
``contactvault`` command of a pip install."""

import multiprocessing

from contactvault.__main__ import main

if __name__ == "__main__":
    # The import reads files in a spawned worker process; a frozen app must turn such a
    # child back into the worker instead of starting a second app.
    multiprocessing.freeze_support()
    main()
