"""Python modules compiled from ui/*.ui by csec_desktop.gui.compile_ui — do not edit by hand."""
