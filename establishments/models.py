"""The establishment register: establishments, their yearly observations and the SBI reference."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kennispark.bilingual import TranslatedName, TranslatedTerm, translated

from .bci import BciCluster, bci_cluster_for_sbi
from .querysets import EstablishmentQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

kvk_number_validator = RegexValidator(r"^\d{8}$", _("A KvK number has exactly 8 digits."))
branch_number_validator = RegexValidator(r"^\d{12}$", _("A branch number has exactly 12 digits."))
sbi_code_validator = RegexValidator(r"^\d{2,5}$", _("An SBI code has 2 to 5 digits."))


class SubArea(models.TextChoices):
    UT_CAMPUS = "ut_campus", "UT Campus"
    BS_PARK = "bs_park", "B&S-park"
    TWENTE_VILLAGE = "twente_village", "Twente Village"


class EconomicBase(models.TextChoices):
    # Stuwend: sells mostly outside the region; verzorgend: serves the local population (report §1.3).
    BASIC = "stuwend", _("basic (stuwend)")
    NON_BASIC = "verzorgend", _("non-basic (verzorgend)")


class SizeClass(models.TextChoices):
    ZZP = "zzp", _("self-employed (1)")
    MICRO = "micro", _("micro (2–9)")
    SMALL = "small", _("small (10–49)")
    MEDIUM = "medium", _("medium (50–249)")
    LARGE = "large", _("large (250+)")


def size_class_for_jobs(jobs: int) -> str:
    """Return the size class of an establishment with this many jobs; 0 jobs counts as ZZP, as the report does."""
    if jobs <= 1:
        return SizeClass.ZZP
    if jobs < 10:
        return SizeClass.MICRO
    if jobs < 50:
        return SizeClass.SMALL
    if jobs < 250:
        return SizeClass.MEDIUM
    return SizeClass.LARGE


class Sector(TranslatedTerm):
    """A sector of the monitor report's Bijlage 1 (Industrie, Zakelijke diensten, …)."""

    class Meta(TranslatedTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class SbiCategory(TranslatedName):
    """A level of the SBI 2008 classification: a code and its (long) official names."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class SbiSection(SbiCategory):
    """An SBI 2008 section, a letter A–U."""

    code = models.CharField(_("code"), max_length=1, unique=True)

    class Meta(SbiCategory.Meta):
        verbose_name = _("SBI section")
        verbose_name_plural = _("SBI sections")


class SbiDivision(SbiCategory):
    """An SBI 2008 division (two digits) with the sector and economic base the portal classifies it under."""

    code = models.CharField(_("code"), max_length=2, unique=True, validators=[RegexValidator(r"^\d{2}$")])
    section = models.ForeignKey(SbiSection, on_delete=models.PROTECT, related_name="divisions")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="divisions", verbose_name=_("sector"))
    base = models.CharField(_("economic base"), max_length=12, choices=EconomicBase.choices)

    history = HistoricalRecords()

    class Meta(SbiCategory.Meta):
        verbose_name = _("SBI division")
        verbose_name_plural = _("SBI divisions")


class KeyPosition(TranslatedTerm):
    """A key position (kernpositie) of the park: MedTech, ChipTech, …; editors keep the list."""

    aliases = models.CharField(
        _("aliases"),
        max_length=300,
        blank=True,
        help_text=_("Other names recognised on import, separated by '|'."),
    )

    class Meta(TranslatedTerm.Meta):
        verbose_name = _("key position")
        verbose_name_plural = _("key positions")

    def import_names(self) -> set[str]:
        """Return every lower-cased name by which an import file may refer to this key position."""
        names = {self.name_nl, self.name_en, *self.aliases.split("|")}
        return {name.strip().lower() for name in names if name.strip()}


class DeactivationReason(models.TextChoices):
    MOVED_AWAY = "moved_away", _("moved away")
    CLOSED = "closed", _("closed")
    MERGED = "merged", _("merged into another establishment")
    OTHER = "other", _("other")


class Establishment(models.Model):
    """An establishment (vestiging) on the park, identified by KvK number and branch number."""

    kvk_number = models.CharField(_("KvK number"), max_length=8, validators=[kvk_number_validator])
    branch_number = models.CharField(_("branch number"), max_length=12, validators=[branch_number_validator])
    trade_name = models.CharField(_("trade name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    street_address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=100, default="Enschede")
    sub_area = models.CharField(_("sub-area"), max_length=20, choices=SubArea.choices)
    sbi_code = models.CharField(_("SBI code"), max_length=5, validators=[sbi_code_validator])
    sbi_division = models.ForeignKey(
        SbiDivision, on_delete=models.PROTECT, related_name="establishments", verbose_name=_("SBI division")
    )
    bci_cluster = models.CharField(
        _("BCI cluster"),
        max_length=24,
        choices=BciCluster.choices,
        blank=True,
        help_text=_("Empty: derived from the SBI code (R&D 72, technical services 71, education 85, …)."),
    )
    settled_on = models.DateField(_("settled on"), null=True, blank=True)
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    is_knowledge_intensive = models.BooleanField(_("knowledge-intensive"), default=False)
    is_startup = models.BooleanField(_("start-up"), default=False)
    is_spinoff = models.BooleanField(_("spin-off"), default=False)
    is_rd_branch = models.BooleanField(_("R&D branch of a large company"), default=False)
    key_positions = models.ManyToManyField(
        KeyPosition, related_name="establishments", blank=True, verbose_name=_("key positions")
    )
    website = models.URLField(_("website"), blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/%Y/", blank=True)
    contact_name = models.CharField(_("public contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("public contact e-mail"), blank=True)
    contact_phone = models.CharField(_("public contact phone"), max_length=30, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    deactivated_on = models.DateField(_("deactivated on"), null=True, blank=True)
    deactivation_reason = models.CharField(
        _("deactivation reason"), max_length=20, choices=DeactivationReason.choices, blank=True
    )
    deactivation_note = models.CharField(_("deactivation note"), max_length=300, blank=True)
    representatives = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="represented_establishments",
        blank=True,
        verbose_name=_("company representatives"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EstablishmentQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[key_positions])
    # Who simple-history records as the author of the next save; the services set it before saving.
    _history_user: "AbstractBaseUser | None"

    class Meta:
        ordering = ["trade_name"]
        verbose_name = _("establishment")
        verbose_name_plural = _("establishments")
        constraints = [
            models.UniqueConstraint(fields=["kvk_number", "branch_number"], name="establishment_unique_kvk_branch"),
            models.CheckConstraint(
                condition=Q(is_active=True) | Q(deactivated_on__isnull=False),
                name="establishment_inactive_has_date",
            ),
        ]
        indexes = [models.Index(fields=["is_active", "sub_area"])]

    def __str__(self):
        return self.trade_name

    def get_absolute_url(self) -> str:
        return reverse("establishments:detail", kwargs={"slug": self.slug})

    description = translated("description")

    @property
    def effective_bci_cluster(self) -> str:
        """Return the BCI cluster an editor set, or the one derived from the SBI code."""
        return self.bci_cluster or bci_cluster_for_sbi(self.sbi_code)


class ObservationSource(models.TextChoices):
    REGISTER = "register", _("regional register (BIRO/LISA)")
    CONVERSION = "conversion", _("expected jobs when the lead was won (CRM)")


class YearlyObservation(models.Model):
    """An establishment's jobs and added value in one year, as BIRO and LISA report them."""

    establishment = models.ForeignKey(
        Establishment, on_delete=models.CASCADE, related_name="observations", verbose_name=_("establishment")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    jobs = models.PositiveIntegerField(_("jobs (werkzame personen)"))
    added_value_keur = models.DecimalField(
        _("added value (thousands of euros, constant 2021 prices)"),
        max_digits=12,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Empty means unknown, not zero."),
    )
    # The monitor publishes only years the regional register covers: a lead won this year must not make a year of
    # its own with one establishment. The register's next import replaces the figure and marks it as its own.
    source = models.CharField(
        _("source"),
        max_length=12,
        choices=ObservationSource.choices,
        default=ObservationSource.REGISTER,
        db_default=ObservationSource.REGISTER,
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["establishment", "year"]
        verbose_name = _("yearly observation")
        verbose_name_plural = _("yearly observations")
        constraints = [
            models.UniqueConstraint(fields=["establishment", "year"], name="observation_unique_year"),
            models.CheckConstraint(condition=Q(year__gte=1990) & Q(year__lte=2100), name="observation_year_range"),
        ]
        indexes = [models.Index(fields=["year"])]

    def __str__(self):
        return f"{self.establishment} {self.year}"

    @property
    def size_class(self) -> str:
        return size_class_for_jobs(self.jobs)


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    VALIDATING = "validating", _("validating")
    WRITING = "writing", _("writing")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class ImportJob(models.Model):
    """An uploaded register file and the progress and outcome of importing it."""

    file = models.FileField(_("file"), upload_to="imports/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("uploaded by")
    )
    language = models.CharField(_("language"), max_length=10, default="nl")
    status = models.CharField(_("status"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    establishments_created = models.PositiveIntegerField(_("establishments created"), default=0)
    establishments_updated = models.PositiveIntegerField(_("establishments updated"), default=0)
    observations_created = models.PositiveIntegerField(_("observations created"), default=0)
    observations_updated = models.PositiveIntegerField(_("observations updated"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
        constraints = [models.CheckConstraint(condition=Q(progress__lte=100), name="import_job_progress_max_100")]

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("establishments:import_detail", kwargs={"pk": self.pk})

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.FAILED)

    @property
    def was_interrupted(self) -> bool:
        """Whether the job failed for a reason outside its file (a worker that died, an internal error)."""
        return self.status == ImportStatus.FAILED and all(error.get("line") == 0 for error in self.errors)


class RepresentativeInvitation(models.Model):
    """An editor's invitation to represent one establishment; the link carries a token whose hash is stored."""

    establishment = models.ForeignKey(
        Establishment, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("establishment")
    )
    email = models.EmailField(_("e-mail address"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("representative invitation")
        verbose_name_plural = _("representative invitations")

    def __str__(self):
        return f"{self.establishment} – {self.email}"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class KeyPositionProposal(models.Model):
    """A representative's proposal for the key positions of their establishment, decided by an editor."""

    establishment = models.ForeignKey(
        Establishment, on_delete=models.CASCADE, related_name="key_position_proposals", verbose_name=_("establishment")
    )
    key_positions = models.ManyToManyField(KeyPosition, related_name="+", blank=True, verbose_name=_("key positions"))
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("proposed by")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("key position proposal")
        verbose_name_plural = _("key position proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["establishment"],
                condition=Q(status="pending"),
                name="one_pending_key_position_proposal",
            )
        ]

    def __str__(self):
        return f"{self.establishment} ({self.get_status_display()})"
