"""The store: a database of extractions, merged events, runs and failures."""
