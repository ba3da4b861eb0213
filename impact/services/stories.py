"""Value stories: sanitised text, and publishing only with the recorded consent of those quoted."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.richtext import rich_text_clean

from ..models import Story


@transaction.atomic
def story_save(*, story: Story, by: User) -> Story:
    """Save a story with its text sanitised; refuse to publish it without recorded consent."""
    story.body_nl = rich_text_clean(story.body_nl)
    story.body_en = rich_text_clean(story.body_en)
    if story.is_published and not (story.consent_recorded and story.consent_note.strip()):
        raise ValidationError(
            {"is_published": _("Record the consent of the people and companies quoted before publishing.")}
        )
    if story.consent_recorded and story.consent_recorded_by is None:
        story.consent_recorded_by = by
    story.full_clean()
    story._history_user = by  # type: ignore[attr-defined]
    story.save()
    stories_changed()
    return story


def stories_changed() -> None:
    """Show a change to stories or their links on the public pages at once."""
    content_version_bump(area=content_versions.STORIES)
    content_version_bump(area=content_versions.IMPACT)
