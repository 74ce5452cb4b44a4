"""User-facing sentences in Dutch and English, kept in messages.yaml next to this module."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _messages() -> dict:
    from .cache import own_yaml

    text = resources.files("oppcheck").joinpath("messages.yaml").read_text(encoding="utf-8")
    return own_yaml("messages", text)  # parsed once, then kept in the cache folder


def message(key: str, lang: str = "nl", **params: object) -> str:
    """The sentence for `key` (dotted path) in `lang`, with {params} filled in."""
    node = _messages()
    for part in key.split("."):
        node = node[part]
    text = node.get(lang) or node["nl"]
    return text.format(**params) if params else text


def plural(key: str, n: int, lang: str = "nl", **params: object) -> str:
    """The sentence for `key` with count `n`: the entry's `one` form for 1, else `other`; {n} is filled in."""
    node = _messages()
    for part in key.split("."):
        node = node[part]
    forms = node.get(lang) or node["nl"]
    return forms["one" if n == 1 else "other"].format(n=n, **params)
