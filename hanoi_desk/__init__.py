"""Hanoi Desk: the coordination office's desk for Hanoi's online-information plan."""

from __future__ import annotations

__version__ = "0.1.0"
