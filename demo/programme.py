"""Demo of the programme board: project leads and a partner at work, the 2026 plan carrying over the running
projects, and a handful of updates so the board is not empty."""

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from programme import services
from programme.models import ProgressUpdate, Project, Status, YearPlan
from programme.quarters import Quarter

from .users import DEMO_PASSWORD

LEAD_USERNAME = "projectleider"
# (number, sub-project number, lead usernames)
LEADS = [
    (1, 0, ["projectleider"]),
    (9, 0, ["projectleider"]),
    (13, 0, ["projectleider"]),
    (14, 0, ["projectleider"]),
    (8, 2, ["projectleider"]),
    (3, 0, ["gemeente"]),
    (4, 0, ["gemeente"]),
]
EXTRA_LEADS = [{"username": "gemeente", "first_name": "Gijs", "last_name": "Gemeente"}]


def _updates(current: Quarter) -> list[dict]:
    return [
        {"number": 13, "quarter": 20254, "status": Status.DONE, "percent_done": 100,
         "summary": "De gebiedsstrategie 2026–2035 is vastgesteld door de founding partners.",
         "public_summary": "De nieuwe gebiedsstrategie 2026–2035 is vastgesteld.", "milestones": "all"},
        {"number": 14, "quarter": 20254, "status": Status.ON_TRACK, "percent_done": 80,
         "summary": "Het CRM is ingericht en de monitor economische betekenis is opgeleverd.",
         "next_steps": "Vestigingsbeleid ter besluitvorming voorleggen.", "milestones": [20253, 20254]},
        {"number": 1, "quarter": current.code, "status": Status.AT_RISK, "percent_done": 35,
         "summary": "Het schetsontwerp is klaar; de business case wordt herijkt.",
         "risks": "Netcongestie vertraagt de aansluiting van het gebouw.",
         "reason": "Geen zekerheid over de netaansluiting.",
         "path_to_green": "Tijdelijke opslag via de Regio Deal; besluit netbeheerder verwacht.",
         "path_to_green_by": current.next().code,
         "public_summary": "Het ontwerp is klaar; de aansluiting op het stroomnet vraagt nog een oplossing.",
         "milestones": [20252]},
        {"number": 9, "quarter": current.code, "status": Status.LATE, "percent_done": 20,
         "summary": "De financiering is nog niet rond.", "reason": "Bijdrage van een van de financiers is uitgesteld.",
         "path_to_green": "Aanvullende subsidieaanvraag indienen.", "path_to_green_by": current.next().code,
         "public_summary": "De financiering van de MedTech Factory wordt afgerond."},
        {"number": 3, "quarter": current.code, "status": Status.ON_TRACK, "percent_done": 40,
         "summary": "De gemeenteraad heeft besloten; het ontwerp is aanbesteed.", "milestones": [20251],
         "public_summary": "De gemeenteraad heeft ingestemd; het ontwerp wordt uitgewerkt."},
    ]  # fmt: skip


@transaction.atomic
def programme_load(stdout=None) -> None:
    """Give the demo leads their projects, start the 2026 plan and write the demo updates (once)."""
    for spec in EXTRA_LEADS:
        user, created = User.objects.get_or_create(username=spec["username"], defaults=spec)
        if created:
            user.email = f"{spec['username']}@demo.kennispark.nl"
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(Group.objects.get(name="project_lead"))
    plan_2025 = YearPlan.objects.get(year=2025)
    for number, sub_number, usernames in LEADS:
        project = Project.objects.get(year_plan=plan_2025, number=number, sub_number=sub_number)
        project.leads.add(*User.objects.filter(username__in=usernames))
    today = timezone.localdate()
    if today.year > 2025 and not YearPlan.objects.filter(year=today.year).exists():
        services.year_plan_start(
            year=today.year,
            title_nl=f"Jaarplan {today.year} Kennispark Twente",
            title_en=f"Kennispark Twente year plan {today.year}",
            carry_over_from=plan_2025,
        )
    written = 0
    if not ProgressUpdate.objects.exists():
        for spec in _updates(Quarter.of(today)):
            written += _update_write(plan_2025, spec)
    if stdout:
        stdout.write(f"Programme board: {Project.objects.count()} projects, {written} demo updates")


def _update_write(plan: YearPlan, spec: dict) -> int:
    spec = dict(spec)
    project = Project.objects.get(year_plan=plan, number=spec.pop("number"), sub_number=0)
    author = project.leads.first() or User.objects.get(username=LEAD_USERNAME)
    wanted = spec.pop("milestones", [])
    milestones = project.milestones.all()
    if wanted != "all":
        milestones = milestones.filter(planned_quarter__in=wanted or [0])
    services.progress_update_submit(project=project, author=author, milestones_done=list(milestones), **spec)
    return 1
