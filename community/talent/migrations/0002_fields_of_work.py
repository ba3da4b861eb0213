from django.db import migrations

from community.talent.seeds import fields_of_work_seed


class Migration(migrations.Migration):
    dependencies = [("talent", "0001_initial")]

    operations = [migrations.RunPython(fields_of_work_seed, migrations.RunPython.noop)]
