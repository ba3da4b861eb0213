from django.db import migrations

from establishments.seeds import editors_grant


class Migration(migrations.Migration):
    dependencies = [
        ("establishments", "0003_register_self_service_and_imports"),
        ("kennispark", "0001_roles"),
    ]
    operations = [migrations.RunPython(editors_grant, migrations.RunPython.noop)]
