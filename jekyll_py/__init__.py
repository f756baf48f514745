"""jekyll_py: build Jekyll sites with Python alone."""

__version__ = "0.1.0"
JEKYLL_VERSION = "4.3.1"
