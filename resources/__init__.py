"""Runtime data (instruments, county policy, word lists, icons) shipped with the app."""
