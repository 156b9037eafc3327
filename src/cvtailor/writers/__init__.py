"""Formats out: the final StructuredCV rendered through Jinja2 templates, and the run report."""
