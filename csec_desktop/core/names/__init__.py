"""Names folded and compared one way for caseload search and both possible-duplicate checks.

``fold``: text to ASCII, case-folded tokens (NFC, anyascii, particles); ``forms``: the ways a
youth's name may be written; ``nicknames``: familiar forms of given names (shipped list plus the
county's); ``match``: whether two names may be the same youth's. docs/name-matching.md
describes the whole rule for workers and county staff.
"""
