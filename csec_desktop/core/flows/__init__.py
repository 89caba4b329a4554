"""UI-agnostic state machines for multi-step flows; the GUI only maps their states to widgets."""
