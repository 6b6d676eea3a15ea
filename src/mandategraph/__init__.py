"""mandategraph: the mandate graph of the UNTOC Conference of the Parties and its working groups."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mandategraph")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
