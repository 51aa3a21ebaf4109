"""The address a request really comes from, also behind load balancers and proxies.

Behind a proxy ``REMOTE_ADDR`` is the proxy: counting by it lets one person shut out every
resident of the city. The proxy adds the address it saw to ``X-Forwarded-For``; a client can
write anything in front of that. So the header is read from the right, skipping only the
hops of our own proxies (``VERTROUWDE_PROXIES``, addresses or CIDR networks), and the first
address that is not ours is the person. When the peer itself is no proxy of ours, the header
is the client's own words and is ignored.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

Netwerk = ipaddress.IPv4Network | ipaddress.IPv6Network
Adres = ipaddress.IPv4Address | ipaddress.IPv6Address

# VERTROUWDE_PROXIES as a number (its first form: "how many proxies") means the proxies on
# our own network: the private and loopback ranges.
EIGEN_NETWERK = (
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "127.0.0.0/8",
    "::1/128",
    "fc00::/7",
)


def _adres(tekst: str) -> Adres | None:
    tekst = tekst.strip()
    if tekst.startswith("[") and "]" in tekst:  # [2001:db8::1]:443
        tekst = tekst[1 : tekst.index("]")]
    elif tekst.count(":") == 1:  # 203.0.113.5:51234
        tekst = tekst.split(":")[0]
    try:
        adres = ipaddress.ip_address(tekst)
    except ValueError:
        return None
    if isinstance(adres, ipaddress.IPv6Address) and adres.ipv4_mapped:
        return adres.ipv4_mapped
    return adres


@lru_cache(maxsize=8)
def _netwerken(waarde: tuple[str, ...] | int) -> tuple[Netwerk, ...]:
    if isinstance(waarde, int):
        return _netwerken(EIGEN_NETWERK) if waarde > 0 else ()
    try:
        return tuple(ipaddress.ip_network(n.strip(), strict=False) for n in waarde if n.strip())
    except ValueError as fout:
        raise ImproperlyConfigured(f"VERTROUWDE_PROXIES: {fout}") from None


def vertrouwde_netwerken() -> tuple[Netwerk, ...]:
    waarde = settings.VERTROUWDE_PROXIES
    if isinstance(waarde, str):
        waarde = (waarde,)
    return _netwerken(waarde if isinstance(waarde, int) else tuple(waarde))


def _vertrouwd(adres: Adres, netwerken: tuple[Netwerk, ...]) -> bool:
    return any(adres.version == n.version and adres in n for n in netwerken)


def client_adres(request: HttpRequest) -> Adres | None:
    """The person's address: ``REMOTE_ADDR``, or behind our proxies the last address in
    ``X-Forwarded-For`` that is not one of them. None when nothing usable is known."""
    peer = _adres(request.META.get("REMOTE_ADDR", ""))
    netwerken = vertrouwde_netwerken()
    if peer is None or not netwerken or not _vertrouwd(peer, netwerken):
        return peer
    dichtstbij = peer
    for deel in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        if not deel.strip():
            continue
        adres = _adres(deel)
        if adres is None:
            # Garbage before our proxy's entry: the hop we trust is the best we know.
            return dichtstbij
        if not _vertrouwd(adres, netwerken):
            return adres
        dichtstbij = adres
    return dichtstbij


def client_ip(request: HttpRequest) -> str:
    adres = client_adres(request)
    return str(adres) if adres is not None else ""


def telsleutel(request: HttpRequest) -> str:
    """What a rate limit counts: the address, for IPv6 its /64 (one household or phone gets
    a whole /64 and can pick a new address from it at will)."""
    adres = client_adres(request)
    if adres is None:
        return "onbekend"
    if adres.version == 6:
        return str(ipaddress.ip_network(f"{adres}/64", strict=False))
    return str(adres)
