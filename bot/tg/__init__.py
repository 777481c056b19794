"""The Telegram adapter: the only package that imports ``telegram``.

The application and its one handler table, handlers, admin commands, rendering to Telegram objects,
retries, per-chat update ordering, the webhook server, the flood gate and the chart cache.
"""
