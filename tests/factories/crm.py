import datetime

import factory
from django.utils import timezone

from crm.models import (
    Activity,
    ActivityKind,
    Contact,
    FollowUp,
    HousingNeed,
    LawfulBasis,
    Lead,
    LeadSource,
    LeadStage,
    LeadType,
    LostReason,
    SpaceKind,
    StageChange,
)


class LostReasonFactory(factory.django.DjangoModelFactory[LostReason]):
    name_nl = factory.Sequence(lambda n: f"Reden {n}")
    name_en = factory.Sequence(lambda n: f"Reason {n}")

    class Meta:
        model = LostReason
        django_get_or_create = ("name_nl",)


class LeadFactory(factory.django.DjangoModelFactory[Lead]):
    name = factory.Sequence(lambda n: f"Testlead {n}")
    type = LeadType.STARTUP
    source = LeadSource.NOVEL_T
    stage = LeadStage.NEW
    expected_jobs = 5
    created_at = factory.LazyFunction(timezone.now)
    stage_changed_at = factory.LazyAttribute(lambda lead: lead.created_at)

    class Meta:
        model = Lead
        skip_postgeneration_save = True

    @factory.post_generation
    def key_positions(self, create, extracted, **kwargs):
        if create and extracted:
            self.key_positions.set(extracted)


class HousingNeedFactory(factory.django.DjangoModelFactory[HousingNeed]):
    lead = factory.SubFactory(LeadFactory)
    kind = SpaceKind.OFFICE
    floor_area_m2 = 100
    desired_on = datetime.date(2027, 1, 1)

    class Meta:
        model = HousingNeed


class ContactFactory(factory.django.DjangoModelFactory[Contact]):
    lead = factory.SubFactory(LeadFactory)
    name = "Anna de Tester"
    role = "CEO"
    email = "anna@voorbeeld.example"
    phone = "+31 53 123 4567"
    lawful_basis = LawfulBasis.CONSENT
    consent_on = datetime.date(2025, 1, 15)

    class Meta:
        model = Contact


class ActivityFactory(factory.django.DjangoModelFactory[Activity]):
    lead = factory.SubFactory(LeadFactory)
    kind = ActivityKind.CALL
    occurred_on = factory.LazyFunction(timezone.localdate)
    text = "Gebeld over de plannen."

    class Meta:
        model = Activity


class FollowUpFactory(factory.django.DjangoModelFactory[FollowUp]):
    lead = factory.SubFactory(LeadFactory)
    due_on = factory.LazyFunction(timezone.localdate)
    text = "Nabellen"

    class Meta:
        model = FollowUp


class StageChangeFactory(factory.django.DjangoModelFactory[StageChange]):
    lead = factory.SubFactory(LeadFactory)
    from_stage = LeadStage.NEW
    to_stage = LeadStage.CONTACTED

    class Meta:
        model = StageChange
