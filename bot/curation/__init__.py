"""The curators' tools: the question store, the report and /stats, evaluation, benchmarks, reload, secret scan."""
