"""What the home page shows, gathered from each capability's selectors."""

from community.events.selectors import home_upcoming_events
from community.talent.selectors import home_latest_vacancies
from monitoring.selectors import home_key_figures


def home_context() -> dict[str, object]:
    """Return the home page's sections: headline key figures, upcoming events and the latest vacancies."""
    return {
        "key_figures": home_key_figures(),
        "upcoming_events": home_upcoming_events(),
        "latest_vacancies": home_latest_vacancies(),
    }
