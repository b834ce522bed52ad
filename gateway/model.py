"""Frozen values passed between pipeline stages.

Nothing here carries matched PHI: a Finding names a detector, a part, a count and
offsets; everything after the detector sees only those.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Confidence(enum.IntEnum):
    """Detector confidence; ordered so that ``max()`` picks the strongest."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def __str__(self) -> str:
        return self.name.lower()


class Action(enum.IntEnum):
    """What happens to a message. Ordered by restrictiveness: max() wins."""

    DELIVER = 0
    REQUIRE_TLS = 1
    PORTAL = 2
    QUARANTINE = 3
    REJECT = 4

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Action:
        return cls[text.upper()]


class MessageClass(enum.Enum):
    TRANSACTIONAL = "transactional"
    MARKETING = "marketing"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Envelope:
    """The SMTP envelope as accepted: addresses, client and session facts."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    client_ip: str = ""
    helo: str = ""
    authenticated_as: str | None = None
    tls_in: bool = False
    received_at: float = 0.0

    @property
    def sender_domain(self) -> str:
        return self.mail_from.rpartition("@")[2].lower()


@dataclass(frozen=True, slots=True)
class Finding:
    """One detector's result in one part of a message. Never the matched text."""

    detector: str
    part: str  # subject | header:NAME | body | attachment:NAME | unscannable
    count: int
    confidence: Confidence
    offsets: tuple[tuple[int, int], ...] = ()

    @property
    def part_kind(self) -> str:
        """The part without its (possibly sensitive) attachment name: safe to log."""
        return self.part.split(":", 1)[0] if self.part.startswith("attachment:") else self.part


@dataclass(frozen=True, slots=True)
class HeaderEdits:
    """Modifications a policy asks for, applied by the transform stage."""

    add: tuple[tuple[str, str], ...] = ()
    remove: tuple[str, ...] = ()
    subject: str | None = None

    def merged(self, other: HeaderEdits) -> HeaderEdits:
        return HeaderEdits(
            add=self.add + other.add,
            remove=self.remove + other.remove,
            subject=other.subject if other.subject is not None else self.subject,
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """The one action chosen for a message, and why (rule and detector names only)."""

    action: Action
    rules: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    phi: bool = False
    message_class: MessageClass = MessageClass.TRANSACTIONAL
    reply_code: int = 550
    reply_text: str = "5.7.1 Message refused by policy"
    edits: HeaderEdits = field(default_factory=HeaderEdits)
    pool: str | None = None  # outbound IP pool chosen by policy (issue 6)

    @property
    def smtp_reply(self) -> str:
        return f"{self.reply_code} {self.reply_text}"


DELIVER_ALL = Decision(action=Action.DELIVER)
