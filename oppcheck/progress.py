"""A progress bar on stderr for a batch (files done, rate, time left), only when stderr is a terminal."""

from __future__ import annotations

import sys
from typing import Any

from .i18n import message


class NoProgress:
    """What a batch reports to when nobody is watching: nothing."""

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def advance(self) -> None:
        return None


class BarProgress(NoProgress):
    """A rich progress bar on stderr; it disappears when the batch is done."""

    def __init__(self, total: int, lang: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn(message("terminal.batch_progress", lang)),
            BarColumn(),
            MofNCompleteColumn(),
            _rate_column(lang),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("", total=total)

    def __enter__(self) -> BarProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def advance(self) -> None:
        self._bar.advance(self._task)


def progress(total: int, lang: str = "nl") -> NoProgress:
    """A bar for `total` documents when stderr is a terminal and there is more than one; else nothing."""
    if total < 2 or not sys.stderr.isatty():
        return NoProgress()
    return BarProgress(total, lang)


def _rate_column(lang: str) -> Any:
    from rich.progress import ProgressColumn
    from rich.text import Text

    unit = message("terminal.batch_rate", lang)

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} {unit}" if speed else f"– {unit}", style="progress.data.speed")

    return RateColumn()
