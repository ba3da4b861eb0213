"""Counting the queries of one request or one service call, for the query budgets."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_of(call: Callable[[], object]) -> tuple[int, object]:
    """Return how many queries the call ran, and what it returned."""
    with CaptureQueriesContext(connection) as context:
        result = call()
    return len(context.captured_queries), result


def get_queries(client, url: str, *, status: int = 200):
    """Return the number of queries of a GET and its response, which must answer `status`."""
    count, response = queries_of(lambda: client.get(url))
    assert response.status_code == status, (url, response.status_code)
    return count, response


def log_in(client, user) -> None:
    """Log the user in and settle the session: the second-factor check stores its answer on the first request."""
    client.force_login(user)
    assert client.get("/").status_code == 200
