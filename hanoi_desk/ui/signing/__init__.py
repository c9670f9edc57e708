"""Signing a PDF with a token or a file: the dialog, the token picker, the settings page.

Not a feature tab: print preview (ui/widgets) offers "Sign", and the main window's File menu too.
"""
