"""One module per `jekyll-py` command; jekyll_py/cli.py maps command names to them."""
