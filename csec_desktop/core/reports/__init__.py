"""Printed summaries for each audience, built in memory.

Entry points: ``service.SummaryService`` (render, save, record_print, render_day) and
``audience.RULES`` (the one table of what each audience's copy shows; docs/printing.md).
Kept import-free so ``core.policy`` can use ``resources_policy`` without a cycle.
"""
