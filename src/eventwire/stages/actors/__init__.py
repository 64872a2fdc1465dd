"""Actors: who did what to whom, resolved against the shipped actor dictionary."""
