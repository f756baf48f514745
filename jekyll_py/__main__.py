"""Allow `python -m jekyll_py`."""

from jekyll_py.cli import run

run()
