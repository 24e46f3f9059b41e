"""The command group: turns every library error into one line on stderr and an exit code.

Every failure the user can cause ends as one line naming the input and the problem, and a non-zero
exit code; no traceback reaches the terminal. The commands live in :mod:`.documents` (one text or
a JSONL corpus in, JSON out), :mod:`.store` (the corpus store) and :mod:`.serve` (the web app).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ..about import __version__
from ..errors import ReportedlyError
from ..model import SCOPES


def fail(message: str, code: int = 2) -> None:
    """Print one line to stderr and exit."""
    click.echo(f"reportedly: {message}", err=True)
    sys.exit(code)


class Group(click.Group):
    """Turns library errors into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReportedlyError as err:
            fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(0)
        except OSError as err:
            fail(f"{err.filename or 'output'}: {err.strerror or err}", 1)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="reportedly")
def main() -> None:
    """reportedly: who said what in news reports, with every record pointing into the text."""


def doc_timeout_option(f: Any) -> Any:
    """``--doc-timeout SECONDS`` of the commands that process corpora in worker processes."""
    return click.option("--doc-timeout", type=click.FloatRange(0), default=60.0, show_default=True, metavar="SECONDS",
                        help="A document that takes longer is stopped, reported as failed, and its worker "
                             "replaced (0: no limit).")(f)


def min_confidence_option(f: Any) -> Any:
    """``--min-confidence``: the calibrated confidence below which statements are left out."""
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                        help="Leave out statements whose confidence is lower (calibrated on held-apart gold: 0.5 "
                             "keeps statements right about three times in four on PolNeAR dev).")(f)


def scope_option(f: Any) -> Any:
    """``--scope all|speech``: every attribution (PolNeAR's notion), or only what a reader calls a statement."""
    return click.option("--scope", type=click.Choice(list(SCOPES)), default="all", show_default=True,
                        help="all: every attribution, beliefs, feelings and wishes included (as PolNeAR annotates); "
                             "speech: only what was said, written, claimed, denied, urged, promised or quoted.")(f)
