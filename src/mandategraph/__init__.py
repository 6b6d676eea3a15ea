"""mandategraph: the mandate graph of the UNTOC Conference of the Parties and its working groups.

Importing the package does nothing else (``__version__`` is read from the installed metadata when
first asked for), so a command interrupted while it starts is interrupted inside ``cli.main``,
which answers Ctrl-C with one line and exit 130.
"""


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'mandategraph' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("mandategraph")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0"
    globals()["__version__"] = found
    return found
