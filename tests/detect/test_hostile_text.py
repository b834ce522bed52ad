"""Hostile text costs time linear in its length, on both scan paths.

A regex that can rescan a run from every position (an unbounded lookahead, a ``\\s*`` next to
another ``\\s*``, a ``[x_]+`` word joined by ``_``) is harmless on mail-sized prose and
takes hours on a megabyte of one repeated unit. The per-message time bound stops a scan
between the pieces of a long part (pieces.py), but a piece is 128 K characters and these
cases call detect() without a bound: the scan itself must be linear. Each case below took minutes to
hours before its fix (figures in the case's comment, measured on 20-200 KB and quadratic or
worse), and takes about a second or less after it.

Each runs in a child process with a limit far above the linear cost (a loaded CI machine
included), so a blow-up fails the test without the test timing anything finely.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 90  # seconds; linear cost is about 1-4 s per case on this machine

# (case, expression for the text, what to run it through)
CASES = [
    # templates.py: "<<a_a_a_..." did not finish in 120 s at 6 KB (an ambiguous word split).
    ("unclosed angle tag of underscored words", "'<<' + 'a_' * 1_000_000", "blank"),
    ("unclosed bracket of underscored words", "'[' + 'a_' * 1_000_000 + 'name'", "blank"),
    # templates.py: a lookahead to the line's end from every "[": 360 ms at 24 KB.
    ("field words after many openers", "'[Name ' * 350_000", "blank"),
    ("many short openers", "'[x ' * 700_000", "blank"),
    # detectors.yaml email: the local part rescanned from each word boundary on the re
    # path, 47 s at 200 KB of "1-".
    ("email-like run, no @ (re path)", "'1-' * 1_000_000", "re"),
    ("dotted run, no @ (re path)", "'a.' * 1_000_000", "re"),
    ("many @ with long dotted domains (re path)", "('a@' + '1.' * 1000) * 1000", "re"),
    ("email-like run, no @ (Hyperscan)", "'1-' * 1_000_000", "hs"),
    # whose.py: "\\s*,?\\s*" after a name, 2.8 s at 20 KB of spaces through detect().
    (
        "self-introduction then spaces",
        "'Hi, this is Patrick' + ' ' * 2_000_000 + 'x. My asthma is worse.'",
        "hs",
    ),
    (
        "patient name then newlines",
        "'Diabetes follow-up for Maria Lopez' + '\\n' * 2_000_000",
        "hs",
    ),
    # whose.py: every health term's sentence was tokenised whole; in 5 MB with no sentence
    # break and 37 terms that took 5 s, and it grows with terms x length. Then every term's
    # sentence was read once per part (7 s per MB here); now only the terms near a name.
    (
        "one endless sentence full of health terms",
        "'Hi Maria Lopez, ' + 'we talked about asthma and ' * 40_000",
        "hs",
    ),
    # tables.py looks at a line once, however many header words it holds.
    ("one line of table header words", "'patient dob mrn ' * 70_000", "hs"),
    # Each name asks about the health terms near it: a name beside every term, none linked,
    # made every term's person and sentence be read once per part (kept per term now).
    (
        "a name beside every health term",
        "'Mr. Lopez, we spoke of the asthma walk, then ' * 25_000",
        "hs",
    ),
    (
        "patient name then spaces (re)",
        "'Diabetes follow-up for Maria Lopez' + ' ' * 2_000_000",
        "re",
    ),
]

_RUN = {
    # Unclosed openers are not tags: the text comes back unchanged.
    "blank": (
        "from gateway.detect.templates import blank_merge_tags\n"
        "assert blank_merge_tags(t) == t, 'an unclosed opener was blanked'\n"
    ),
    "hs": "engine = load(True)\n",
    "re": "engine = load(False)\n",
}
_LOAD = (
    "from pathlib import Path\n"
    "from gateway.detect.engine import DetectorEngine\n"
    "from gateway.policy import PolicyEngine, PolicySettings\n"
    "def load(hs):\n"
    f"    policies = PolicySettings(dir=Path({str(ROOT / 'policies')!r}))\n"
    "    spec = PolicyEngine.load(policies).detector.spec\n"
    "    return DetectorEngine(spec, use_hyperscan=hs)\n"
)


@pytest.mark.parametrize(
    ("expr", "how"), [(e, h) for _, e, h in CASES], ids=[c for c, _, _ in CASES]
)
def test_hostile_text_is_scanned_in_linear_time(expr: str, how: str) -> None:
    code = _LOAD + f"t = {expr}\n" + _RUN[how]
    if how != "blank":
        code += "engine.detect([('body', t)])\n"
    code += "print(len(t))\n"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=LIMIT,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert int(done.stdout) >= 1_000_000  # the whole text, not a truncated one
