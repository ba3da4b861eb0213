"""Validation of uploaded company logos: real raster images of an allowed format, size and dimension."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}
MAX_DIMENSION = 4000
MIN_DIMENSION = 16


def validate_logo(file) -> None:
    """Reject files that are too large, not an image, of another format or of unreasonable dimensions."""
    if file.size > settings.MAX_IMAGE_UPLOAD_BYTES:
        raise ValidationError(
            _("The logo is %(size)s; the maximum is %(max)s.")
            % {"size": filesizeformat(file.size), "max": filesizeformat(settings.MAX_IMAGE_UPLOAD_BYTES)},
            code="too_large",
        )
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(_("The file is not a valid image."), code="invalid_image") from error
    finally:
        file.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(_("Upload a PNG, JPEG, WebP or GIF image."), code="format")
    if not (MIN_DIMENSION <= width <= MAX_DIMENSION and MIN_DIMENSION <= height <= MAX_DIMENSION):
        raise ValidationError(
            _("The logo must be between %(min)s and %(max)s pixels wide and high.")
            % {"min": MIN_DIMENSION, "max": MAX_DIMENSION},
            code="dimensions",
        )
