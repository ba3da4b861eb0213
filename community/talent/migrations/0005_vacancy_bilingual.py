"""Vacancies get Dutch and English title and text; existing vacancies keep their (Dutch) text as the Dutch one."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("talent", "0004_periodic_tasks")]

    operations = [
        migrations.RenameField(model_name="vacancy", old_name="title", new_name="title_nl"),
        migrations.RenameField(model_name="vacancy", old_name="description", new_name="description_nl"),
        migrations.AlterField(
            model_name="vacancy",
            name="title_nl",
            field=models.CharField(max_length=200, verbose_name="title (Dutch)"),
        ),
        migrations.AlterField(
            model_name="vacancy",
            name="description_nl",
            field=models.TextField(
                help_text="Paragraphs, lists, bold and links are kept; other markup is removed.",
                verbose_name="description (Dutch)",
            ),
        ),
        migrations.AddField(
            model_name="vacancy",
            name="title_en",
            field=models.CharField(
                blank=True,
                help_text="Leave empty to show the Dutch title.",
                max_length=200,
                verbose_name="title (English)",
            ),
        ),
        migrations.AddField(
            model_name="vacancy",
            name="description_en",
            field=models.TextField(
                blank=True,
                help_text="Leave empty to show the Dutch text, marked as only in Dutch, on the English site.",
                verbose_name="description (English)",
            ),
        ),
    ]
