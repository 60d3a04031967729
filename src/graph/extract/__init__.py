"""Extractors: one module per thing found. Each exposes ``extract(ctx) -> Iterable[Item]``
(see ``graph.pipeline``). They import the model and lexicon, never rdflib."""
