"""Bloody January: validate the curated data in data/ and turn it into pages and charts."""
