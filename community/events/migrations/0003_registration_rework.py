"""Registration per date of a series, by members, with a hashed personal manage link; participating firms."""

import hashlib
import secrets

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import community.events.manage_links


def hash_existing_tokens(apps, schema_editor):
    # Links already mailed keep working: the stored hash is that of the old plain token.
    Registration = apps.get_model("events", "Registration")
    for registration in Registration.objects.only("pk", "token").iterator():
        Registration.objects.filter(pk=registration.pk).update(
            manage_token_salt=secrets.token_hex(16),
            manage_token_hash=hashlib.sha256(registration.token.encode()).hexdigest(),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("establishments", "0004_editor_permissions"),
        ("events", "0002_editor_permissions_and_purge_schedule"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="participating_establishments",
            field=models.ManyToManyField(
                blank=True,
                help_text="Establishments taking part besides the organiser, e.g. on a company day.",
                related_name="participating_events",
                to="establishments.establishment",
                verbose_name="participating establishments",
            ),
        ),
        migrations.AlterField(
            model_name="event",
            name="capacity",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="For a repeating event: the places on each date.",
                null=True,
                verbose_name="capacity",
            ),
        ),
        migrations.AlterField(
            model_name="registration",
            name="background",
            field=models.CharField(
                choices=[
                    ("park_company", "I work at a company on the park"),
                    ("student", "I am a student"),
                    ("researcher", "I am a researcher"),
                    ("entrepreneur", "I am an entrepreneur"),
                    ("other", "Something else"),
                ],
                max_length=20,
                verbose_name="background",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="occurrence_start",
            field=models.DateTimeField(
                blank=True,
                help_text="For a repeating event: the start of the date registered for.",
                null=True,
                verbose_name="date",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="user",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="event_registrations",
                to=settings.AUTH_USER_MODEL,
                verbose_name="member",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="manage_token_salt",
            field=models.CharField(default="", editable=False, max_length=32),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="registration",
            name="manage_token_hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(hash_existing_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="manage_token_salt",
            field=models.CharField(default=community.events.manage_links.new_salt, editable=False, max_length=32),
        ),
        migrations.AlterField(
            model_name="registration",
            name="manage_token_hash",
            field=models.CharField(
                default=community.events.manage_links.placeholder_hash, editable=False, max_length=64, unique=True
            ),
        ),
        migrations.RemoveField(model_name="registration", name="token"),
        migrations.RemoveIndex(model_name="registration", name="events_regi_event_i_c98244_idx"),
        migrations.AddIndex(
            model_name="registration",
            index=models.Index(fields=["event", "occurrence_start", "status"], name="events_regi_event_i_b3bd04_idx"),
        ),
    ]
