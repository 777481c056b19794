"""A fact-bot for one article: answers only from a curated, provenance-checked knowledge base."""

__version__ = "0.1.0"
