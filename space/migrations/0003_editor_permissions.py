from django.db import migrations

from space.seeds import editors_grant


class Migration(migrations.Migration):
    dependencies = [
        ("space", "0002_role_and_schedule"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [
        migrations.RunPython(editors_grant, migrations.RunPython.noop),
    ]
