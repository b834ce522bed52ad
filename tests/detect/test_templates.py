"""Merge tags are blanked before scanning (gateway/detect/templates.py), offsets kept."""

from __future__ import annotations

import pytest

from gateway.detect.templates import blank_merge_tags


@pytest.mark.parametrize(
    "tag",
    [
        "{{first_name}}",
        "{{ patient.dob }}",
        "%%FirstName%%",
        "*|FNAME|*",
        "${first_name}",
        "<<Patient Name>>",
        "[Patient First Name]",
        "[Days Since Fill]",
        "[Medication]",
    ],
)
def test_tags_are_blanked_to_the_same_length(tag: str) -> None:
    text = f"Hi {tag}, see you soon"
    out = blank_merge_tags(text)
    assert len(out) == len(text)
    assert out == f"Hi {' ' * len(tag)}, see you soon"


@pytest.mark.parametrize(
    "text",
    [
        "[Maria Lopez] has asthma",  # a bracketed name is no field name
        "see [1] and [Figure 2]",
        "{not closed",
        "plain text without any tag",
    ],
)
def test_other_brackets_are_left_alone(text: str) -> None:
    assert blank_merge_tags(text) == text


@pytest.mark.parametrize("tag", ["[first_name]", "[Patient_Name]", "<<first_name>>"])
def test_underscored_field_names_are_blanked(tag: str) -> None:
    assert blank_merge_tags(f"Hi {tag},") == f"Hi {' ' * len(tag)},"
