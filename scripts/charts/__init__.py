"""Chart kinds: each a function of its settings from data/story.yaml, the records and the edition."""
