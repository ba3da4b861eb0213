"""schema.org JSON-LD for the public pages of spaces, buildings and facilities."""

from kennispark.links import absolute_url

from .models import Building, Facility, Space


def _address(building: Building) -> dict:
    return {
        "@type": "PostalAddress",
        "streetAddress": building.street_address,
        "postalCode": building.postcode,
        "addressLocality": building.city,
        "addressCountry": "NL",
    }


def building_json_ld(building: Building) -> dict:
    """Return a building as a schema.org Place."""
    data = {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": building.name,
        "url": absolute_url(building.get_absolute_url()),
        "address": _address(building),
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": label, "value": True}
            for label in building.amenity_labels()
        ],
    }
    photos = list(building.photos.all())
    if photos:
        data["photo"] = [absolute_url(photo.image.url) for photo in photos]
    if building.description:
        data["description"] = building.description
    return data


def space_json_ld(space: Space) -> dict:
    """Return a space as a schema.org Accommodation in its building, with its rent as an offer when given."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Accommodation",
        "name": str(space),
        "url": absolute_url(space.get_absolute_url()),
        "floorSize": {"@type": "QuantitativeValue", "value": space.floor_area_m2, "unitCode": "MTK"},
        "containedInPlace": {
            key: value for key, value in building_json_ld(space.building).items() if key != "@context"
        },
        "address": _address(space.building),
    }
    if space.description:
        data["description"] = space.description
    if not space.rent_on_request:
        data["offers"] = {
            "@type": "Offer",
            "availabilityStarts": space.available_from.isoformat(),
            "priceSpecification": {
                "@type": "UnitPriceSpecification",
                "priceCurrency": "EUR",
                "minPrice": str(space.rent_min or space.rent_max),
                "maxPrice": str(space.rent_max or space.rent_min),
                "unitText": "m² per year",
            },
        }
    return data


def facility_json_ld(facility: Facility) -> dict:
    """Return a facility as a schema.org Place run by its owner."""
    return {
        "@context": "https://schema.org",
        "@type": "Place",
        "name": facility.name,
        "url": absolute_url(facility.get_absolute_url()),
        "description": facility.description,
        "address": {"@type": "PostalAddress", "streetAddress": facility.location, "addressCountry": "NL"},
        "keywords": facility.technologies,
    }
