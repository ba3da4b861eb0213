"""REST API of the community members: a member reads and changes their own data, nobody else's."""

from django.http import Http404
from django.urls import path
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, permissions

from . import services
from .models import Member
from .selectors import member_for_user
from .serializers import MemberSerializer

app_name = "members-api"


@extend_schema_view(
    get=extend_schema(summary="Read your own member profile, follows and saved events"),
    patch=extend_schema(summary="Change your own privacy, language, digest, bio and interests"),
)
class MemberMeView(generics.RetrieveUpdateAPIView):
    """The logged-in member's own profile; there is no way to address another member's."""

    serializer_class = MemberSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "patch", "head", "options"]
    queryset = Member.objects.none()

    def get_object(self) -> Member:
        member = member_for_user(user=self.request.user)
        if member is None:
            raise Http404
        return Member.objects.prefetch_related("follows__establishment", "follows__partner", "saved_events").get(
            pk=member.pk
        )

    def perform_update(self, serializer):
        serializer.instance = services.member_settings_update(
            member=serializer.instance, data=serializer.validated_data
        )


urlpatterns = [path("members/me/", MemberMeView.as_view(), name="me")]
