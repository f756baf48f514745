"""Allow `python -m jekyll_py`."""

from jekyll_py.entry_point import run

run()
