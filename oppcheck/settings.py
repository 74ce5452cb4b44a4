"""The effective settings of one call: command line over configuration file over defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHOOL_TYPES = ("po", "sbo", "so", "vo", "pro", "vso")


@dataclass
class Settings:
    """What the pipeline and the reporters need to know about this call."""

    ruleset: str = "default"
    lang: str = "nl"
    school_type: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    template: bool = False
    password: str | None = None
    ocr: bool = True
    jobs: int | None = None
    timeout: float = 60.0
    max_memory_mb: int = 2048
    max_size_mb: float = 100.0
    redact: bool = False
    debug: bool = False
    csv_delimiter: str = ","
    resume: str | None = None
    verbose: bool = False  # the screen report shows every element (--all / --verbose)
    sources: dict[str, str] = field(default_factory=dict)
