"""The one way the portal sends e-mail.

Every e-mail is sent by a Celery task (enqueued through `kennispark.outbox.task_enqueue`), never during a
request: a slow or unreachable mail server then delays no visitor and loses no message. The app's task renders
the subject and body in the recipient's language and hands them here.
"""

import logging
import smtplib
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import BadHeaderError, EmailMultiAlternatives, get_connection

logger = logging.getLogger(__name__)


def mail_message(
    *,
    to: list[str],
    subject: str,
    body: str,
    html: str = "",
    attachments: Iterable[tuple[str, str | bytes, str]] = (),
    headers: dict[str, str] | None = None,
) -> EmailMultiAlternatives:
    """Return an e-mail from the portal's address: plain text, an optional HTML part and (name, content, type) files."""
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=to, headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    for name, content, mimetype in attachments:
        message.attach(name, content, mimetype)
    return message


def mail_send(*messages: EmailMultiAlternatives) -> int:
    """Send the e-mails over one connection; return how many were sent."""
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(list(messages)) or 0


def mail_send_each(*messages: EmailMultiAlternatives) -> list[bool]:
    """Send the e-mails over one connection one by one; return per e-mail whether it went (a failure stops none)."""
    results = []
    with get_connection() as connection:
        for message in messages:
            message.connection = connection
            try:
                results.append(bool(message.send()))
            except (smtplib.SMTPException, BadHeaderError, ValueError, OSError) as error:
                # The address stays out of the log: it is personal data.
                logger.warning("An e-mail could not be sent: %s", type(error).__name__)
                results.append(False)
    return results
