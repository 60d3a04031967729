"""Exporters: each writes one output file from the model or the RDF graph, atomically."""
