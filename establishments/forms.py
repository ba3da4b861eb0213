"""Forms of the register pages: thin validation at the edge, services do the writing."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from kennispark.account_forms import new_password_check, new_password_fields
from kennispark.tabular import XLSX_MAGIC, TableError, xlsx_check

from .logos import validate_logo
from .models import Establishment, KeyPosition
from .self_service import PROFILE_FIELDS

IMPORT_EXTENSIONS = {".csv", ".txt", ".xlsx"}


class ImportUploadForm(forms.Form):
    """An editor's upload of a BIRO/LISA register file."""

    file = forms.FileField(
        label=_("Register file"),
        help_text=_("CSV (comma or semicolon separated) or Excel (.xlsx), at most %(max)s.")
        % {"max": filesizeformat(settings.MAX_IMPORT_UPLOAD_BYTES)},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_IMPORT_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is %(size)s; the maximum is %(max)s.")
                % {"size": filesizeformat(upload.size), "max": filesizeformat(settings.MAX_IMPORT_UPLOAD_BYTES)}
            )
        extension = Path(upload.name).suffix.lower()
        head = upload.read(4096)
        upload.seek(0)
        looks_like_xlsx = head.startswith(XLSX_MAGIC)
        matches_content = looks_like_xlsx if extension == ".xlsx" else not looks_like_xlsx and b"\x00" not in head
        if extension not in IMPORT_EXTENSIONS or not matches_content:
            raise ValidationError(_("Upload a CSV or an Excel (.xlsx) file."))
        if looks_like_xlsx:
            _check_xlsx(upload)
        return upload


def _check_xlsx(upload) -> None:
    # Refuse a zip bomb now, while the editor waits, rather than in the worker after queueing.
    try:
        xlsx_check(upload)
    except TableError as error:
        raise ValidationError(error.message) from error
    finally:
        upload.seek(0)


class InvitationForm(forms.Form):
    """An editor's invitation of a company representative."""

    email = forms.EmailField(label=_("E-mail address of the representative"))


class AcceptInvitationForm(forms.Form):
    """A new representative's account details."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1, password2 = new_password_fields()

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        new_password_check(self, cleaned, email=self.email)
        return cleaned


class ProfileForm(forms.ModelForm):
    """The public profile fields a representative may edit; sensitive register fields are not in it."""

    website = forms.URLField(label=_("Website"), required=False, max_length=200, assume_scheme="https")
    proposed_key_positions = forms.ModelMultipleChoiceField(
        label=_("Key positions (proposal)"),
        queryset=KeyPosition.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("An editor checks changes to the key positions before they are shown."),
    )

    class Meta:
        model = Establishment
        fields = list(PROFILE_FIELDS)
        help_texts = {
            "description_nl": _("Plain text; an empty line starts a new paragraph."),
            "description_en": _("Plain text; an empty line starts a new paragraph."),
            "logo": _("PNG, JPEG, WebP or GIF."),
        }
        widgets = {
            "description_nl": forms.Textarea(attrs={"rows": 6, "maxlength": 4000}),
            "description_en": forms.Textarea(attrs={"rows": 6, "maxlength": 4000}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
        }

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):  # a new upload, not the stored file
            validate_logo(logo)
        return logo

    def clean_description_nl(self):
        return self._limited("description_nl")

    def clean_description_en(self):
        return self._limited("description_en")

    def _limited(self, name: str) -> str:
        value = self.cleaned_data.get(name, "")
        if len(value) > 4000:
            raise ValidationError(_("Keep the description under 4,000 characters."))
        return value
