"""Space and facilities: buildings and the spaces offered in them, housing questions, matches, shared labs."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from establishments.models import Establishment, KeyPosition, SubArea
from kennispark.bilingual import translated

from .querysets import FacilityQuerySet, HousingQuestionQuerySet, SpaceQuerySet


class SpaceKind(models.TextChoices):
    # The first four share their values with the CRM's housing needs, so leads and questions match alike.
    OFFICE = "office", _("office")
    LAB = "lab", _("laboratory")
    CLEANROOM = "cleanroom", _("cleanroom")
    PRODUCTION = "production", _("workshop / production")
    FLEX_DESK = "flex_desk", _("flexible desk")
    MEETING = "meeting", _("meeting / event space")


class LabSafetyClass(models.TextChoices):
    ML1 = "ml1", "ML-I"
    ML2 = "ml2", "ML-II"
    ML3 = "ml3", "ML-III"
    CHEMISTRY = "chemistry", _("chemistry lab")


class Amenity(models.TextChoices):
    CLEANROOM = "cleanroom", _("cleanroom")
    CHEMISTRY_LAB = "chemistry_lab", _("chemistry lab")
    LOADING_DOCK = "loading_dock", _("loading dock")
    ACCESS_24_7 = "access_24_7", _("24/7 access")
    PARKING = "parking", _("parking")
    FIBRE = "fibre", _("fibre connection")
    RECEPTION = "reception", _("reception")
    HEAVY_FLOOR = "heavy_floor", _("heavy-duty floor")


class OfferStatus(models.TextChoices):
    AVAILABLE = "available", _("available")
    OPTION = "option", _("under option")
    LET = "let", _("let")
    WITHDRAWN = "withdrawn", _("withdrawn")


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("awaiting review")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")


def amenities_validate(value: object) -> None:
    """Refuse anything but a list of known amenities."""
    if not isinstance(value, list) or not set(value) <= set(Amenity.values):
        raise ValidationError(_("Choose facilities from the list."), code="invalid_choice")


class Building(models.Model):
    """A building on the park whose owner (or the broker acting for them) offers spaces in it."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="buildings", verbose_name=_("managed by")
    )
    owner_name = models.CharField(
        _("owner"), max_length=200, help_text=_("The owning organisation, also when a broker manages the offer.")
    )
    street_address = models.CharField(_("address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=100, default="Enschede")
    sub_area = models.CharField(_("sub-area"), max_length=20, choices=SubArea.choices)
    gross_floor_area_m2 = models.PositiveIntegerField(
        _("gross floor area (m² BVO)"), validators=[MinValueValidator(1), MaxValueValidator(1_000_000)]
    )
    year_built = models.PositiveSmallIntegerField(
        _("year built"), null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    # A JSON list rather than PostgreSQL's ArrayField: the embedded SQLite default of `make run` must migrate too.
    amenities = models.JSONField(_("facilities"), default=list, blank=True, validators=[amenities_validate])
    description_nl = models.TextField(_("description (Dutch)"), blank=True, max_length=5000)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=5000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("building")
        verbose_name_plural = _("buildings")
        constraints = [models.CheckConstraint(condition=Q(gross_floor_area_m2__gt=0), name="space_building_bvo_pos")]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("space:building_detail", kwargs={"slug": self.slug})

    description = translated("description")

    def amenity_labels(self) -> list[str]:
        """Return the labels of the building's facilities."""
        return [str(Amenity(value).label) for value in self.amenities if value in Amenity.values]


class BuildingPhoto(models.Model):
    """A photo of a building with the text that describes it to those who cannot see it."""

    building = models.ForeignKey(Building, on_delete=models.CASCADE, related_name="photos", verbose_name=_("building"))
    image = models.ImageField(_("photo"), upload_to="buildings/%Y/")
    alt_text_nl = models.CharField(_("description of the photo (Dutch)"), max_length=200)
    alt_text_en = models.CharField(_("description of the photo (English)"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["building", "position", "pk"]
        verbose_name = _("building photo")
        verbose_name_plural = _("building photos")

    def __str__(self):
        return self.alt_text_nl

    alt_text = translated("alt_text")


class Space(models.Model):
    """A space on offer in a building; public once an editor approved it and while its owner confirms it."""

    building = models.ForeignKey(Building, on_delete=models.CASCADE, related_name="spaces", verbose_name=_("building"))
    name = models.CharField(_("name"), max_length=200, help_text=_("For example: second floor, east wing."))
    kind = models.CharField(_("kind of space"), max_length=20, choices=SpaceKind.choices)
    lab_safety_class = models.CharField(
        _("lab safety class"), max_length=20, choices=LabSafetyClass.choices, blank=True
    )
    iso_class = models.PositiveSmallIntegerField(
        _("cleanroom ISO class"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    floor_area_m2 = models.IntegerField(_("floor area (m²)"))
    min_unit_m2 = models.IntegerField(
        _("smallest divisible unit (m²)"), null=True, blank=True, help_text=_("Leave empty if it is let as a whole.")
    )
    available_from = models.DateField(_("available from"))
    rent_min = models.DecimalField(
        _("rent from (€ per m² per year)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    rent_max = models.DecimalField(
        _("rent up to (€ per m² per year)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    minimum_term_months = models.PositiveSmallIntegerField(
        _("minimum term (months)"), null=True, blank=True, validators=[MaxValueValidator(240)]
    )
    status = models.CharField(_("status"), max_length=20, choices=OfferStatus.choices, default=OfferStatus.AVAILABLE)
    review_status = models.CharField(
        _("review"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    review_note = models.CharField(_("note from the editors"), max_length=500, blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True, max_length=5000)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=5000)
    confirmed_at = models.DateTimeField(_("offer last confirmed"), default=timezone.now)
    stale_flagged_at = models.DateTimeField(_("flagged as unconfirmed"), null=True, blank=True)
    first_approved_at = models.DateTimeField(_("first approved at"), null=True, blank=True)
    let_on = models.DateField(_("let on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = SpaceQuerySet.as_manager()

    class Meta:
        ordering = ["building__name", "name"]
        verbose_name = _("space")
        verbose_name_plural = _("spaces")
        constraints = [
            models.CheckConstraint(condition=Q(floor_area_m2__gt=0), name="space_space_area_positive"),
            models.CheckConstraint(
                condition=Q(min_unit_m2__isnull=True) | (Q(min_unit_m2__gt=0) & Q(min_unit_m2__lte=F("floor_area_m2"))),
                name="space_space_unit_within_area",
            ),
            models.CheckConstraint(
                condition=Q(rent_min__isnull=True) | Q(rent_max__isnull=True) | Q(rent_min__lte=F("rent_max")),
                name="space_space_rent_range",
            ),
            models.CheckConstraint(condition=~Q(status="let") | Q(let_on__isnull=False), name="space_space_let_date"),
        ]
        indexes = [models.Index(fields=["review_status", "status", "confirmed_at"])]

    def __str__(self):
        return f"{self.building.name} – {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("space:space_detail", kwargs={"pk": self.pk})

    description = translated("description")

    def clean(self) -> None:
        errors: dict[str, object] = {}
        if self.floor_area_m2 is not None and self.floor_area_m2 <= 0:
            errors["floor_area_m2"] = _("The floor area must be more than 0 m².")
        if self.min_unit_m2 is not None:
            if self.min_unit_m2 <= 0:
                errors["min_unit_m2"] = _("The smallest unit must be more than 0 m².")
            elif self.floor_area_m2 and self.min_unit_m2 > self.floor_area_m2:
                errors["min_unit_m2"] = _("The smallest unit cannot be larger than the space itself.")
        if self.rent_min is not None and self.rent_max is not None and self.rent_min > self.rent_max:
            errors["rent_max"] = _("The highest rent cannot be lower than the lowest.")
        if self.lab_safety_class and self.kind != SpaceKind.LAB:
            errors["lab_safety_class"] = _("Only a laboratory has a lab safety class.")
        if self.iso_class and self.kind != SpaceKind.CLEANROOM:
            errors["iso_class"] = _("Only a cleanroom has an ISO class.")
        if errors:
            raise ValidationError(errors)

    @property
    def rent_on_request(self) -> bool:
        """Whether the owner gives the rent only on request."""
        return self.rent_min is None and self.rent_max is None

    @property
    def smallest_unit_m2(self) -> int:
        """Return the smallest area that can be let separately (the whole space if it is not divisible)."""
        return self.min_unit_m2 or self.floor_area_m2


class QuestionReason(models.TextChoices):
    GROWTH = "growth", _("growth")
    SHRINK = "shrink", _("shrinking")
    CONSOLIDATION = "consolidation", _("consolidation")
    LEAVING = "leaving", _("leaving the park")


class QuestionStatus(models.TextChoices):
    OPEN = "open", _("open")
    SOLVED = "solved", _("solved on the park")
    LEFT = "left", _("company left the park")
    WITHDRAWN = "withdrawn", _("withdrawn")


class HousingQuestion(models.Model):
    """The housing question of a company on the park: what space it will need, how much and by when."""

    establishment = models.ForeignKey(
        Establishment, on_delete=models.CASCADE, related_name="housing_questions", verbose_name=_("company")
    )
    kind = models.CharField(_("kind of space"), max_length=20, choices=SpaceKind.choices)
    lab_safety_class = models.CharField(
        _("lab safety class needed"), max_length=20, choices=LabSafetyClass.choices, blank=True
    )
    min_m2 = models.PositiveIntegerField(_("at least (m²)"), validators=[MinValueValidator(1)])
    max_m2 = models.PositiveIntegerField(_("at most (m²)"), validators=[MinValueValidator(1)])
    needed_by = models.DateField(_("needed by"))
    sub_area = models.CharField(_("preferred sub-area"), max_length=20, choices=SubArea.choices, blank=True)
    reason = models.CharField(_("reason"), max_length=20, choices=QuestionReason.choices)
    remarks = models.TextField(_("remarks"), blank=True, max_length=2000)
    status = models.CharField(_("status"), max_length=20, choices=QuestionStatus.choices, default=QuestionStatus.OPEN)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asked by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = HousingQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["needed_by", "pk"]
        verbose_name = _("housing question")
        verbose_name_plural = _("housing questions")
        constraints = [
            models.CheckConstraint(condition=Q(min_m2__gt=0) & Q(min_m2__lte=F("max_m2")), name="space_question_range"),
            models.CheckConstraint(
                condition=Q(status="open") | Q(closed_at__isnull=False), name="space_question_closed_has_date"
            ),
        ]

    def __str__(self):
        return f"{self.establishment}: {self.get_kind_display()} {self.min_m2}–{self.max_m2} m²"


class MatchStatus(models.TextChoices):
    INTRODUCED = "introduced", _("introduced")
    NOT_SUITABLE = "not_suitable", _("not suitable")
    LET = "let", _("let")


class MatchDecision(models.Model):
    """What acquisition staff did with a space that fits a question or a lead's need."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("space"))
    question = models.ForeignKey(
        HousingQuestion, on_delete=models.CASCADE, null=True, blank=True, related_name="decisions"
    )
    need = models.ForeignKey("crm.HousingNeed", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=20, choices=MatchStatus.choices)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)

    class Meta:
        verbose_name = _("match decision")
        verbose_name_plural = _("match decisions")
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=True) ^ Q(need__isnull=True), name="space_decision_one_demand"
            ),
            models.CheckConstraint(
                condition=~Q(status="not_suitable") | ~Q(reason=""), name="space_decision_unsuitable_reason"
            ),
            models.UniqueConstraint(fields=["space", "question"], name="space_decision_question_once"),
            models.UniqueConstraint(fields=["space", "need"], name="space_decision_need_once"),
        ]

    def __str__(self):
        return f"{self.space} – {self.get_status_display()}"


class MatchNotice(models.Model):
    """That the daily digest has named this match, so no later run names it again."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(HousingQuestion, on_delete=models.CASCADE, null=True, related_name="+")
    need = models.ForeignKey("crm.HousingNeed", on_delete=models.CASCADE, null=True, related_name="+")
    sent_on = models.DateField()

    class Meta:
        verbose_name = _("match notice")
        verbose_name_plural = _("match notices")
        constraints = [
            models.UniqueConstraint(fields=["space", "question"], name="space_notice_question_once"),
            models.UniqueConstraint(fields=["space", "need"], name="space_notice_need_once"),
        ]

    def __str__(self):
        return f"{self.space_id} {self.sent_on}"


class Enquiry(models.Model):
    """A visitor's question about a space; a copy lands in the CRM."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="enquiries", verbose_name=_("space"))
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("e-mail"))
    floor_area_m2 = models.PositiveIntegerField(_("floor area needed (m²)"), null=True, blank=True)
    message = models.TextField(_("what you need"), max_length=3000)
    lead = models.ForeignKey(
        "crm.Lead", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("lead")
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")

    def __str__(self):
        return f"{self.organisation} – {self.space}"


class FacilityKind(models.TextChoices):
    CLEANROOM = "cleanroom", _("cleanroom")
    LAB = "lab", _("laboratory")
    TEST_LINE = "test_line", _("test or pilot line")
    EQUIPMENT = "equipment", _("equipment")
    WORKSHOP = "workshop", _("workshop / prototyping")
    COMPUTING = "computing", _("computing")


class Facility(models.Model):
    """A lab facility or piece of equipment that its owner opens to others on the park."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=FacilityKind.choices)
    establishment = models.ForeignKey(
        Establishment,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="facilities",
        verbose_name=_("owning company"),
    )
    organisation_name = models.CharField(
        _("owning organisation"), max_length=200, blank=True, help_text=_("For the university and other partners.")
    )
    location = models.CharField(_("location"), max_length=200)
    sub_area = models.CharField(_("sub-area"), max_length=20, choices=SubArea.choices)
    key_positions = models.ManyToManyField(KeyPosition, blank=True, related_name="+", verbose_name=_("key positions"))
    technologies = models.CharField(_("technology areas"), max_length=300, blank=True)
    access_nl = models.TextField(_("who may use it (Dutch)"), max_length=2000)
    access_en = models.TextField(_("who may use it (English)"), max_length=2000, blank=True)
    induction_required = models.BooleanField(_("first use needs an induction"), default=False)
    booking_lead_days = models.PositiveSmallIntegerField(
        _("booking lead time (days)"), default=0, validators=[MaxValueValidator(365)]
    )
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    description_nl = models.TextField(_("description (Dutch)"), max_length=5000)
    description_en = models.TextField(_("description (English)"), max_length=5000, blank=True)
    review_status = models.CharField(
        _("review"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = FacilityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        constraints = [
            models.CheckConstraint(
                condition=Q(establishment__isnull=False) | ~Q(organisation_name=""), name="space_facility_has_owner"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("facilities:detail", kwargs={"slug": self.slug})

    description = translated("description")
    access = translated("access")

    @property
    def owner_name(self) -> str:
        """Return the name of the organisation that opens the facility."""
        return self.establishment.trade_name if self.establishment is not None else self.organisation_name


class AccessStatus(models.TextChoices):
    PENDING = "pending", _("awaiting an answer")
    AGREED = "agreed", _("agreed")
    DECLINED = "declined", _("declined")


class AccessRequest(models.Model):
    """A request to use a facility, kept with its answer so the area organisation sees how often labs are shared."""

    facility = models.ForeignKey(
        Facility, on_delete=models.CASCADE, related_name="requests", verbose_name=_("facility")
    )
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("e-mail"))
    wanted_from = models.DateField(_("wanted from"), null=True, blank=True)
    message = models.TextField(_("what you want to do"), max_length=3000)
    status = models.CharField(_("status"), max_length=20, choices=AccessStatus.choices, default=AccessStatus.PENDING)
    decline_reason = models.CharField(_("reason for declining"), max_length=500, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("access request")
        verbose_name_plural = _("access requests")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(decline_reason=""), name="space_access_declined_reason"
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(answered_at__isnull=False), name="space_access_answered_date"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.facility}"
