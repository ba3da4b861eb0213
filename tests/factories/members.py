import factory
from django.utils import timezone

from community.members.models import Member, MemberBackground
from tests.factories.users import UserFactory


class MemberFactory(factory.django.DjangoModelFactory[Member]):
    """A confirmed student member with a user account (DEFAULT_PASSWORD)."""

    user = factory.SubFactory(UserFactory)
    background = MemberBackground.STUDENT
    institution = "ut"
    confirmed_at = factory.LazyFunction(timezone.now)
    digest_since = factory.LazyFunction(timezone.now)

    class Meta:
        model = Member
