"""Community members: their profile, what they follow and save, and the sessions they can end everywhere."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.events.models import Category, Event, PartnerOrganisation, validate_image_size
from community.talent.models import FieldOfWork
from establishments.models import Establishment, KeyPosition, SubArea


def new_token() -> str:
    """Return an opaque token for a feed or unsubscribe link."""
    return secrets.token_urlsafe(32)


class MemberBackground(models.TextChoices):
    EMPLOYEE = "park_company", _("I work at an establishment on the park")
    STUDENT = "student", _("I am a student")
    RESEARCHER = "researcher", _("I am a researcher")
    ENTREPRENEUR = "entrepreneur", _("I am an entrepreneur")
    OTHER = "other", _("Something else")


class Institution(models.TextChoices):
    UT = "ut", _("University of Twente")
    SAXION = "saxion", "Saxion"
    ROC = "roc", "ROC van Twente"
    OTHER = "other", _("another institution")


class Visibility(models.TextChoices):
    HIDDEN = "hidden", _("Hidden: only I see my profile")
    VISIBLE = "visible", _("Visible to other members and to organisers of events I attend")


class DigestFrequency(models.TextChoices):
    WEEKLY = "weekly", _("weekly")
    DAILY = "daily", _("daily")
    NEVER = "never", _("never")


class Member(models.Model):
    """A park employee, student or other member of the community, attached to one user account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member", verbose_name=_("user")
    )
    background = models.CharField(_("background"), max_length=20, choices=MemberBackground.choices)
    establishment = models.ForeignKey(
        Establishment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("establishment where I work"),
    )
    institution = models.CharField(_("institution"), max_length=10, choices=Institution.choices, blank=True)
    interest_categories = models.JSONField(_("interesting kinds of events"), default=list, blank=True)
    key_positions = models.ManyToManyField(
        KeyPosition, blank=True, related_name="interested_members", verbose_name=_("key positions")
    )
    fields_of_work = models.ManyToManyField(
        FieldOfWork, blank=True, related_name="interested_members", verbose_name=_("fields of work")
    )
    bio = models.TextField(_("short bio"), max_length=500, blank=True)
    photo = models.ImageField(_("photo"), upload_to="members/", blank=True, validators=[validate_image_size])
    visibility = models.CharField(
        _("profile visibility"), max_length=10, choices=Visibility.choices, default=Visibility.HIDDEN
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="nl")
    digest_frequency = models.CharField(
        _("e-mail digest"), max_length=10, choices=DigestFrequency.choices, default=DigestFrequency.WEEKLY
    )
    # Items published after this instant are new to the member's next digest.
    digest_since = models.DateTimeField(_("digest covers items since"), default=timezone.now)
    digest_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)
    feed_token = models.CharField(_("feed token"), max_length=64, unique=True, default=new_token, editable=False)
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.CheckConstraint(
                condition=Q(background="park_company") | Q(establishment__isnull=True),
                name="member_establishment_employee",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def clean(self) -> None:
        errors = {}
        if self.background == MemberBackground.EMPLOYEE and not self.establishment_id:
            errors["establishment"] = _("Choose the establishment where you work.")
        if self.background == MemberBackground.STUDENT and not self.institution:
            errors["institution"] = _("Choose your institution.")
        unknown = set(self.interest_categories or []) - set(Category.values)
        if unknown or not isinstance(self.interest_categories, list):
            errors["interest_categories"] = _("Choose kinds of events from the list.")
        if errors:
            raise ValidationError(errors)
        if self.background != MemberBackground.EMPLOYEE:
            self.establishment = None
        if self.background != MemberBackground.STUDENT:
            self.institution = ""

    @property
    def display_name(self) -> str:
        """Return the member's name, or their user name when they gave none."""
        return self.user.get_full_name() or str(_("member"))

    @property
    def is_visible(self) -> bool:
        """Return whether the member chose to be visible to others."""
        return self.visibility == Visibility.VISIBLE

    @property
    def organisation(self) -> str:
        """Return where the member works or studies, for those who may see it."""
        if self.establishment_id and self.establishment:
            return self.establishment.trade_name
        if self.institution:
            return str(self.get_institution_display())
        return ""


class FollowKind(models.TextChoices):
    ESTABLISHMENT = "establishment", _("company or organiser on the park")
    PARTNER = "partner", _("partner organisation")
    CATEGORY = "category", _("kind of event")
    SUB_AREA = "sub_area", _("sub-area")
    FILTER = "filter", _("filtered agenda")


class Follow(models.Model):
    """Something a member follows: an organiser or company, a kind of event, a sub-area or a filtered agenda."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="follows", verbose_name=_("member"))
    kind = models.CharField(_("kind"), max_length=20, choices=FollowKind.choices)
    establishment = models.ForeignKey(
        Establishment, on_delete=models.CASCADE, null=True, blank=True, related_name="followers"
    )
    partner = models.ForeignKey(
        PartnerOrganisation, on_delete=models.CASCADE, null=True, blank=True, related_name="followers"
    )
    # The category or sub-area code, or the filter's query string (category, audience, organiser, sub-area).
    value = models.CharField(_("value"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "pk"]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "establishment"],
                condition=Q(kind="establishment"),
                name="follow_unique_establishment",
            ),
            models.UniqueConstraint(
                fields=["member", "partner"], condition=Q(kind="partner"), name="follow_unique_partner"
            ),
            models.UniqueConstraint(
                fields=["member", "kind", "value"],
                condition=Q(kind__in=["category", "sub_area", "filter"]),
                name="follow_unique_value",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="establishment", establishment__isnull=False, partner__isnull=True)
                    | Q(kind="partner", partner__isnull=False, establishment__isnull=True)
                    | (
                        Q(kind__in=["category", "sub_area", "filter"], establishment__isnull=True, partner__isnull=True)
                        & ~Q(value="")
                    )
                ),
                name="follow_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"

    def clean(self) -> None:
        if self.kind == FollowKind.CATEGORY and self.value not in Category.values:
            raise ValidationError({"value": _("Choose a kind of event from the list.")})
        if self.kind == FollowKind.SUB_AREA and self.value not in SubArea.values:
            raise ValidationError({"value": _("Choose a sub-area from the list.")})

    @property
    def label(self) -> str:
        """Return what is followed, for people."""
        if self.kind == FollowKind.ESTABLISHMENT and self.establishment:
            return self.establishment.trade_name
        if self.kind == FollowKind.PARTNER and self.partner:
            return self.partner.name
        if self.kind == FollowKind.CATEGORY:
            return str(Category(self.value).label) if self.value in Category.values else self.value
        if self.kind == FollowKind.SUB_AREA:
            return str(SubArea(self.value).label) if self.value in SubArea.values else self.value
        return self.value


class SavedEvent(models.Model):
    """An event a member marked as interesting."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="saved_events")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="saved_by")
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("saved event")
        verbose_name_plural = _("saved events")
        constraints = [models.UniqueConstraint(fields=["member", "event"], name="saved_event_unique")]

    def __str__(self) -> str:
        return f"{self.member_id} – {self.event_id}"


class EventReminder(models.Model):
    """That a member was reminded of an occurrence they registered for, so a second beat sends nothing."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="reminders")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("event reminder")
        verbose_name_plural = _("event reminders")
        constraints = [models.UniqueConstraint(fields=["member", "event", "starts_at"], name="reminder_unique")]

    def __str__(self) -> str:
        return f"{self.member_id} – {self.event_id} {self.starts_at:%Y-%m-%d}"


class UserSession(models.Model):
    """A session a user logged in with, so "sign out everywhere" can end each one in the session store."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("login session")
        verbose_name_plural = _("login sessions")

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"
