"""Merge tags: the placeholders of a template under review, not anyone's data.

Marketing and patient-messaging teams mail drafts around for approval ("Hi [Patient First
Name], time to refill [Medication]"). The tags' words are the very words detectors take as
context ("Patient", "Medication"), and would lend a real greeting elsewhere in the message
("Hi Chris King, can you approve...") the support of a patient's. The tags are blanked to
spaces of the same length before scanning, so offsets still index the part's text.

Only a tag that says it is one is blanked: ``{{first_name}}``, ``%%FNAME%%``, ``*|FNAME|*``,
``${name}``, ``<<Patient Name>>``, or a bracketed field name whose words include a field word
("[Patient First Name]", "[Days Since Fill]", "[PatientFirstName]"). A bracketed real name
("[Maria Lopez]") is not a field name and is scanned as written.
"""

from __future__ import annotations

import re

# Words that make a bracketed Title-Case phrase a field name rather than text.
_FIELD_WORDS = (
    "name|first|last|full|date|dob|birth|patient|member|medication|drug|rx|days|count|number|"
    "id|phone|email|address|provider|doctor|clinic|location|time|amount|link|url|city|zip|"
    "since|fill|appointment|appt|code|field|insert|recipient|token"
)
# A tag's word: letters and digits, bounded, no underscore. The separator between words is
# "[ _]"; a word that could also contain "_" would make "<<a_a_a_..." (no closing ">>")
# split every possible way before failing, which is exponential. Bounded lengths and an
# unambiguous split keep every attempt linear in the tag's length (at most ~200 chars).
_WORD = r"[A-Za-z][A-Za-z0-9]{0,30}"
_TAG = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}"  # {{first_name}} (Handlebars, Liquid, Jinja)
    r"|%%[A-Za-z0-9_:]{1,40}%%"  # %%FNAME%% (Salesforce Marketing Cloud)
    r"|\*\|[A-Z0-9_:]{1,40}\|\*"  # *|FNAME|* (Mailchimp)
    r"|\$\{[A-Za-z0-9_.]{1,40}\}"  # ${first_name}
    rf"|<<{_WORD}(?:[ _]{_WORD}){{0,5}}>>"  # <<Patient Name>> (mail merge)
    # "[Patient First Name]": the shape only; whether it names a field is checked on the
    # match (_FIELD), not in a lookahead, which would scan ahead from every "[" of a line.
    rf"|(?P<bracket>\[{_WORD}(?:[ _]{_WORD}){{0,5}}\])",
)
_FIELD = re.compile(rf"(?i:\b(?:{_FIELD_WORDS})\b)")
# "[PatientFirstName]": CamelCase words apart, so the field words are whole words.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


_OPENERS = ("[", "{", "%%", "|*", "<<")


def blank_merge_tags(text: str) -> str:
    """``text`` with each merge tag replaced by spaces (same length, same offsets)."""
    if not any(o in text for o in _OPENERS):
        return text
    return _TAG.sub(_blank, text)


def _blank(m: re.Match[str]) -> str:
    tag = m.group(0)
    if m.group("bracket") is not None and not _FIELD.search(_CAMEL.sub(" ", tag.replace("_", " "))):
        return tag  # "[Maria Lopez]": a bracketed phrase, not a field name
    return " " * len(tag)
