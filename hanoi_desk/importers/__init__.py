"""Readers of office files: a file in, drafts or row errors out. They never touch the database."""
