"""The lead CRM: leads, their contacts, housing needs, pipeline history, activities and follow-ups."""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from establishments.models import Establishment, KeyPosition, kvk_number_validator
from kennispark.bilingual import TranslatedName

from .querysets import LeadQuerySet


class LeadStage(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    QUALIFIED = "qualified", _("Qualified")
    SITE_VISIT = "site_visit", _("Site visit")
    PROPOSAL = "proposal", _("Proposal")
    WON = "won", _("Won (settled)")
    LOST = "lost", _("Lost")
    ON_HOLD = "on_hold", _("On hold")


# The ordered path a lead walks; the funnel counts how many leads reached each step.
PIPELINE = [
    LeadStage.NEW,
    LeadStage.CONTACTED,
    LeadStage.QUALIFIED,
    LeadStage.SITE_VISIT,
    LeadStage.PROPOSAL,
    LeadStage.WON,
]
OPEN_STAGES = [LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.SITE_VISIT, LeadStage.PROPOSAL]
CLOSED_STAGES = [LeadStage.WON, LeadStage.LOST]


class LeadType(models.TextChoices):
    STARTUP = "startup", _("start-up")
    SPINOFF = "spinoff", _("spin-off")
    SCALEUP = "scaleup", _("scale-up")
    SME = "sme", _("SME")
    RD_BRANCH = "rd_branch", _("corporate R&D branch")
    INSTITUTE = "institute", _("institute")


class LeadSource(models.TextChoices):
    NOVEL_T = "novel_t", "Novel-T"
    OOST_NL = "oost_nl", "Oost NL"
    UNIVERSITY = "ut", _("University of Twente")
    BROKER = "broker", _("real-estate broker")
    MUNICIPALITY = "municipality", _("municipality")
    WEBSITE = "website", _("inbound website form")
    EVENT = "event", _("event")
    OTHER = "other", _("other")


class SpaceKind(models.TextChoices):
    OFFICE = "office", _("office")
    LAB = "lab", _("lab")
    CLEANROOM = "cleanroom", _("cleanroom")
    PRODUCTION = "production", _("production / workshop")


class LawfulBasis(models.TextChoices):
    CONSENT = "consent", _("consent")
    LEGITIMATE_INTEREST = "legitimate_interest", _("legitimate interest")
    CONTRACT = "contract", _("contract")
    LEGAL_OBLIGATION = "legal_obligation", _("legal obligation")


class ActivityKind(models.TextChoices):
    CALL = "call", _("call")
    MEETING = "meeting", _("meeting")
    EMAIL = "email", _("e-mail")
    SITE_VISIT = "site_visit", _("site visit")
    NOTE = "note", _("note")


class Stage(models.Model):
    """The editable settings of a pipeline stage: its win probability for the forecast."""

    code = models.CharField(_("stage"), max_length=20, choices=LeadStage.choices, unique=True)
    probability = models.PositiveSmallIntegerField(
        _("probability (%)"), help_text=_("Chance that a lead in this stage settles, used for the forecast.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        constraints = [models.CheckConstraint(condition=Q(probability__lte=100), name="crm_stage_probability_max")]

    def __str__(self):
        return str(LeadStage(self.code).label)


class LostReason(TranslatedName):
    """A reason why a lead did not settle; acquisition staff keep the list."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name_nl"]
        verbose_name = _("lost reason")
        verbose_name_plural = _("lost reasons")


class Lead(models.Model):
    """An organisation that may settle on Kennispark."""

    name = models.CharField(_("name"), max_length=200)
    kvk_number = models.CharField(_("KvK number"), max_length=8, blank=True, validators=[kvk_number_validator])
    website = models.URLField(_("website"), blank=True)
    type = models.CharField(_("type"), max_length=20, choices=LeadType.choices)
    key_positions = models.ManyToManyField(
        KeyPosition, related_name="leads", blank=True, verbose_name=_("key positions")
    )
    source = models.CharField(_("source"), max_length=20, choices=LeadSource.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="crm_leads",
        verbose_name=_("owner"),
    )
    expected_jobs = models.PositiveIntegerField(_("expected jobs"), default=0)
    stage = models.CharField(_("stage"), max_length=20, choices=LeadStage.choices, default=LeadStage.NEW)
    stage_changed_at = models.DateTimeField(_("in stage since"), default=timezone.now)
    closed_at = models.DateTimeField(_("won or lost at"), null=True, blank=True)
    lost_reason = models.ForeignKey(
        LostReason, on_delete=models.PROTECT, null=True, blank=True, related_name="leads", verbose_name=_("lost reason")
    )
    converted_establishment = models.ForeignKey(
        Establishment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="crm_leads",
        verbose_name=_("establishment in the register"),
    )
    has_provisional_branch_number = models.BooleanField(_("provisional branch number"), default=False)
    normalised_name = models.CharField(max_length=200, editable=False, db_index=True)
    website_domain = models.CharField(max_length=200, editable=False, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = LeadQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[key_positions])

    class Meta:
        ordering = ["name"]
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        constraints = [
            models.CheckConstraint(
                condition=~Q(stage=LeadStage.LOST) | Q(lost_reason__isnull=False), name="crm_lead_lost_has_reason"
            ),
            models.CheckConstraint(
                condition=~Q(stage__in=CLOSED_STAGES) | Q(closed_at__isnull=False), name="crm_lead_closed_has_date"
            ),
            models.CheckConstraint(
                condition=Q(converted_establishment__isnull=True) | Q(stage=LeadStage.WON),
                name="crm_lead_converted_is_won",
            ),
        ]
        indexes = [models.Index(fields=["stage", "stage_changed_at"]), models.Index(fields=["kvk_number"])]

    def __str__(self):
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        from .services.duplicates import domain_of, normalise_name

        self.normalised_name = normalise_name(self.name)
        self.website_domain = domain_of(self.website)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("crm:lead_detail", kwargs={"pk": self.pk})


class HousingNeed(models.Model):
    """Floor area of one kind of space that a lead is looking for."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="housing_needs", verbose_name=_("lead"))
    kind = models.CharField(_("kind of space"), max_length=20, choices=SpaceKind.choices)
    floor_area_m2 = models.PositiveIntegerField(_("floor area (m²)"))
    desired_on = models.DateField(_("desired date"), null=True, blank=True)
    budget_remarks = models.CharField(_("budget remarks"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["lead", "kind"]
        verbose_name = _("housing need")
        verbose_name_plural = _("housing needs")
        constraints = [models.CheckConstraint(condition=Q(floor_area_m2__gt=0), name="crm_housing_area_positive")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.floor_area_m2} m²"


class Contact(models.Model):
    """A person at a lead, with the lawful basis for keeping their data."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("lead"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    lawful_basis = models.CharField(_("lawful basis"), max_length=30, choices=LawfulBasis.choices)
    consent_on = models.DateField(_("consent date"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["lead", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.CheckConstraint(
                condition=~Q(lawful_basis=LawfulBasis.CONSENT)
                | Q(consent_on__isnull=False)
                | Q(erased_at__isnull=False),
                name="crm_contact_consent_has_date",
            ),
            models.CheckConstraint(
                condition=Q(erased_at__isnull=True) | (Q(name="") & Q(email="") & Q(phone="") & Q(role="")),
                name="crm_contact_erased_is_empty",
            ),
        ]

    def __str__(self):
        return self.name or str(_("erased contact"))

    def clean(self):
        if self.lawful_basis == LawfulBasis.CONSENT and not self.consent_on and not self.erased_at:
            raise ValidationError({"consent_on": _("Give the date of consent.")})


class StageChange(models.Model):
    """A move of a lead from one stage to another, for the timeline and time-in-stage."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="stage_changes", verbose_name=_("lead"))
    from_stage = models.CharField(_("from"), max_length=20, choices=LeadStage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=LeadStage.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("changed by")
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        ordering = ["lead", "changed_at"]
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        constraints = [
            models.CheckConstraint(condition=~Q(from_stage=models.F("to_stage")), name="crm_stage_change_moves")
        ]
        indexes = [models.Index(fields=["to_stage", "changed_at"])]

    def __str__(self):
        return f"{self.lead}: {self.from_stage} → {self.to_stage}"


class Activity(models.Model):
    """A call, meeting, e-mail, site visit or note on a lead's timeline."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="activities", verbose_name=_("lead"))
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    occurred_on = models.DateField(_("date"), default=timezone.localdate)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("author")
    )
    text = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_on", "-created_at"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["lead", "occurred_on"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.occurred_on}"


class FollowUp(models.Model):
    """Something to do for a lead by a due date."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("lead"))
    due_on = models.DateField(_("due date"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="crm_follow_ups",
        verbose_name=_("assignee"),
    )
    text = models.CharField(_("what to do"), max_length=300)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        indexes = [models.Index(fields=["assignee", "done_at", "due_on"])]

    def __str__(self):
        return f"{self.due_on}: {self.text}"


class DigestDelivery(models.Model):
    """That a user got the follow-up digest of a day, so a retried task does not send it twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [models.UniqueConstraint(fields=["user", "sent_on"], name="crm_digest_once_a_day")]

    def __str__(self):
        return f"{self.user_id} {self.sent_on}"
