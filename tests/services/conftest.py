from datetime import date

import pytest

from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture
def svc_shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", TODAY)
    yield shop
    shop.close()
