"""The property owner's pages: their buildings, photos, spaces, the confirmation of their offer and enquiries."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kennispark.errors import form_add_errors
from kennispark.roles import PROPERTY_OWNER, role_required

from .. import selectors, services
from ..forms import BuildingForm, PhotoForm, SpaceForm, SpaceStatusForm
from ..models import BuildingPhoto


@role_required(PROPERTY_OWNER)
@require_safe
def my_buildings(request):
    """List the owner's buildings and the spaces offered in them."""
    buildings = selectors.buildings_of_owner(user=request.user)
    context = {"buildings": buildings, "status_form": SpaceStatusForm()}
    return render(request, "space/my_buildings.html", context)


@role_required(PROPERTY_OWNER)
@require_http_methods(["GET", "POST"])
def building_form(request, pk: int | None = None):
    """Add a building, or change one of the owner's own (another's: 404)."""
    building = selectors.building_of_owner(user=request.user, pk=pk) if pk else None
    form = BuildingForm(request.POST or None, instance=building)
    if request.method == "POST" and form.is_valid():
        try:
            if building is None:
                services.building_create(owner=request.user, data=form.cleaned_data)
            else:
                services.building_update(building=building, data=form.cleaned_data)
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("The building has been saved."))
            return redirect("space:my_buildings")
    context = {"form": form, "building": building}
    return render(request, "space/building_form.html", context, status=400 if form.errors else 200)


@role_required(PROPERTY_OWNER)
@require_http_methods(["GET", "POST"])
def photo_add(request, pk: int):
    """Add a photo with its alt text to one of the owner's buildings; anything but an image is refused."""
    building = selectors.building_of_owner(user=request.user, pk=pk)
    form = PhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.building_photo_add(building=building, **form.cleaned_data)
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            messages.success(request, _("The photo has been added."))
            return redirect("space:my_buildings")
    context = {"form": form, "building": building}
    return render(request, "space/photo_form.html", context, status=400 if form.errors else 200)


@role_required(PROPERTY_OWNER)
@require_POST
def photo_delete(request, pk: int):
    """Remove a photo of one of the owner's buildings."""
    photo = get_object_or_404(BuildingPhoto.objects.filter(building__owner=request.user), pk=pk)
    services.building_photo_delete(photo=photo)
    messages.success(request, _("The photo has been removed."))
    return redirect("space:my_buildings")


@role_required(PROPERTY_OWNER)
@require_http_methods(["GET", "POST"])
def space_form(request, building_pk: int | None = None, pk: int | None = None):
    """Offer a new space in one of the owner's buildings, or change one of their spaces (another's: 404)."""
    space = selectors.space_of_owner(user=request.user, pk=pk) if pk else None
    building = space.building if space else selectors.building_of_owner(user=request.user, pk=building_pk or 0)
    form = SpaceForm(request.POST or None, instance=space)
    if request.method == "POST" and form.is_valid():
        try:
            if space is None:
                services.space_create(building=building, data=form.cleaned_data)
                messages.success(request, _("The space has been saved. The editors review it before it is public."))
            else:
                services.space_update(space=space, data=form.cleaned_data)
                messages.success(request, _("The space has been saved."))
        except ValidationError as error:
            form_add_errors(form, error)
        else:
            return redirect("space:my_buildings")
    context = {"form": form, "building": building, "space": space}
    return render(request, "space/space_form.html", context, status=400 if form.errors else 200)


@role_required(PROPERTY_OWNER)
@require_POST
def space_status(request, pk: int):
    """Set one of the owner's spaces to available, under option, let or withdrawn."""
    space = selectors.space_of_owner(user=request.user, pk=pk)
    form = SpaceStatusForm(request.POST)
    if form.is_valid():
        try:
            services.space_status_set(space=space, status=form.cleaned_data["status"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The status of %(space)s has been changed.") % {"space": space})
    else:
        messages.error(request, _("Choose a status."))
    return redirect("space:my_buildings")


@role_required(PROPERTY_OWNER)
@require_POST
def space_confirm(request, pk: int):
    """Confirm that one of the owner's spaces is still on offer as shown."""
    space = selectors.space_of_owner(user=request.user, pk=pk)
    services.space_confirm(space=space)
    messages.success(request, _("Thank you: %(space)s is confirmed as current.") % {"space": space})
    return redirect("space:my_buildings")


@role_required(PROPERTY_OWNER)
@require_safe
def my_enquiries(request):
    """List the enquiries about the owner's spaces (never anybody else's, never the CRM's data)."""
    return render(request, "space/my_enquiries.html", {"enquiries": selectors.enquiries_of_owner(user=request.user)})
