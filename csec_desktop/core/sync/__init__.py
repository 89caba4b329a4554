"""Sync formats: signed, encrypted bundles, county trust files, enrollment requests, receipts.

Pure: bytes and plain dicts in, bytes and plain dicts out; no database, no records module.
The formats are specified in docs/bundle-format.md.
"""
