"""The settings dialog, the first-run dialog and the database server fields they share.

Like the main window, a place where features meet: the dialog gathers the mail and signing pages.
"""
