"""Write the generated demo register to the database: insert what is missing, update what differs."""

from decimal import Decimal

from django.apps import apps as django_apps
from django.contrib.auth.models import User
from django.db import transaction

from establishments.models import Establishment, KeyPosition, SbiDivision, YearlyObservation
from establishments.sbi_reference import load_reference

from .generator import generate

EXTRA_KEYS = ("division", "key_positions", "observations")


@transaction.atomic
def register_load(stdout=None) -> dict[str, int]:
    """Load the demo register idempotently and return how many rows were created or updated."""
    if not SbiDivision.objects.exists():
        load_reference(django_apps)
    rows = generate()
    divisions = {division.code: division for division in SbiDivision.objects.all()}
    key_positions = {position.slug: position for position in KeyPosition.objects.all()}
    existing = {(e.kvk_number, e.branch_number): e for e in Establishment.objects.all()}
    counts = dict.fromkeys(("establishments_created", "establishments_updated", "observations_written"), 0)
    to_create, to_update, changed_fields = [], [], set()
    for row in rows:
        fields = {key: value for key, value in row.items() if key not in EXTRA_KEYS}
        fields["sbi_division"] = divisions[row["division"]]
        establishment = existing.get((row["kvk_number"], row["branch_number"]))
        if establishment is None:
            to_create.append(Establishment(**fields))
            continue
        differing = {key for key, value in fields.items() if getattr(establishment, key) != value}
        if differing:
            for key in differing:
                setattr(establishment, key, fields[key])
            to_update.append(establishment)
            changed_fields |= differing
    Establishment.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        Establishment.objects.bulk_update(to_update, sorted(changed_fields), batch_size=500)
    counts["establishments_created"], counts["establishments_updated"] = len(to_create), len(to_update)
    by_key = {(e.kvk_number, e.branch_number): e for e in Establishment.objects.prefetch_related("key_positions")}
    counts["observations_written"] = _observations_load(rows, by_key)
    for row in rows:
        establishment = by_key[(row["kvk_number"], row["branch_number"])]
        wanted = {key_positions[slug] for slug in row["key_positions"]}
        if set(establishment.key_positions.all()) != wanted:
            establishment.key_positions.set(wanted)
    _representative_link()
    if stdout:
        stdout.write(
            "Demo register: {establishments_created} establishments created, {establishments_updated} updated, "
            "{observations_written} yearly observations written.".format(**counts)
        )
    return counts


def _observations_load(rows: tuple[dict, ...], by_key: dict) -> int:
    """Create or update the yearly observations; return how many were written."""
    existing = {(o.establishment_id, o.year): o for o in YearlyObservation.objects.all()}
    to_create, to_update = [], []
    for row in rows:
        establishment = by_key[(row["kvk_number"], row["branch_number"])]
        for year, (jobs, added_value) in row["observations"].items():
            value = None if added_value is None else Decimal(f"{added_value:.1f}")
            observation = existing.get((establishment.pk, year))
            if observation is None:
                to_create.append(
                    YearlyObservation(establishment=establishment, year=year, jobs=jobs, added_value_keur=value)
                )
            elif observation.jobs != jobs or _differs(observation.added_value_keur, value):
                observation.jobs, observation.added_value_keur = jobs, value
                to_update.append(observation)
    YearlyObservation.objects.bulk_create(to_create, batch_size=2000)
    YearlyObservation.objects.bulk_update(to_update, ["jobs", "added_value_keur"], batch_size=2000)
    return len(to_create) + len(to_update)


def _representative_link() -> None:
    """Let the demo company user represent the first knowledge-intensive company (it has demo events and jobs)."""
    user = User.objects.filter(username="company").first()
    establishment = Establishment.objects.active().filter(is_knowledge_intensive=True).order_by("pk").first()
    if user and establishment:
        establishment.representatives.add(user)


def _differs(stored, value) -> bool:
    if stored is None or value is None:
        return stored is not value
    return stored != value
