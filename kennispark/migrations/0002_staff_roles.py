from functools import partial

from django.db import migrations

from kennispark.roles import roles_create, roles_remove

ROLES = ("project_lead", "partner", "property_owner")


class Migration(migrations.Migration):
    dependencies = [("kennispark", "0001_roles")]
    operations = [migrations.RunPython(partial(roles_create, roles=ROLES), partial(roles_remove, roles=ROLES))]
