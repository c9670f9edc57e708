"""Plain value types and rules shared by every layer (no Qt, no SQLAlchemy)."""
