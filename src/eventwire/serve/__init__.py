"""`eventwire serve`: a REST API and an analyst dashboard over the store.

`serve.app.create_app` builds one ASGI app from settings and a store; the
CLI, the tests and the benchmark all run that same app. (Nothing is
imported here, so the CLI starts without loading the web stack.)
"""
