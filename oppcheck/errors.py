"""Errors a user sees: each carries a message key whose sentence lives in messages.yaml."""

from __future__ import annotations

EXIT_OK = 0
EXIT_GAPS = 1
EXIT_ERROR = 2


class OppcheckError(Exception):
    """Something the user must be told in one plain sentence (exit code 2)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def sentence(self, lang: str = "nl") -> str:
        from .i18n import message
        from .text import safe_path

        params = {
            k: (v.get(lang) or v["nl"])
            if isinstance(v, dict) and "nl" in v
            else safe_path(v)
            if k in ("path", "file") and isinstance(v, str)  # no escape codes or bad bytes
            else v
            for k, v in self.params.items()
        }
        return message(f"error.{self.key}", lang, **params)


class ReadError(OppcheckError):
    """A document could not be read (corrupt, encrypted, unsupported, too large...)."""


class RuleSetError(OppcheckError):
    """A rule set is malformed; raised before any document is read."""
