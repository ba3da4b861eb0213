"""schema.org JobPosting data of a vacancy, for search engines' job listings."""

import datetime

from django.utils import timezone

from kennispark.links import absolute_url

from .models import Vacancy, VacancyKind

FULL_TIME_HOURS = 32
EMPLOYMENT_TYPES: dict[str, list[str]] = {
    VacancyKind.INTERNSHIP: ["INTERN"],
    VacancyKind.GRADUATION_PROJECT: ["INTERN"],
    VacancyKind.SIDE_JOB: ["PART_TIME"],
}


def employment_types(vacancy: Vacancy) -> list[str]:
    """Return schema.org employmentType values for a vacancy."""
    if vacancy.kind in EMPLOYMENT_TYPES:
        return EMPLOYMENT_TYPES[vacancy.kind]
    types = []
    if vacancy.hours_max >= FULL_TIME_HOURS:
        types.append("FULL_TIME")
    if vacancy.hours_min < FULL_TIME_HOURS:
        types.append("PART_TIME")
    if vacancy.kind == VacancyKind.TRAINEESHIP:
        types.append("TEMPORARY")
    return types


def job_posting(vacancy: Vacancy) -> dict:
    """Return the JobPosting JSON-LD object of a published vacancy."""
    establishment = vacancy.establishment
    organisation = {"@type": "Organization", "name": establishment.trade_name}
    if establishment.website:
        organisation["sameAs"] = establishment.website
    valid_through = timezone.make_aware(datetime.datetime.combine(vacancy.closing_date, datetime.time(23, 59)))
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": vacancy.description,
        "identifier": {"@type": "PropertyValue", "name": establishment.trade_name, "value": str(vacancy.pk)},
        "datePosted": vacancy.posted_at.date().isoformat(),
        "validThrough": valid_through.isoformat(),
        "employmentType": employment_types(vacancy),
        "hiringOrganization": organisation,
        "jobLocation": {
            "@type": "Place",
            "name": f"Kennispark Twente, {establishment.get_sub_area_display()}",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": establishment.street_address,
                "postalCode": establishment.postcode,
                "addressLocality": establishment.city,
                "addressRegion": "Overijssel",
                "addressCountry": "NL",
            },
        },
        "industry": vacancy.field.name,
        "url": absolute_url(vacancy.get_absolute_url()),
    }
    if vacancy.apply_url:
        data["directApply"] = False
    return data
