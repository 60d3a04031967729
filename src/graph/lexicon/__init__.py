"""Data the extractors use (gazetteer, domain words, stop-lists) and their loaders."""
