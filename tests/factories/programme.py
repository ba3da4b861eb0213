import factory

from programme.models import Milestone, Organisation, ProgressUpdate, Project, Status, Theme, YearPlan


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    name = factory.Sequence(lambda n: f"Organisatie {n}")

    class Meta:
        model = Organisation
        django_get_or_create = ("name",)


class ProjectFactory(factory.django.DjangoModelFactory[Project]):
    """A project of the seeded 2025 year plan, numbered after the plan's 22 key projects."""

    year_plan = factory.LazyFunction(lambda: YearPlan.objects.get(year=2025))
    number = factory.Sequence(lambda n: 100 + n)
    name_nl = factory.Sequence(lambda n: f"Testproject {n}")
    name_en = factory.Sequence(lambda n: f"Test project {n}")
    description_nl = "Een project om te testen."
    theme = factory.LazyAttribute(lambda project: Theme.objects.get(year_plan=project.year_plan, number=1))
    lead_organisation = factory.SubFactory(OrganisationFactory)
    start_quarter = 20251
    end_quarter = 20264
    is_public = True

    class Meta:
        model = Project
        skip_postgeneration_save = True

    @factory.post_generation
    def in_plan(self, create, extracted, **kwargs):
        if create:
            self.year_plans.add(self.year_plan)

    @factory.post_generation
    def leads(self, create, extracted, **kwargs):
        if create and extracted:
            self.leads.add(*extracted)


class MilestoneFactory(factory.django.DjangoModelFactory[Milestone]):
    project = factory.SubFactory(ProjectFactory)
    title_nl = factory.Sequence(lambda n: f"Mijlpaal {n}")
    title_en = factory.Sequence(lambda n: f"Milestone {n}")
    planned_quarter = 20252

    class Meta:
        model = Milestone


class ProgressUpdateFactory(factory.django.DjangoModelFactory[ProgressUpdate]):
    project = factory.SubFactory(ProjectFactory)
    quarter = 20252
    status = Status.ON_TRACK
    summary = "Alles volgens plan."
    percent_done = 50
    author = factory.SubFactory("tests.factories.users.UserFactory", roles=["project_lead"])

    class Meta:
        model = ProgressUpdate
