from functools import partial

from django.db import migrations

from kennispark.roles import roles_create, roles_remove

ROLES = ("editor", "acquisition", "company")


class Migration(migrations.Migration):
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(partial(roles_create, roles=ROLES), partial(roles_remove, roles=ROLES))]
