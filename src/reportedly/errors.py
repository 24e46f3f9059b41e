"""Exceptions. Every message names the input and the problem in one line.

They cross process boundaries (worker processes, Dask tasks) by pickling, so each one unpickles to
the same type and message: an error class whose ``__init__`` takes other arguments than its message
says how to rebuild it in ``__reduce__``.
"""

from __future__ import annotations


class ReportedlyError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""

    exit_code = 1


class InputError(ReportedlyError):
    """An input that cannot be read or processed (missing, empty, binary, too large, ...)."""

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return type(self), (self.source, self.problem)


class ModelError(ReportedlyError):
    """A language model or shipped model file is missing or unusable."""

    exit_code = 3
