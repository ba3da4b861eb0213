"""Duplicate detection: the same organisation by KvK number, website domain or normalised name."""

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db.models import Q

from establishments.models import Establishment

# Legal forms and words that say nothing about which organisation it is ("Acme Holding B.V." is "acme").
LEGAL_FORMS = {"bv", "nv", "vof", "cv", "holding", "groep", "group", "gmbh", "ltd", "inc", "llc", "sa", "ag", "plc"}


def normalise_name(name: str) -> str:
    """Return a name lower-cased, without accents, punctuation and legal forms, for matching."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    # Dots inside legal forms ("b.v.") are dropped first so they become one word.
    text = re.sub(r"\b([a-z])\.(?=[a-z]\b|[a-z]\.)", r"\1", text).replace(".", " ")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(word for word in words if word not in LEGAL_FORMS)


def domain_of(website: str) -> str:
    """Return the host of a website without `www.`, lower-cased; empty for no website."""
    if not website:
        return ""
    host = urlsplit(website if "//" in website else f"//{website}").hostname or ""
    return host.lower().removeprefix("www.")


@dataclass(frozen=True)
class DuplicateMatch:
    kind: str  # "lead" or "establishment"
    pk: int
    name: str
    url: str
    reasons: tuple[str, ...]


def _reasons(
    *, kvk: str, domain: str, name: str, other_kvk: str, other_domain: str, other_name: str
) -> tuple[str, ...]:
    reasons = []
    if kvk and kvk == other_kvk:
        reasons.append("kvk")
    if domain and domain == other_domain:
        reasons.append("domain")
    if name and name == other_name:
        reasons.append("name")
    return tuple(reasons)


def duplicates_find(
    *, name: str, kvk_number: str = "", website: str = "", exclude_lead_id: int | None = None
) -> list[DuplicateMatch]:
    """Return the leads and establishments that look like the same organisation."""
    from ..models import Lead

    norm, domain = normalise_name(name), domain_of(website)
    condition = Q(normalised_name=norm) if norm else Q(pk__in=[])
    if kvk_number:
        condition |= Q(kvk_number=kvk_number)
    if domain:
        condition |= Q(website_domain=domain)
    leads = Lead.objects.filter(condition).exclude(pk=exclude_lead_id).only("pk", "name", "kvk_number", "website")
    matches = [
        DuplicateMatch("lead", lead.pk, lead.name, lead.get_absolute_url(), _reasons(
            kvk=kvk_number, domain=domain, name=norm,
            other_kvk=lead.kvk_number, other_domain=lead.website_domain, other_name=lead.normalised_name,
        ))
        for lead in leads
    ]  # fmt: skip
    matches.extend(_establishment_matches(norm=norm, kvk=kvk_number, domain=domain))
    return [match for match in matches if match.reasons]


def _establishment_matches(*, norm: str, kvk: str, domain: str) -> list[DuplicateMatch]:
    # The register keeps no normalised name, so candidates are narrowed in SQL and compared in Python.
    condition = Q(pk__in=[])
    if kvk:
        condition |= Q(kvk_number=kvk)
    if domain:
        condition |= Q(website__icontains=domain)
    first_word = norm.split(" ")[0] if norm else ""
    if len(first_word) >= 2:
        condition |= Q(trade_name__icontains=first_word)
    matches = []
    for establishment in Establishment.objects.filter(condition).only(
        "pk", "trade_name", "kvk_number", "website", "slug"
    ):
        reasons = _reasons(
            kvk=kvk, domain=domain, name=norm,
            other_kvk=establishment.kvk_number, other_domain=domain_of(establishment.website),
            other_name=normalise_name(establishment.trade_name),
        )  # fmt: skip
        if reasons:
            matches.append(
                DuplicateMatch(
                    "establishment", establishment.pk, establishment.trade_name, _register_url(establishment), reasons
                )
            )
    return matches


def _register_url(establishment: Establishment) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return establishment.get_absolute_url()
    except NoReverseMatch:
        return reverse("admin:establishments_establishment_change", args=[establishment.pk])
