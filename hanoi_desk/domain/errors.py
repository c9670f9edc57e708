"""The one error that carries every problem found in a piece of input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem: the field (or "dòng N, cột X") it concerns and a message a clerk understands.

    ``value`` is what the cell or field held, when there is one to show (the import's error table).
    """

    field: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(Exception):
    """Input was refused; nothing was written. ``problems`` lists every reason, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class ConflictError(ValidationError):
    """Someone else saved the record after it was opened; the caller's edit was not written."""

    def __init__(self, message: str, changed_by: str = "", changed_at: str = "") -> None:
        super().__init__([Problem("", message)])
        self.changed_by = changed_by
        self.changed_at = changed_at


class NotFoundError(ValidationError):
    """The record asked for no longer exists (deleted by someone else, or a bad id)."""


class Cancelled(Exception):
    """The clerk pressed Cancel: the work stopped and nothing was written (not an error to report)."""
