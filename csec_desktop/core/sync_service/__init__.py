"""The laptop's side of sync: its device identity, the county trust it installed, exporting
bundles of pending records, applying receipts and purging delivered identifying data.

``SyncService`` (service.py) is what the GUI sync panel and the ``csec device``/``csec sync``
commands call. The wire formats live in ``core/sync``; this package keeps their state in the
vault (schema 3: ``sync_*`` tables).
"""
