"""Outreach: the sites tab and its dialogs (requests, decisions, letters, articles)."""
