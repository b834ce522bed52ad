"""The backtracking lint for admin regexes (gateway/regex_risk.py)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from gateway.regex_risk import backtracking_risk


@pytest.mark.parametrize(
    "regex",
    [r"(a+)+$", r"^(\w+\s?)*$", r"(\s*,?\s*)+x", r"(x+x+)+y", r"((ab)*)*c"],
)
def test_repeats_of_repeats_are_flagged(regex: str) -> None:
    assert backtracking_risk(regex) is not None


@pytest.mark.parametrize(
    "regex",
    [
        r"^1",
        r"urgent|stat",
        r"^(?:\w+\.)*example\.org$",  # a fixed separator: one way to split
        r"(?:a|b)+",
        r"^(?:\w++\s?)*$",  # possessive inner repeat
        r"(?>(\w+\s?)*)x",  # atomic group
        r"(?:\d{1,3}\.){3}\d{1,3}",  # bounded outer repeat
    ],
)
def test_safe_shapes_are_not(regex: str) -> None:
    assert backtracking_risk(regex) is None


def test_a_flagged_shape_is_slow_and_its_suggested_fix_is_not() -> None:
    """The lint's premise, checked once: the flagged form takes exponential time where the
    possessive form it suggests does not. Run in a child with a time limit."""
    text = "a" * 28 + "!"
    fixed = subprocess.run(
        [sys.executable, "-c", f"import re; print(re.match(r'^(?:\\w++\\s?)*$', {text!r}))"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert fixed.stdout.strip() == "None"
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run(
            [sys.executable, "-c", f"import re; re.match(r'^(\\w+\\s?)*$', {text!r})"],
            capture_output=True,
            timeout=5,
            check=False,
        )
    assert re.compile(r"^(\w+\s?)*$")  # it compiles: only the lint refuses it
