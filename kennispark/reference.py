"""Reference data that data migrations create, recreated on demand.

A test database flush (after every transactional or browser test) removes what the data migrations seeded;
the test suite calls ensure_reference_data() before each database test so every test starts from the state
a freshly migrated database has. Each seeder is the data migration's own idempotent function.
"""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group

from .roles import ALL_ROLES

# (model that the seeder fills, data-migration module, idempotent seeder function)
MIGRATION_SEEDERS = [
    ("establishments.SbiDivision", "establishments.migrations.0002_sbi_reference", "load"),
    ("crm.Stage", "crm.migrations.0002_pipeline_defaults", "load"),
    ("talent.FieldOfWork", "community.talent.migrations.0002_fields_of_work", "create_fields"),
    ("monitoring.Target", "monitoring.migrations.0002_targets_schedule_permissions", "seed_targets"),
]


def ensure_reference_data() -> None:
    """Create the role groups and re-run each reference seeder whose table is empty."""
    if Group.objects.filter(name__in=ALL_ROLES).count() < len(ALL_ROLES):
        for role in ALL_ROLES:
            Group.objects.get_or_create(name=role)
    for model_label, module_path, function_name in MIGRATION_SEEDERS:
        if not apps.get_model(model_label).objects.exists():
            getattr(import_module(module_path), function_name)(apps, None)
