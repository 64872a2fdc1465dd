"""Pipeline stages, one package per stage, in pipeline order."""
