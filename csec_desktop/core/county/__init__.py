"""County intake, headless: the county authority (keys, trust files, device registry), bundle
intake with signed receipts, and the county report. The county store is a vault like the
laptop's (SQLCipher, key slots, audit chain) with its own schema (``store.py``).
"""
