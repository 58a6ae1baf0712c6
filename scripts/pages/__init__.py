"""One module per generated page: records in, Markdown out."""
