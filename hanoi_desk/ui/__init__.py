"""Qt widgets. They receive services in their constructors and never touch a session."""
