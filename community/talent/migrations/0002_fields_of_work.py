from django.db import migrations

FIELDS = [
    ("engineering", "Techniek en engineering", "Engineering"),
    ("ict", "ICT en software", "ICT and software"),
    ("research", "Onderzoek en ontwikkeling", "Research and development"),
    ("health", "Zorg en life sciences", "Health and life sciences"),
    ("production", "Productie en maintenance", "Production and maintenance"),
    ("data", "Data en AI", "Data and AI"),
    ("business", "Business en management", "Business and management"),
    ("sales-marketing", "Sales en marketing", "Sales and marketing"),
    ("finance", "Finance en administratie", "Finance and administration"),
    ("hr-education", "HR en onderwijs", "HR and education"),
    ("hospitality", "Horeca, sport en recreatie", "Hospitality, sport and leisure"),
]


def create_fields(apps, schema_editor):
    field_model = apps.get_model("talent", "FieldOfWork")
    for position, (slug, name_nl, name_en) in enumerate(FIELDS):
        field_model.objects.update_or_create(
            slug=slug, defaults={"name_nl": name_nl, "name_en": name_en, "position": position}
        )


class Migration(migrations.Migration):
    dependencies = [("talent", "0001_initial")]

    operations = [migrations.RunPython(create_fields, migrations.RunPython.noop)]
