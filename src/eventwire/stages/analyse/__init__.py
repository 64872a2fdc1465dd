"""Language analysis: which language, and (later) the linguistic parse."""
