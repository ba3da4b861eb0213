"""Venues get a postcode and city of their own, so addresses can be given in parts (schema.org PostalAddress)."""

from django.db import migrations, models


def split_addresses(apps, schema_editor):
    # "Hengelosestraat 500, Enschede" becomes street "Hengelosestraat 500" and city "Enschede".
    Venue = apps.get_model("events", "Venue")
    for venue in Venue.objects.filter(address__contains=","):
        street, _comma, city = venue.address.rpartition(",")
        Venue.objects.filter(pk=venue.pk).update(address=street.strip(), city=city.strip()[:100] or "Enschede")


class Migration(migrations.Migration):
    dependencies = [("events", "0003_registration_rework")]

    operations = [
        migrations.AddField(
            model_name="venue",
            name="postcode",
            field=models.CharField(blank=True, max_length=7, verbose_name="postcode"),
        ),
        migrations.AddField(
            model_name="venue",
            name="city",
            field=models.CharField(default="Enschede", max_length=100, verbose_name="city"),
        ),
        migrations.AlterField(
            model_name="venue",
            name="address",
            field=models.CharField(max_length=200, verbose_name="street and number"),
        ),
        migrations.RunPython(split_addresses, migrations.RunPython.noop),
    ]
