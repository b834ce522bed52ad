"""Encrypted pickup portal: store, notification emails and the HTTPS pickup site.

The web app (aiohttp) is imported lazily so the store and notifications work without it.
"""

from gateway.portal.notify import build_code_email, build_notification, build_reply
from gateway.portal.settings import PortalSettings
from gateway.portal.store import (
    PickupTicket,
    PortalStore,
    SqlitePortalStore,
    TicketStatus,
    open_store,
)

__all__ = [
    "PickupTicket",
    "PortalSettings",
    "PortalStore",
    "SqlitePortalStore",
    "TicketStatus",
    "build_code_email",
    "build_notification",
    "build_reply",
    "open_store",
]
