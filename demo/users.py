"""Demo users, one per role, for `make run`."""

from typing import Any

from django.contrib.auth.models import Group, User
from django.db import transaction

DEMO_PASSWORD = "demo-wachtwoord-2025"  # noqa: S105 - printed by `make run`; demo data only
DEMO_USERS: list[dict[str, Any]] = [
    {"username": "editor", "first_name": "Eva", "last_name": "Redacteur", "role": "editor", "is_staff": True},
    {"username": "acquisition", "first_name": "Arjen", "last_name": "Acquisiteur", "role": "acquisition"},
    {"username": "company", "first_name": "Carla", "last_name": "Contact", "role": "company"},
    {"username": "owner", "first_name": "Olaf", "last_name": "Eigenaar", "role": "property_owner"},
    {"username": "projectleider", "first_name": "Pim", "last_name": "Projectleider", "role": "project_lead"},
    {"username": "partner", "first_name": "Petra", "last_name": "Partner", "role": "partner"},
]


@transaction.atomic
def users_load(stdout=None) -> None:
    """Create or refresh the demo users with the demo password."""
    for spec in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=spec["username"])
        user.first_name = spec["first_name"]
        user.last_name = spec["last_name"]
        user.email = f"{spec['username']}@demo.kennispark.nl"
        user.is_staff = spec.get("is_staff", False)
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=spec["role"]))
    if stdout:
        stdout.write(f"Demo users: {', '.join(spec['username'] for spec in DEMO_USERS)}")
