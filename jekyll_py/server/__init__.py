"""`jekyll-py serve`: the preview server, the file watcher, exact incremental rebuilds and live reload.

One module per concept: `dependencies` records what each render read, `rebuild` decides what to
render again, `watcher` turns file events into rebuilds, `http` serves the destination, `websocket`
and `livereload` tell browsers to reload, `session` ties them together for the `serve` command.
"""
