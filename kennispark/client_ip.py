"""The client's address as seen through the configured number of trusted reverse proxies."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """Return the client's address: REMOTE_ADDR, or the N-th X-Forwarded-For entry from the right behind N proxies."""
    remote_addr = str(request.META.get("REMOTE_ADDR", ""))
    proxy_count = int(settings.TRUSTED_PROXY_COUNT)
    if proxy_count <= 0:
        return remote_addr
    # Each trusted proxy appends the address it received the request from; entries further left are written by
    # the client and can be forged, so only the one our outermost proxy appended is believed.
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxy_count:
        return remote_addr
    try:
        return str(ipaddress.ip_address(hops[-proxy_count]))
    except ValueError:
        return remote_addr
