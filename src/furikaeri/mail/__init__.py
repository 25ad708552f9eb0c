"""Recruiting mail: parse, classify notices and replies, draft and check the feedback request,
import from .eml, mbox and IMAP. Submodules are imported lazily by callers (cold start)."""
