from django.db import migrations

ROLES = ("project_lead", "partner", "property_owner")


def create_roles(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    for name in ROLES:
        group_model.objects.get_or_create(name=name)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [("kennispark", "0001_roles")]
    operations = [migrations.RunPython(create_roles, remove_roles)]
