"""The SBI 2008 reference shipped with the portal: sectors (Bijlage 1 of the monitor report),
sections, divisions with their default economic base, and the park's key positions.

TO BE COMPLETED (demo/reference helper): fill SECTORS, SECTIONS, DIVISIONS, KEY_POSITIONS.
"""

SECTORS: list[dict] = []
SECTIONS: list[dict] = []
DIVISIONS: list[dict] = []
KEY_POSITIONS: list[dict] = []


def load_reference(apps) -> None:
    """Create or update the reference rows; callable from a data migration with historical models."""
    sector_model = apps.get_model("establishments", "Sector")
    section_model = apps.get_model("establishments", "SbiSection")
    division_model = apps.get_model("establishments", "SbiDivision")
    key_position_model = apps.get_model("establishments", "KeyPosition")
    for position, sector in enumerate(SECTORS):
        sector_model.objects.update_or_create(slug=sector["slug"], defaults={**sector, "position": position})
    for section in SECTIONS:
        section_model.objects.update_or_create(code=section["code"], defaults=section)
    sectors = {sector.slug: sector for sector in sector_model.objects.all()}
    sections = {section.code: section for section in section_model.objects.all()}
    for division in DIVISIONS:
        defaults = {
            "name_nl": division["name_nl"],
            "name_en": division["name_en"],
            "base": division["base"],
            "sector": sectors[division["sector"]],
            "section": sections[division["section"]],
        }
        division_model.objects.update_or_create(code=division["code"], defaults=defaults)
    for position, key_position in enumerate(KEY_POSITIONS):
        key_position_model.objects.update_or_create(
            slug=key_position["slug"], defaults={**key_position, "position": position}
        )
