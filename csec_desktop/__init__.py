"""CSEC screening desktop: offline-first screening and holistic needs assessment."""

__version__ = "0.1.0"
APP_NAME = "CSEC Screening"
APP_ID = "csec-desktop"
