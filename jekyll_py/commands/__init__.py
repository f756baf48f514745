"""One module per `jekyll-py` command; each lists its click commands in `COMMANDS` with their names."""
