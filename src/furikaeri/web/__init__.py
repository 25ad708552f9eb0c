"""The web UI (FastAPI + Jinja2 + htmx): routes parse, call the core and render."""
