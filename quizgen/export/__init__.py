"""Exporters: each turns questions into one file format; format syntax lives only here."""
