"""What impact's data migrations write, callable again: the strategy's indicators, the nightly run, editors' rights."""

from kennispark.roles import EDITOR, grant_model_permissions
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

from .catalogue import INDICATORS

FIRST_YEAR = 2000
NIGHTLY_TASK_NAME = "Recompute the computed impact indicators (nightly)"
NIGHTLY_TASK = "impact.tasks.computed_indicators_refresh"
VERSION_FIELDS = (
    "name_nl", "name_en", "definition_nl", "definition_en", "computation_nl", "computation_en", "unit",
    "source_organisation",
)  # fmt: skip


def indicators_seed(apps, schema_editor=None) -> None:
    """Create the strategy's indicators that are missing, each with its first version; editors' changes stay."""
    indicator_model = apps.get_model("impact", "Indicator")
    version_model = apps.get_model("impact", "IndicatorVersion")
    target_model = apps.get_model("monitoring", "Target")
    for position, item in enumerate(INDICATORS):
        indicator, created = indicator_model.objects.get_or_create(
            code=item["code"],
            defaults={
                "source": item["source"],
                "programme_line": item.get("programme_line", ""),
                "categories": item.get("categories", []),
                "position": position,
                "is_survey_score": item["code"].startswith("satisfaction_"),
                "target": target_model.objects.filter(indicator=item.get("target", "")).first(),
            },
        )
        if created:
            version_model.objects.create(
                indicator=indicator,
                number=1,
                valid_from=FIRST_YEAR,
                direction=item.get("direction", "up"),
                **{field: item[field] for field in VERSION_FIELDS},
            )


def nightly_schedule(apps, schema_editor=None) -> None:
    """Recompute the computed indicators every night at 3:15, after the monitor's snapshot."""
    periodic_task_schedule(apps, name=NIGHTLY_TASK_NAME, task=NIGHTLY_TASK, cron="15 3 *")


def nightly_unschedule(apps, schema_editor=None) -> None:
    """Remove the nightly recomputation from the schedule."""
    periodic_task_unschedule(apps, NIGHTLY_TASK_NAME)


def editors_grant(apps, schema_editor=None) -> None:
    """Let editors manage indicators, values, subsidies, surveys and stories in the admin."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="impact")
