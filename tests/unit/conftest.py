"""The unit tier builds no site and starts no browser: here the fixtures that would fail at once instead."""
import pytest

NOT_HERE = "the unit tier builds no site and starts no browser: move this test to tests/site or tests/browser"


@pytest.fixture
def site():
    pytest.fail(NOT_HERE)


@pytest.fixture
def served_site():
    pytest.fail(NOT_HERE)


@pytest.fixture
def offline_site():
    pytest.fail(NOT_HERE)


@pytest.fixture
def browser():
    pytest.fail(NOT_HERE)


@pytest.fixture
def page():
    pytest.fail(NOT_HERE)
