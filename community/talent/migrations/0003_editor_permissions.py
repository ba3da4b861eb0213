from django.db import migrations

from community.talent.seeds import editors_grant


class Migration(migrations.Migration):
    dependencies = [("talent", "0002_fields_of_work"), ("kennispark", "0001_roles")]

    operations = [migrations.RunPython(editors_grant, migrations.RunPython.noop)]
