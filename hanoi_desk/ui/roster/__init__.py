"""The agency roster: its tab and the agency dialog."""
