"""mandategraph: the mandate graph of the UNTOC Conference of the Parties and its working groups.

Importing the package does nothing else, so a command interrupted while it starts is interrupted
inside ``cli.main``, which answers Ctrl-C with one line and exit 130. ``__version__`` is the one
place the version is written (pyproject.toml reads it from here): reading it from the installed
metadata instead (``importlib.metadata``) cost every command about 50 ms of CPU at start.
"""

__version__ = "0.1.0"
