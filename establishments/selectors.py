"""Read side of the register: every query the pages, API and services need."""

import hashlib
from typing import cast

from django.contrib.auth.models import User
from django.db.models import Count, Exists, Field, Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from kennispark.links import absolute_url

from .models import (
    Establishment,
    ImportJob,
    KeyPositionProposal,
    ObservationSource,
    ProposalStatus,
    RepresentativeInvitation,
    SbiDivision,
    YearlyObservation,
)


def establishment_directory_list() -> QuerySet[Establishment]:
    """Return the active establishments with what a directory row shows, in a constant number of queries."""
    return (
        Establishment.objects.active()
        .with_latest_jobs()
        .select_related("sbi_division__sector")
        .prefetch_related("key_positions")
        .order_by("trade_name")
    )


def directory_register_coverage() -> dict | None:
    """Return the regional register's latest year, how many active establishments it counts and how many settled
    since (won leads, new registrations), in one query; None before the first import."""
    register = YearlyObservation.objects.filter(source=ObservationSource.REGISTER).order_by()
    latest = register.values("source").annotate(latest=Max("year")).values("latest")[:1]
    counted = register.filter(establishment=OuterRef("pk"), year=Subquery(latest))
    found = (
        Establishment.objects.active()
        .order_by()
        .annotate(counted=Exists(counted))
        .aggregate(
            year=Max(Subquery(latest)),
            in_register=Count("pk", filter=Q(counted=True)),
            since=Count("pk", filter=Q(counted=False)),
        )
    )
    return found if found["year"] is not None else None


def establishment_public_detail_queryset() -> QuerySet[Establishment]:
    """Return the establishments whose public profile may be shown (active ones)."""
    return (
        Establishment.objects.active()
        .select_related("sbi_division__sector", "sbi_division__section")
        .prefetch_related("key_positions")
    )


def establishments_of_representative(*, user: User) -> QuerySet[Establishment]:
    """Return the establishments a user represents, with their yearly observations."""
    return (
        Establishment.objects.represented_by(user)
        .select_related("sbi_division__sector")
        .prefetch_related(
            "key_positions",
            Prefetch("observations", queryset=YearlyObservation.objects.order_by("-year")),
            Prefetch(
                "key_position_proposals",
                queryset=KeyPositionProposal.objects.filter(status=ProposalStatus.PENDING).prefetch_related(
                    "key_positions"
                ),
                to_attr="pending_proposals",
            ),
        )
    )


def pending_key_position_ids(*, establishment: Establishment) -> set[int] | None:
    """Return the key positions of the establishment's pending proposal, or None without one."""
    proposal = establishment.key_position_proposals.filter(status=ProposalStatus.PENDING).first()
    if proposal is None:
        return None
    return set(proposal.key_positions.values_list("pk", flat=True))


def establishment_match(*, kvk_number: str, branch_number: str = "") -> Establishment | None:
    """Return the establishment a KvK number (and branch number) points at; None when it is new or ambiguous."""
    candidates = Establishment.objects.filter(kvk_number=kvk_number)
    if branch_number:
        return candidates.filter(branch_number=branch_number).first()
    found = list(candidates[:2])
    return found[0] if len(found) == 1 else None


def sbi_division_list() -> QuerySet[SbiDivision]:
    """Return every SBI division with its section and sector."""
    return SbiDivision.objects.select_related("section", "sector").order_by("code")


def import_job_list() -> QuerySet[ImportJob]:
    """Return the most recent import jobs with their uploaders."""
    return ImportJob.objects.select_related("uploaded_by").order_by("-created_at")


def invitation_for_token(*, token: str) -> RepresentativeInvitation | None:
    """Return the open (not accepted, not expired) invitation a link's token belongs to."""
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    return (
        RepresentativeInvitation.objects.select_related("establishment")
        .filter(token_hash=token_hash, accepted_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )


def establishment_change_log(*, establishment: Establishment, limit: int = 50) -> list[dict]:
    """Return the establishment's history, newest first, with the fields each change touched."""
    records = list(establishment.history.select_related("history_user").order_by("-history_date")[: limit + 1])
    log = []
    for record, previous in zip(records, [*records[1:], None], strict=False):
        changes = []
        if previous is not None:
            delta = record.diff_against(previous, excluded_fields=["created_at"])
            changes = [
                {
                    "field": cast(Field, Establishment._meta.get_field(change.field)).verbose_name,
                    "old": change.old,
                    "new": change.new,
                }
                for change in delta.changes
            ]
        log.append({"record": record, "changes": changes})
    return log[:limit]


def organization_json_ld(*, establishment: Establishment) -> dict:
    """Return the schema.org Organization description of an establishment's public profile."""
    url = absolute_url(establishment.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": establishment.trade_name,
        "url": establishment.website or url,
        "mainEntityOfPage": url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": establishment.street_address,
            "postalCode": establishment.postcode,
            "addressLocality": establishment.city,
            "addressCountry": "NL",
        },
    }
    if establishment.description:
        data["description"] = establishment.description
    if establishment.logo:
        data["logo"] = absolute_url(establishment.logo.url)
    if establishment.founded_on:
        data["foundingDate"] = establishment.founded_on.isoformat()
    if establishment.contact_email or establishment.contact_phone:
        data["contactPoint"] = {
            "@type": "ContactPoint",
            "contactType": "customer service",
            **({"email": establishment.contact_email} if establishment.contact_email else {}),
            **({"telephone": establishment.contact_phone} if establishment.contact_phone else {}),
        }
    data["knowsAbout"] = [key_position.name for key_position in establishment.key_positions.all()]
    return data


def user_exists_with_email(*, email: str) -> bool:
    """Return whether an account with this e-mail address (or user name) exists."""
    return User.objects.filter(email__iexact=email).exists() or User.objects.filter(username__iexact=email).exists()


def key_position_proposals_pending() -> QuerySet[KeyPositionProposal]:
    """Return the key-position proposals awaiting an editor's decision, oldest first."""
    return (
        KeyPositionProposal.objects.filter(status=ProposalStatus.PENDING)
        .select_related("establishment")
        .order_by("created_at")
    )


def represented_establishment_ids(*, user: User, limit: int) -> list[int]:
    """Return the ids of up to `limit` establishments the user represents."""
    return list(Establishment.objects.represented_by(user).order_by("pk").values_list("pk", flat=True)[:limit])
