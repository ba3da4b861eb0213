from django.db import migrations

from kennispark.roles import EDITOR, grant_model_permissions


def grant_editors(apps, schema_editor):
    app_config = apps.get_app_config("talent")
    # Migration-state app configs (AppConfigStub) lack this attribute, which the shared helper reads.
    if not hasattr(app_config, "models_module"):
        app_config.models_module = None
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="talent")


class Migration(migrations.Migration):
    dependencies = [("talent", "0002_fields_of_work"), ("kennispark", "0001_roles")]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
