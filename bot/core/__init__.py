"""Answering: matching a question, follow-ups, composing attributed answers, rendering, cards, buttons.

Pure and synchronous: it reads the knowledge base and knows nothing of Telegram, terminals or disks.
"""
