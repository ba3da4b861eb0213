"""Forms of the events calendar: validation at the edge; the services assume clean input."""

import datetime
import re
from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_stubs_ext import StrOrPromise

from establishments.models import Establishment
from kennispark.errors import errors_for_fields
from kennispark.richtext import rich_text_clean

from .models import Audience, Background, Event, OrganiserKind, Venue
from .recurrence import Occurrence
from .templatetags.events_tags import occurrence_when

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EventForm(forms.ModelForm):
    """An event as an organiser (for their establishment) or an editor (for any organiser) enters it."""

    audience = forms.MultipleChoiceField(
        label=_("Audience"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple, required=True
    )
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        assume_scheme="https",
        help_text=_("For online events, or a livestream beside the venue."),
    )
    exception_dates = forms.CharField(
        label=_("Skipped dates"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Dates on which a repeating event does not take place, e.g. 2026-12-24, one per line."),
    )

    class Meta:
        model = Event
        fields = [
            "title_nl", "title_en", "description_nl", "description_en", "category", "audience",
            "starts_at", "ends_at", "is_all_day", "venue", "online_url",
            "organiser_kind", "organiser_establishment", "organiser_partner",
            "recurrence_frequency", "recurrence_interval", "recurrence_until", "recurrence_count", "exception_dates",
            "registration_open", "capacity", "image", "image_alt",
        ]  # fmt: skip
        widgets = {
            "starts_at": DATETIME_INPUT,
            "ends_at": DATETIME_INPUT,
            "recurrence_until": DATE_INPUT,
            "description_nl": forms.Textarea(attrs={"rows": 6}),
            "description_en": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "description_nl": _("Paragraphs, bold, italics, lists and links are kept; anything else is removed."),
            "is_all_day": _("The times are then ignored; the event runs from the start date to the end date."),
            "capacity": _("Maximum number of participants; further registrations go to the waiting list."),
            "image": _("JPEG, PNG or WebP."),
        }

    ERROR_ALIASES = {"for_employees": "audience", "for_students": "audience", "for_public": "audience"}

    def __init__(self, *args, user, is_editor: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_editor = is_editor
        cast(forms.ModelChoiceField, self.fields["venue"]).queryset = Venue.objects.filter(is_active=True)
        interval = self.fields["recurrence_interval"]
        interval.label = _("Repeat every how many weeks or months")
        # Only a repeating event needs it; an empty value means "every" week or month (the model's default of 1).
        interval.required = False
        interval.help_text = _("Only for a repeating event; empty means every week or month.")
        if self.instance.pk:
            self.initial["audience"] = self.instance.audiences
            self.initial["exception_dates"] = "\n".join(self.instance.recurrence_exceptions or [])
        else:
            self.initial.setdefault("audience", [Audience.EMPLOYEES])
        if not is_editor:
            # Representatives organise for their own establishments only.
            del self.fields["organiser_kind"]
            del self.fields["organiser_partner"]
            field = cast(forms.ModelChoiceField, self.fields["organiser_establishment"])
            field.queryset = Establishment.objects.represented_by(user)
            field.required = True
            field.empty_label = None
            field.label = _("Organiser")

    FIELDSETS = [
        (_("What"), ["title_nl", "title_en", "description_nl", "description_en", "category", "audience"]),
        (_("When"), ["starts_at", "ends_at", "is_all_day"]),
        (
            _("Repeats"),
            ["recurrence_frequency", "recurrence_interval", "recurrence_until", "recurrence_count", "exception_dates"],
        ),
        (_("Where"), ["venue", "online_url"]),
        (_("Organiser"), ["organiser_kind", "organiser_establishment", "organiser_partner"]),
        (_("Registration"), ["registration_open", "capacity"]),
        (_("Image"), ["image", "image_alt"]),
    ]

    def fieldsets(self) -> list[tuple[StrOrPromise, list]]:
        """Return the form's fields in titled groups, for the template."""
        return [(title, [self[name] for name in names if name in self.fields]) for title, names in self.FIELDSETS]

    def clean_description_nl(self):
        return rich_text_clean(self.cleaned_data["description_nl"])

    def clean_description_en(self):
        return rich_text_clean(self.cleaned_data["description_en"])

    def clean_recurrence_interval(self) -> int:
        return self.cleaned_data.get("recurrence_interval") or 1

    def clean_exception_dates(self):
        dates = []
        for chunk in re.split(r"[\s,;]+", self.cleaned_data["exception_dates"].strip()):
            if not chunk:
                continue
            try:
                dates.append(datetime.date.fromisoformat(chunk).isoformat())
            except ValueError as error:
                message = _("“%(value)s” is not a date like 2026-12-24.") % {"value": chunk}
                raise forms.ValidationError(message) from error
        return sorted(set(dates))

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if cleaned.get("is_all_day") and starts_at and ends_at:
            cleaned["starts_at"] = starts_at.replace(hour=0, minute=0, second=0)
            cleaned["ends_at"] = ends_at.replace(hour=23, minute=59, second=0)
        return cleaned

    def _post_clean(self):
        if "audience" in self.cleaned_data:
            audiences = set(self.cleaned_data["audience"])
            self.instance.for_employees = Audience.EMPLOYEES in audiences
            self.instance.for_students = Audience.STUDENTS in audiences
            self.instance.for_public = Audience.PUBLIC in audiences
        self.instance.recurrence_exceptions = self.cleaned_data.get("exception_dates", [])
        if not self.is_editor:
            self.instance.organiser_kind = OrganiserKind.ESTABLISHMENT
        super()._post_clean()

    def _update_errors(self, errors):
        # The model names fields this form shows otherwise (the audience flags) or not at all.
        super()._update_errors(errors_for_fields(errors, self.fields, self.ERROR_ALIASES))


class RegistrationForm(forms.Form):
    """A visitor's registration for an event; for a series, for one of its open dates."""

    occurrence = forms.TypedChoiceField(label=_("Date"), coerce=datetime.datetime.fromisoformat)
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"))
    background = forms.ChoiceField(label=_("Background"), choices=Background.choices, widget=forms.RadioSelect)
    consent = forms.BooleanField(
        label=_("I agree that the organiser uses my name and e-mail address for this event."),
        help_text=_("We delete them some time after the event."),
    )
    # A field people do not see; bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, occurrences: list[Occurrence] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if not occurrences:
            del self.fields["occurrence"]
            return
        field = cast(forms.TypedChoiceField, self.fields["occurrence"])
        field.choices = [(occurrence.starts_at.isoformat(), _date_label(occurrence)) for occurrence in occurrences]
        field.initial = occurrences[0].starts_at.isoformat()


def _date_label(occurrence: Occurrence) -> str:
    when = occurrence_when(occurrence)
    if occurrence.places_left is None:
        return when
    if occurrence.is_full:
        return _("%(when)s · full, waiting list") % {"when": when}
    places = ngettext("%(count)s place left", "%(count)s places left", occurrence.places_left)
    return f"{when} · {places % {'count': occurrence.places_left}}"

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


class RejectForm(forms.Form):
    """An editor's reason for rejecting an event."""

    reason = forms.CharField(label=_("Reason for rejection"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
