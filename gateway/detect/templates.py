"""Merge tags: the placeholders of a template under review, not anyone's data.

Marketing and patient-messaging teams mail drafts around for approval ("Hi [Patient First
Name], time to refill [Medication]"). The tags' words are the very words detectors take as
context ("Patient", "Medication"), and would lend a real greeting elsewhere in the message
("Hi Chris King, can you approve...") the support of a patient's. The tags are blanked to
spaces of the same length before scanning, so offsets still index the part's text.

Only a tag that says it is one is blanked: ``{{first_name}}``, ``%%FNAME%%``, ``*|FNAME|*``,
``${name}``, ``<<Patient Name>>``, or a bracketed field name whose words include a field word
("[Patient First Name]", "[Days Since Fill]"). A bracketed real name ("[Maria Lopez]") is
not a field name and is scanned as written.
"""

from __future__ import annotations

import re

# Words that make a bracketed Title-Case phrase a field name rather than text.
_FIELD_WORDS = (
    "name|first|last|full|date|dob|birth|patient|member|medication|drug|rx|days|count|number|"
    "id|phone|email|address|provider|doctor|clinic|location|time|amount|link|url|city|zip|"
    "since|fill|appointment|appt|code|field|insert|recipient|token"
)
_WORD = r"[A-Za-z][A-Za-z0-9_]*"
_TAG = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}"  # {{first_name}} (Handlebars, Liquid, Jinja)
    r"|%%[A-Za-z0-9_:]{1,40}%%"  # %%FNAME%% (Salesforce Marketing Cloud)
    r"|\*\|[A-Z0-9_:]{1,40}\|\*"  # *|FNAME|* (Mailchimp)
    r"|\$\{[A-Za-z0-9_.]{1,40}\}"  # ${first_name}
    rf"|<<{_WORD}(?:[ _]{_WORD}){{0,5}}>>"  # <<Patient Name>> (mail merge)
    rf"|\[(?=[^\]\n]*\b(?i:{_FIELD_WORDS})\b){_WORD}(?:[ _]{_WORD}){{0,5}}\]",
)


_OPENERS = ("[", "{", "%%", "|*", "<<")


def blank_merge_tags(text: str) -> str:
    """``text`` with each merge tag replaced by spaces (same length, same offsets)."""
    if not any(o in text for o in _OPENERS):
        return text
    return _TAG.sub(lambda m: " " * (m.end() - m.start()), text)
