"""Allow `python -m jekyll_py`."""

from jekyll_py.cli import main

main()
