import pytest

from tests.factories.establishments import EstablishmentFactory


@pytest.fixture
def establishment(company_user):
    """Return an establishment the company_user represents."""
    establishment = EstablishmentFactory(trade_name="Sensortec Twente B.V.", website="https://sensortec.example")
    establishment.representatives.add(company_user)
    return establishment
