"""The content calendar: its tab (list, month and week views) and its dialogs."""
