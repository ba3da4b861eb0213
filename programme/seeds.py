"""What the programme board's data migrations write, callable again: the 2025 year plan with its 22 key projects,
the reminder schedule and the editors' rights."""

from kennispark.roles import EDITOR, grant_model_permissions
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

from . import year_plan_2025 as plan

REMINDERS_TASK_NAME = "programme: update reminders and editors' digest"
REMINDERS_TASK = "programme.tasks.send_update_reminders"


def year_plan_2025_seed(apps, schema_editor=None) -> None:
    """Create the 2025 year plan, its themes, the programme lines and the key projects that are missing."""
    models = {name: apps.get_model("programme", name) for name in ("YearPlan", "Theme", "ProgrammeLine")}
    year_plan, _ = models["YearPlan"].objects.get_or_create(
        year=plan.YEAR_PLAN["year"], defaults={k: v for k, v in plan.YEAR_PLAN.items() if k != "year"}
    )
    themes = {
        number: models["Theme"].objects.get_or_create(
            year_plan=year_plan, number=number, defaults={"name_nl": name_nl, "name_en": name_en}
        )[0]
        for number, name_nl, name_en in plan.THEMES
    }
    lines = {}
    for position, (slug, name_nl, name_en, description_nl, description_en) in enumerate(plan.LINES):
        lines[slug] = models["ProgrammeLine"].objects.get_or_create(
            slug=slug,
            defaults={
                "name_nl": name_nl,
                "name_en": name_en,
                "description_nl": description_nl,
                "description_en": description_en,
                "started_in": year_plan,
                "position": position,
            },
        )[0]
    for data in plan.PROJECTS:
        _project_seed(apps, year_plan=year_plan, theme=themes[data["theme"]], line=lines[data["line"]], data=data)


def _project_seed(apps, *, year_plan, theme, line, data, parent=None) -> None:
    project_model = apps.get_model("programme", "Project")
    organisation = apps.get_model("programme", "Organisation").objects.get_or_create(name=data["lead"])[0]
    number = parent.number if parent else data["number"]
    sub_number = data.get("sub_number", 0)
    if project_model.objects.filter(year_plan=year_plan, number=number, sub_number=sub_number).exists():
        return
    project = project_model.objects.create(
        year_plan=year_plan,
        parent=parent,
        number=number,
        sub_number=sub_number,
        name_nl=data["name_nl"],
        name_en=data["name_en"],
        description_nl=data.get("description_nl", ""),
        description_en=data.get("description_en", ""),
        theme=theme,
        programme_line=line,
        lead_organisation=organisation,
        planning_note=data["planning"],
        start_quarter=data["start"],
        end_quarter=data["end"],
        is_public=parent.is_public if parent else data["public"],
    )
    project.year_plans.add(year_plan)
    milestone_model = apps.get_model("programme", "Milestone")
    milestone_model.objects.bulk_create(
        milestone_model(project=project, planned_quarter=quarter, title_nl=title_nl, title_en=title_en)
        for quarter, title_nl, title_en in data["milestones"]
    )
    targets = apps.get_model("monitoring", "Target").objects.filter(indicator__in=data.get("targets", []))
    project.targets.add(*targets)
    for sub in data.get("sub_projects", []):
        _project_seed(apps, year_plan=year_plan, theme=theme, line=line, data=sub, parent=project)


def reminders_schedule(apps, schema_editor=None) -> None:
    """Check every weekday morning at 8 for due and overdue updates and send the editors' digest."""
    periodic_task_schedule(apps, name=REMINDERS_TASK_NAME, task=REMINDERS_TASK, cron="0 8 1-5")


def reminders_unschedule(apps, schema_editor=None) -> None:
    """Remove the reminders from the schedule."""
    periodic_task_unschedule(apps, REMINDERS_TASK_NAME)


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the programme board's models (year plans, themes, projects …)."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="programme")
