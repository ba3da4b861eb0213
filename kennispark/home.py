"""What the home page shows, gathered from each capability's selectors."""

from django.templatetags.static import static
from django.urls import reverse

from community.events.selectors import home_upcoming_events
from community.talent.selectors import home_latest_vacancies
from monitoring.selectors import home_key_figures

from .links import absolute_url


def home_context() -> dict[str, object]:
    """Return the home page's sections: headline key figures, upcoming events and the latest vacancies."""
    return {
        "key_figures": home_key_figures(),
        "upcoming_events": home_upcoming_events(),
        "latest_vacancies": home_latest_vacancies(),
        "json_ld": home_json_ld(),
    }


def home_json_ld() -> dict[str, object]:
    """Return the schema.org WebSite and Organization of the portal, for search engines."""
    home = absolute_url(reverse("home"))
    organization = {
        "@type": "Organization",
        "@id": f"{home}#organization",
        "name": "Kennispark Twente",
        "url": home,
        "logo": absolute_url(static("img/logo.svg")),
        "address": {"@type": "PostalAddress", "addressLocality": "Enschede", "addressCountry": "NL"},
    }
    website = {
        "@type": "WebSite",
        "@id": f"{home}#website",
        "name": "Kennispark Twente",
        "url": home,
        "inLanguage": ["nl", "en"],
        "publisher": {"@id": organization["@id"]},
    }
    return {"@context": "https://schema.org", "@graph": [website, organization]}
