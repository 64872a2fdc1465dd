"""Exporters: render extraction records in the formats of the contract."""
