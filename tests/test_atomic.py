"""write_atomic: never over an input, never half a file, never a temp file left behind."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from oppcheck.atomic import write_atomic
from oppcheck.errors import OppcheckError


def test_writes_bytes_and_text(tmp_path):
    target = tmp_path / "rapport.json"
    write_atomic(str(target), b"{}")
    assert target.read_bytes() == b"{}"
    write_atomic(str(target), "één")
    assert target.read_text(encoding="utf-8") == "één"
    assert os.listdir(tmp_path) == ["rapport.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_file_is_private_and_replaced_file_keeps_its_mode(tmp_path):
    new = tmp_path / "nieuw.md"
    write_atomic(str(new), "x")
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    old = tmp_path / "oud.md"
    old.write_text("oud")
    old.chmod(0o644)
    write_atomic(str(old), "nieuw")
    assert old.read_text() == "nieuw"
    assert stat.S_IMODE(old.stat().st_mode) == 0o644


def test_refuses_to_overwrite_an_input(tmp_path, monkeypatch):
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.7 origineel")
    monkeypatch.chdir(tmp_path)
    for spelling in (str(plan), "plan.pdf", "./sub/../plan.pdf"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(OppcheckError) as info:
            write_atomic(spelling, b"overschreven", inputs=[str(plan)])
        assert info.value.key == "same_as_input"
        assert "niet wordt overschreven" in info.value.sentence("nl")
    assert plan.read_bytes() == b"%PDF-1.7 origineel"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and hard links")
def test_refuses_an_input_reached_through_a_link(tmp_path):
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.7")
    (tmp_path / "zacht.pdf").symlink_to(plan)
    os.link(plan, tmp_path / "hard.pdf")
    for name in ("zacht.pdf", "hard.pdf"):
        with pytest.raises(OppcheckError):
            write_atomic(str(tmp_path / name), b"x", inputs=[str(plan)])
    assert plan.read_bytes() == b"%PDF-1.7"


def test_other_files_are_allowed(tmp_path):
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.7")
    write_atomic(str(tmp_path / "plan.json"), "{}", inputs=[str(plan)])
    assert (tmp_path / "plan.json").read_text() == "{}"


class _Boom(Exception):
    pass


@pytest.mark.parametrize("error", [_Boom, KeyboardInterrupt])
def test_failure_leaves_old_file_and_no_temp_file(tmp_path, monkeypatch, error):
    target = tmp_path / "rapport.csv"
    target.write_text("oud")

    def fail(*args, **kwargs):
        raise error()

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(error):
        write_atomic(str(target), "nieuw")
    assert target.read_text() == "oud"
    assert sorted(os.listdir(tmp_path)) == ["rapport.csv"]


def test_missing_folder_is_a_sentence(tmp_path):
    target = tmp_path / "bestaat-niet" / "r.json"
    with pytest.raises(OppcheckError) as info:
        write_atomic(str(target), "{}")
    assert info.value.key == "cannot_write"
    assert str(target) in info.value.sentence("nl")
    assert os.listdir(tmp_path) == []


def test_write_error_is_a_sentence_without_leftovers(tmp_path, monkeypatch):
    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OppcheckError) as info:
        write_atomic(str(tmp_path / "r.json"), "{}")
    assert info.value.key == "cannot_write"
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_temp_file_is_private_and_hidden_next_to_the_target(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((os.path.dirname(src), os.path.basename(src), stat.S_IMODE(os.stat(src).st_mode)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(str(tmp_path / "rapport.html"), "<p>")
    [(folder, name, mode)] = seen
    assert folder == str(tmp_path) and name.startswith(".") and mode == 0o600
