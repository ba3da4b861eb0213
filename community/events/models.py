"""The events calendar: venues, partner organisations, events and registrations."""

import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from establishments.models import Establishment, SubArea
from kennispark.bilingual import translated
from kennispark.richtext import rich_text_clean

from . import manage_links
from .querysets import EventQuerySet, RegistrationQuerySet


def validate_image_size(image) -> None:
    """Refuse images larger than settings.MAX_IMAGE_UPLOAD_BYTES."""
    if image and image.size > settings.MAX_IMAGE_UPLOAD_BYTES:
        limit = settings.MAX_IMAGE_UPLOAD_BYTES // (1024 * 1024)
        raise ValidationError(_("The image is too large; the limit is %(limit)s MB.") % {"limit": limit})


def new_registration_token() -> str:
    """Return a salt for the manage link of a registration (kept for migration 0001)."""
    return manage_links.new_salt()


class Venue(models.Model):
    """A place on the park where events happen; editors keep the list."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    address = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=100, default="Enschede")
    sub_area = models.CharField(_("sub-area"), max_length=20, choices=SubArea.choices, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return self.name

    @property
    def full_address(self) -> str:
        """Return the address on one line: street, postcode and city."""
        return ", ".join(part for part in (self.address, " ".join(filter(None, (self.postcode, self.city)))) if part)


class PartnerOrganisation(models.Model):
    """An organiser that is not an establishment on the park (university, Saxion, a foundation, …)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return self.name


class OrganiserKind(models.TextChoices):
    KENNISPARK = "kennispark", _("Kennispark Twente")
    ESTABLISHMENT = "establishment", _("establishment on the park")
    PARTNER = "partner", _("partner organisation")


class Category(models.TextChoices):
    NETWORK_DRINKS = "network_drinks", _("network drinks")
    COMPANY_VISIT = "company_visit", _("company visit")
    TALENT_CAFE = "talent_cafe", _("Talent Café")
    COMPANY_DAY = "company_day", _("company day")
    LECTURE = "lecture", _("lecture")
    SPORTS = "sports", _("sports")
    WORKSHOP = "workshop", _("workshop")
    OTHER = "other", _("other")


class Audience(models.TextChoices):
    EMPLOYEES = "employees", _("employees")
    STUDENTS = "students", _("students")
    PUBLIC = "public", _("public")


class Frequency(models.TextChoices):
    NONE = "", _("does not repeat")
    WEEKLY = "weekly", _("weekly")
    MONTHLY = "monthly", _("monthly")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("awaiting review")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")
    CANCELLED = "cancelled", _("cancelled")


class Event(models.Model):
    """An event on the park's shared calendar, possibly recurring, possibly taking registrations."""

    uid = models.UUIDField(_("calendar UID"), default=uuid.uuid4, unique=True, editable=False)
    title_nl = models.CharField(_("title (Dutch)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    is_all_day = models.BooleanField(_("all day"), default=False)
    venue = models.ForeignKey(
        Venue, on_delete=models.PROTECT, null=True, blank=True, related_name="events", verbose_name=_("venue")
    )
    online_url = models.URLField(_("online link"), blank=True)
    organiser_kind = models.CharField(_("organiser"), max_length=20, choices=OrganiserKind.choices)
    organiser_establishment = models.ForeignKey(
        Establishment,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organising establishment"),
    )
    organiser_partner = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organising partner"),
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    for_employees = models.BooleanField(_("for employees"), default=True)
    for_students = models.BooleanField(_("for students"), default=False)
    for_public = models.BooleanField(_("open to the public"), default=False)
    image = models.ImageField(_("image"), upload_to="events/%Y/", blank=True, validators=[validate_image_size])
    image_alt = models.CharField(_("image description"), max_length=200, blank=True)
    recurrence_frequency = models.CharField(
        _("repeats"), max_length=10, choices=Frequency.choices, blank=True, default=Frequency.NONE
    )
    recurrence_interval = models.PositiveSmallIntegerField(_("every"), default=1)
    recurrence_until = models.DateField(_("repeats until"), null=True, blank=True)
    recurrence_count = models.PositiveSmallIntegerField(_("number of times"), null=True, blank=True)
    recurrence_exceptions = models.JSONField(_("skipped dates"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.DRAFT)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("For a repeating event: the places on each date.")
    )
    registration_open = models.BooleanField(_("takes registrations"), default=False)
    sequence = models.PositiveIntegerField(_("iCalendar sequence"), default=0, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_events",
        verbose_name=_("submitted by"),
    )
    participating_establishments = models.ManyToManyField(
        Establishment,
        blank=True,
        related_name="participating_events",
        verbose_name=_("participating establishments"),
        help_text=_("Establishments taking part besides the organiser, e.g. on a company day."),
    )
    published_at = models.DateTimeField(_("first published at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gte=F("starts_at")), name="event_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__isnull=True) | Q(capacity__gte=0), name="event_capacity"),
            models.CheckConstraint(condition=Q(recurrence_interval__gte=1), name="event_recurrence_interval"),
            models.CheckConstraint(
                condition=(
                    Q(organiser_kind="kennispark", organiser_establishment__isnull=True, organiser_partner__isnull=True)
                    | Q(
                        organiser_kind="establishment",
                        organiser_establishment__isnull=False,
                        organiser_partner__isnull=True,
                    )
                    | Q(organiser_kind="partner", organiser_establishment__isnull=True, organiser_partner__isnull=False)
                ),
                name="event_one_organiser",
            ),
        ]
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        return self.title_nl

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.description_nl = rich_text_clean(self.description_nl)
        self.description_en = rich_text_clean(self.description_en)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"pk": self.pk})

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end must not be before the start.")
        if self.organiser_kind == OrganiserKind.ESTABLISHMENT and not self.organiser_establishment_id:
            errors["organiser_establishment"] = _("Choose the organising establishment.")
        if self.organiser_kind == OrganiserKind.PARTNER and not self.organiser_partner_id:
            errors["organiser_partner"] = _("Choose the organising partner.")
        if not self.venue_id and not self.online_url:
            errors["venue"] = _("Choose a venue on the park or give an online link.")
        if self.recurrence_frequency and self.recurrence_until and self.recurrence_count:
            errors["recurrence_count"] = _("Give either an end date or a number of times, not both.")
        if self.registration_open and self.capacity is None:
            errors["capacity"] = _("An event that takes registrations needs a capacity.")
        if not (self.for_employees or self.for_students or self.for_public):
            errors["for_employees"] = _("Choose at least one audience.")
        if errors:
            raise ValidationError(errors)
        # Keep only the organiser field that matches the kind, so the database constraint holds.
        if self.organiser_kind != OrganiserKind.ESTABLISHMENT:
            self.organiser_establishment = None
        if self.organiser_kind != OrganiserKind.PARTNER:
            self.organiser_partner = None

    title = translated("title")
    description = translated("description")

    @property
    def organiser_name(self) -> str:
        """Return the display name of whoever organises the event."""
        if self.organiser_kind == OrganiserKind.ESTABLISHMENT and self.organiser_establishment:
            return self.organiser_establishment.trade_name
        if self.organiser_kind == OrganiserKind.PARTNER and self.organiser_partner:
            return self.organiser_partner.name
        return str(OrganiserKind.KENNISPARK.label)

    @property
    def organiser_key(self) -> str:
        """Return the value of the `organiser` filter that selects this event's organiser."""
        if self.organiser_kind == OrganiserKind.ESTABLISHMENT and self.organiser_establishment:
            return self.organiser_establishment.slug
        if self.organiser_kind == OrganiserKind.PARTNER and self.organiser_partner:
            return self.organiser_partner.slug
        return OrganiserKind.KENNISPARK

    @property
    def audiences(self) -> list[str]:
        """Return the audience codes the event is meant for."""
        flags = {
            Audience.EMPLOYEES: self.for_employees,
            Audience.STUDENTS: self.for_students,
            Audience.PUBLIC: self.for_public,
        }
        return [code for code, flag in flags.items() if flag]

    @property
    def audience_labels(self) -> list[str]:
        """Return the translated names of the audiences."""
        return [str(Audience(code).label) for code in self.audiences]

    @property
    def is_public(self) -> bool:
        """Return whether anyone may see the event."""
        return self.status == EventStatus.APPROVED

    @property
    def is_recurring(self) -> bool:
        """Return whether the event repeats."""
        return bool(self.recurrence_frequency)

    def takes_registrations(self, now=None) -> bool:
        """Return whether visitors can register now: public, open, and not over (for a series: its last date)."""
        from .recurrence import series_end  # recurrence imports this module

        if not (self.is_public and self.registration_open):
            return False
        end = series_end(self)
        return end is None or end >= (now or timezone.now())

    @property
    def image_size(self) -> tuple[int, int] | None:
        """Return the image's width and height in pixels (None when there is none or it cannot be read)."""
        if not self.image:
            return None
        try:
            return self.image.width, self.image.height
        except (OSError, ValueError):
            return None

    def places_left(self, *, registered: int) -> int | None:
        """Return the free places with this many people registered (None: no limit); the event is full at 0."""
        return None if self.capacity is None else max(self.capacity - registered, 0)


class Background(models.TextChoices):
    PARK_COMPANY = "park_company", _("I work at a company on the park")
    STUDENT = "student", _("I am a student")
    RESEARCHER = "researcher", _("I am a researcher")
    ENTREPRENEUR = "entrepreneur", _("I am an entrepreneur")
    OTHER = "other", _("Something else")


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("registered")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


class Registration(models.Model):
    """A visitor's registration for an event; name and e-mail are blanked a set time after the event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event"))
    occurrence_start = models.DateTimeField(
        _("date"), null=True, blank=True, help_text=_("For a repeating event: the start of the date registered for.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("member"),
    )
    manage_token_salt = models.CharField(max_length=32, default=manage_links.new_salt, editable=False)
    # Rows made by bulk_create keep the placeholder until their link is first needed (services re-store it then).
    manage_token_hash = models.CharField(
        max_length=64, unique=True, default=manage_links.placeholder_hash, editable=False
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    background = models.CharField(_("background"), max_length=20, choices=Background.choices)
    consent = models.BooleanField(_("consent"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="nl")
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data deleted at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["event", "occurrence_start", "status"])]

    def __str__(self):
        return f"{self.event} – {self.name or _('(deleted)')}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self._state.adding:
            self.manage_token_hash = manage_links.token_hash(manage_links.token_for(self.manage_token_salt))
        super().save(*args, **kwargs)

    @property
    def manage_token(self) -> str:
        """Return the token of this registration's personal manage link."""
        return manage_links.token_for(self.manage_token_salt)
