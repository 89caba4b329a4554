"""The encrypted local store: key slots, the SQLCipher database, accounts and the audit log."""
