"""Events: who did what to whom, classified in PLOVER, ACLED and CAMEO."""
