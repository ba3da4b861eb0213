"""Reference data that data migrations create, recreated on demand (a test database flush removes it)."""

from django.apps import apps
from django.contrib.auth.models import Group

from .roles import ALL_ROLES


def ensure_reference_data() -> None:
    """Create the role groups and the SBI reference when they are missing."""
    if Group.objects.filter(name__in=ALL_ROLES).count() < len(ALL_ROLES):
        for role in ALL_ROLES:
            Group.objects.get_or_create(name=role)
    from establishments.models import SbiDivision
    from establishments.sbi_reference import load_reference

    if not SbiDivision.objects.exists():
        load_reference(apps)
