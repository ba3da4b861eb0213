"""Personal manage links of registrations: the token is derived from a stored salt and the secret key.

The database keeps only the salt and a SHA-256 hash of the token, so a copy of the database alone opens no
registration; every e-mail to a registrant can still carry the same link.
"""

import hashlib
import secrets

from django.utils.crypto import salted_hmac

KEY_SALT = "community.events.registration-manage"


def new_salt() -> str:
    """Return a fresh random salt for a registration's manage token."""
    return secrets.token_hex(16)


def placeholder_hash() -> str:
    """Return a random stand-in hash, unique like the real one, for rows created without save() (bulk_create)."""
    return secrets.token_hex(32)


def token_for(salt: str) -> str:
    """Return the manage token of a registration with this salt."""
    return salted_hmac(KEY_SALT, salt, algorithm="sha256").hexdigest()


def token_hash(token: str) -> str:
    """Return the hash under which a manage token is stored and looked up."""
    return hashlib.sha256(token.encode()).hexdigest()
