from django.db import migrations


def grant(apps, schema_editor):
    from kennispark.roles import EDITOR, grant_model_permissions

    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="establishments")


class Migration(migrations.Migration):
    dependencies = [
        ("establishments", "0003_register_self_service_and_imports"),
        ("kennispark", "0001_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
