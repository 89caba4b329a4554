"""``python -m csec_desktop.cli``: the same ``csec`` command."""

from csec_desktop.cli.main import main

raise SystemExit(main())
