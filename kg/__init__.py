"""dangkg: knowledge graphs of Vietnamese party and government news."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dangkg")
except PackageNotFoundError:  # running from a source checkout that is not installed
    __version__ = "0.1.0"
