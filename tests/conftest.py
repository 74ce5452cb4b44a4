"""Shared test set-up: oppcheck's cache folder (see oppcheck/cache.py) lives in a temporary folder for
the whole run, never in the home folder of whoever runs the tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache_folder(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        mp.delenv("OPPCHECK_NO_CACHE", raising=False)
        yield
