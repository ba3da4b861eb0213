"""REST representations of a member's own data."""

from rest_framework import serializers

from community.events.models import Category
from kennispark.serializers import ModelSerializer

from .models import Follow, Member


class FollowSerializer(ModelSerializer):
    label = serializers.CharField(read_only=True)  # type: ignore[assignment]  # the model's property

    class Meta:
        model = Follow
        fields = ["id", "kind", "label", "created_at"]
        read_only_fields = fields


class MemberSerializer(ModelSerializer):
    """The member's own profile; only privacy, language, digest, bio and interests are written here."""

    email = serializers.EmailField(source="user.email", read_only=True)
    first_name = serializers.CharField(source="user.first_name", read_only=True)
    last_name = serializers.CharField(source="user.last_name", read_only=True)
    establishment: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )
    interest_categories = serializers.ListField(
        child=serializers.ChoiceField(choices=Category.choices), max_length=len(Category.choices), required=False
    )
    follows = FollowSerializer(many=True, read_only=True)
    saved_events = serializers.SerializerMethodField()

    class Meta:
        model = Member
        fields = [
            "id", "email", "first_name", "last_name", "background", "establishment", "institution",
            "interest_categories", "bio", "visibility", "language", "digest_frequency", "follows", "saved_events",
        ]  # fmt: skip
        read_only_fields = ["id", "background", "institution"]

    def get_saved_events(self, member: Member) -> list[int]:
        return [saved.event_id for saved in member.saved_events.all()]
