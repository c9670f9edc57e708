"""The benchmark of Hanoi Desk against the floor of its libraries (docs/performance.md)."""
