"""The BCI cluster of an establishment (monitor report, Bijlage 4): set by an editor, or derived from its SBI code.

The report takes the clusters from Buck Consultants International without listing their SBI codes. The default
follows the clusters' names where an SBI code says it plainly: research and development (72), high-tech
manufacturing (pharmaceuticals, chemicals, electronics and optics, electrical equipment, machinery, vehicles and
medical instruments), engineering and technical testing (71), software, data processing and telecommunications,
and education (85, the university among it). Everything else is "other" until an editor says otherwise.
"""

from django.db import models
from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.expressions import Expression
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _


class BciCluster(models.TextChoices):
    RD = "rd", _("R&D")
    HIGH_TECH_PRODUCTION = "high_tech_production", _("High-tech production")
    TECHNICAL_SERVICES = "technical_services", _("Technical services")
    ICT = "ict", _("ICT")
    RESEARCH_EDUCATION = "research_education", _("Research and education")
    OTHER = "other", _("Other")


# SBI code prefix → cluster; the longest matching prefix wins (3250 medical instruments within 32 "other").
SBI_PREFIXES = {
    "72": BciCluster.RD,
    "20": BciCluster.HIGH_TECH_PRODUCTION,
    "21": BciCluster.HIGH_TECH_PRODUCTION,
    "26": BciCluster.HIGH_TECH_PRODUCTION,
    "27": BciCluster.HIGH_TECH_PRODUCTION,
    "28": BciCluster.HIGH_TECH_PRODUCTION,
    "29": BciCluster.HIGH_TECH_PRODUCTION,
    "30": BciCluster.HIGH_TECH_PRODUCTION,
    "325": BciCluster.HIGH_TECH_PRODUCTION,
    "71": BciCluster.TECHNICAL_SERVICES,
    "582": BciCluster.ICT,
    "61": BciCluster.ICT,
    "62": BciCluster.ICT,
    "631": BciCluster.ICT,
    "85": BciCluster.RESEARCH_EDUCATION,
}
_LONGEST_FIRST = sorted(SBI_PREFIXES, key=len, reverse=True)


def bci_cluster_for_sbi(sbi_code: str) -> str:
    """Return the default BCI cluster of an SBI code."""
    for prefix in _LONGEST_FIRST:
        if sbi_code.startswith(prefix):
            return SBI_PREFIXES[prefix]
    return BciCluster.OTHER


def bci_cluster_expression() -> Expression:
    """Return a database expression for an establishment's cluster: the editor's choice, else the SBI default."""
    derived = Case(
        *[When(Q(sbi_code__startswith=prefix), then=Value(str(SBI_PREFIXES[prefix]))) for prefix in _LONGEST_FIRST],
        default=Value(str(BciCluster.OTHER)),
        output_field=CharField(),
    )
    return Coalesce(NullIf(F("bci_cluster"), Value("")), derived, output_field=CharField())
