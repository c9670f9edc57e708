"""Fanpages: the tab, verification steps, proposal letters, suspected impersonators."""
