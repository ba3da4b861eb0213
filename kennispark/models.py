"""Models that belong to the portal as a whole."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskOutbox(models.Model):
    """A Celery task written in the transaction whose data it needs; deleted once the broker has taken it."""

    name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("queued task")
        verbose_name_plural = _("queued tasks")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk}"


class ContentVersion(models.Model):
    """The current version of one area of public content; cached pages are keyed by it."""

    area = models.CharField(_("area"), max_length=40, primary_key=True)
    version = models.CharField(_("version"), max_length=32)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self) -> str:
        return f"{self.area} {self.version}"


class RoleInvitation(models.Model):
    """An editor's invitation to a role (and, through its kind's hook, an object); only the token's hash is kept."""

    kind = models.CharField(_("kind"), max_length=60)
    target_id = models.PositiveBigIntegerField(_("object"), null=True, blank=True)
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
        verbose_name = _("role invitation")
        verbose_name_plural = _("role invitations")
        indexes = [models.Index(fields=["kind", "target_id"], name="roleinvitation_kind_target")]

    def __str__(self) -> str:
        return f"{self.kind} {self.target_id or ''} – {self.email}"
