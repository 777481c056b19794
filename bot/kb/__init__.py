"""The knowledge base: YAML schema, safe reading, the article, text normalisation, loading and the checker.

The bottom layer: it imports nothing of the bot but ``bot.errors``.
"""
