"""History: the tab of every change, and one record's history dialog."""
