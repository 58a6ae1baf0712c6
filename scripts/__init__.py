"""The explainer engine: validate a story's curated data and turn it into pages and charts."""
