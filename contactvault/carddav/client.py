"""A small CardDAV client (RFC 6352 over WebDAV, RFC 4918): what publishing needs.

List an address book (PROPFIND, Depth 1: href, ETag, last change), read a card (GET),
create one (PUT with ``If-None-Match: *``: never over a card that exists), replace one
(PUT with ``If-Match``: only the version that was read), delete one (DELETE with
``If-Match``), and read what changed since a sync token (REPORT sync-collection,
RFC 6578). Nothing else: no discovery, no collection management.

Every failure is an ``errors.ServerError`` with a sentence for a person: unreachable,
TLS not trusted, 401 wrong password, 403, 404, 412 changed by someone else, 507 full.

- ``requests`` speaks HTTP; ``verify`` is passed on every request, because with
  ``trust_env`` an environment variable (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) replaces a
  ``Session.verify`` of True, and a certificate file given for a server must win.
- Answers are XML from the network: ``defusedxml`` parses them (no entity expansion,
  no external entities or DTDs).
- Passwords and contacts go only over https, except to this computer (loopback).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element

import requests
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from contactvault import errors
from contactvault.i18n import QT_TRANSLATE_NOOP

TIMEOUT = 20.0  # seconds without an answer before a server counts as unreachable
VCARD_TYPE = "text/vcard; charset=utf-8"
DAV = "{DAV:}"
CARDDAV = "{urn:ietf:params:xml:ns:carddav}"

_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<d:propfind xmlns:d="DAV:"><d:prop>'
    "<d:resourcetype/><d:getetag/><d:getlastmodified/><d:getcontenttype/>"
    "</d:prop></d:propfind>"
)
_PROPFIND_BOOK = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:sync-token/>'
    "</d:prop></d:propfind>"
)

REASON_TIMEOUT = QT_TRANSLATE_NOOP("Errors", "no answer in time")
REASON_REFUSED = QT_TRANSLATE_NOOP("Errors", "the connection was refused or the name is "
                                             "unknown")
REASON_NOT_XML = QT_TRANSLATE_NOOP("Errors", "not WebDAV XML")


@dataclass(frozen=True)
class Resource:
    """One card in the address book as the server lists it."""

    href: str  # the path on the server, decoded ("/user/book/name.vcf")
    etag: str  # as the server gives it, quotes included
    last_modified: str = ""  # ISO 8601 UTC, "" when the server does not say

    @property
    def name(self) -> str:
        return self.href.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Card:
    href: str
    etag: str
    text: str


@dataclass(frozen=True)
class Changes:
    """What changed since a sync token: resources changed or added, hrefs deleted."""

    token: str
    changed: tuple[Resource, ...]
    deleted: tuple[str, ...]


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The address book's URL with a trailing slash; https, or http to this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.InvalidArgument(what=url.strip() or "URL", reason=QT_TRANSLATE_NOOP(
            "Errors", "an address book's address starts with https://"))
    if parts.scheme == "http" and not is_loopback(url):
        raise errors.ServerInsecure(url=url.strip())
    text = url.strip()
    return text if text.endswith("/") else text + "/"


class CardDavClient:
    """One address book on one server, with one login."""

    def __init__(self, url: str, user: str, password: str, *,
                 verify: bool | str = True, timeout: float = TIMEOUT) -> None:
        self.url = check_url(url)
        self.user = user
        self.verify = verify
        self.timeout = timeout
        self._path = urlsplit(self.url).path
        self._session = requests.Session()
        self._session.auth = (user, password)
        self._session.headers["User-Agent"] = "contactvault"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> CardDavClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- requests ---------------------------------------------------------------------

    def _send(self, method: str, url: str, *, what: str = "", **kwargs) -> requests.Response:
        try:
            answer = self._session.request(method, url, verify=self.verify,
                                           timeout=self.timeout, allow_redirects=False,
                                           **kwargs)
        except requests.exceptions.SSLError as exc:
            raise errors.ServerNotTrusted(url=self.url, reason=_tls_reason(exc)) from None
        except requests.exceptions.Timeout:
            raise errors.ServerUnreachable(url=self.url, reason=REASON_TIMEOUT) from None
        except requests.exceptions.ConnectionError:
            raise errors.ServerUnreachable(url=self.url, reason=REASON_REFUSED) from None
        except requests.exceptions.RequestException as exc:
            raise errors.ServerUnreachable(url=self.url,
                                           reason=str(exc) or type(exc).__name__) from None
        status = answer.status_code
        if status < 300:
            return answer
        if status == 401:
            raise errors.ServerLoginRefused(url=self.url, user=self.user)
        if status == 403:
            raise errors.ServerForbidden(url=self.url, user=self.user,
                                         what=what or self.url)
        if status == 404 and not what:
            raise errors.ServerNoAddressBook(url=self.url)
        if status == 412:
            raise errors.CardChangedOnServer(url=self.url, what=what or self.url)
        if status == 507:
            raise errors.ServerFull(url=self.url, what=what or self.url)
        raise errors.ServerError(url=self.url, status=status, reason=answer.reason or "")

    def _card_url(self, name: str) -> str:
        return urljoin(self.url, quote(name, safe=""))

    def _href_url(self, href: str) -> str:
        return urljoin(self.url, quote(href, safe="/"))

    def _xml(self, answer: requests.Response) -> Element:
        try:
            return ElementTree.fromstring(answer.content)
        except (ElementTree.ParseError, DefusedXmlException) as exc:
            raise errors.ServerAnswerUnreadable(url=self.url, reason=str(exc)) from None

    # -- reading ----------------------------------------------------------------------

    def check(self) -> str:
        """The address book exists and the login may read it; returns its sync token
        ("" when the server has none)."""
        answer = self._send("PROPFIND", self.url, data=_PROPFIND_BOOK.encode(),
                            headers={"Depth": "0",
                                     "Content-Type": "application/xml; charset=utf-8"})
        root = self._xml(answer)
        props = _ok_props(_responses(root)[0]) if _responses(root) else None
        if props is None:
            raise errors.ServerAnswerUnreadable(url=self.url, reason=REASON_NOT_XML)
        kind = props.find(f"{DAV}resourcetype")
        if kind is None or kind.find(f"{CARDDAV}addressbook") is None:
            raise errors.ServerNoAddressBook(url=self.url)
        return (props.findtext(f"{DAV}sync-token") or "").strip()

    def list(self) -> list[Resource]:
        """Every card in the address book (PROPFIND, Depth 1)."""
        answer = self._send("PROPFIND", self.url, data=_PROPFIND.encode(),
                            headers={"Depth": "1",
                                     "Content-Type": "application/xml; charset=utf-8"})
        found = []
        for response in _responses(self._xml(answer)):
            href = _href(response)
            props = _ok_props(response)
            if href is None or props is None or _same_path(href, self._path):
                continue
            kind = props.find(f"{DAV}resourcetype")
            if kind is not None and kind.find(f"{DAV}collection") is not None:
                continue
            found.append(_resource(href, props))
        found.sort(key=lambda r: r.href)
        return found

    def get(self, href: str) -> Card:
        answer = self._send("GET", self._href_url(href), what=_name(href))
        return Card(href, answer.headers.get("ETag", ""), answer.content.decode("utf-8"))

    def changes_since(self, token: str) -> Changes:
        """REPORT sync-collection (RFC 6578) from ``token``: what was added, changed or
        deleted since the server gave it."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{_escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/><d:getlastmodified/></d:prop></d:sync-collection>")
        answer = self._send("REPORT", self.url, data=body.encode(),
                            headers={"Depth": "0",
                                     "Content-Type": "application/xml; charset=utf-8"})
        root = self._xml(answer)
        changed: list[Resource] = []
        deleted: list[str] = []
        for response in _responses(root):
            href = _href(response)
            if href is None or _same_path(href, self._path):
                continue
            status = response.findtext(f"{DAV}status") or ""
            if " 404 " in f"{status} ":
                deleted.append(href)
                continue
            props = _ok_props(response)
            if props is not None:
                changed.append(_resource(href, props))
        return Changes((root.findtext(f"{DAV}sync-token") or "").strip(),
                       tuple(changed), tuple(deleted))

    # -- writing ----------------------------------------------------------------------

    def create(self, name: str, text: str) -> Resource:
        """A new card named ``name`` (e.g. "<random id>.vcf"); refused (412) if a card of
        that name exists. Returns it with the ETag the server gave."""
        url = self._card_url(name)
        answer = self._send("PUT", url, what=name, data=text.encode("utf-8"),
                            headers={"If-None-Match": "*", "Content-Type": VCARD_TYPE})
        return self._written(url, answer, name)

    def replace(self, href: str, text: str, etag: str) -> Resource:
        """Replace the card at ``href`` only if it still has ``etag`` (else 412)."""
        url = self._href_url(href)
        answer = self._send("PUT", url, what=_name(href), data=text.encode("utf-8"),
                            headers={"If-Match": etag, "Content-Type": VCARD_TYPE})
        return self._written(url, answer, _name(href))

    def delete(self, href: str, etag: str) -> None:
        """Delete the card at ``href`` only if it still has ``etag`` (else 412). A card
        that is gone already counts as deleted."""
        try:
            self._send("DELETE", self._href_url(href), what=_name(href),
                       headers={"If-Match": etag})
        except errors.ServerError as exc:
            if exc.fields.get("status") != 404:
                raise

    def _written(self, url: str, answer: requests.Response, name: str) -> Resource:
        path = unquote(urlsplit(url).path)
        etag = answer.headers.get("ETag", "")
        if etag and not etag.startswith("W/"):
            return Resource(path, etag, _http_time(answer.headers.get("Last-Modified", "")))
        # RFC 6352 lets a server change what it stores and then give no ETag: ask for it
        for found in self._propfind_one(url):
            return found
        raise errors.ServerAnswerUnreadable(url=self.url, reason=name)

    def _propfind_one(self, url: str) -> list[Resource]:
        answer = self._send("PROPFIND", url, what=_name(url), data=_PROPFIND.encode(),
                            headers={"Depth": "0",
                                     "Content-Type": "application/xml; charset=utf-8"})
        found = []
        for response in _responses(self._xml(answer)):
            href, props = _href(response), _ok_props(response)
            if href is not None and props is not None:
                found.append(_resource(href, props))
        return found


# -- reading the XML ------------------------------------------------------------------


def _responses(root: Element) -> list[Element]:
    if root.tag != f"{DAV}multistatus":
        return []
    return root.findall(f"{DAV}response")


def _href(response: Element) -> str | None:
    text = response.findtext(f"{DAV}href")
    if not text:
        return None
    return unquote(urlsplit(text.strip()).path)


def _ok_props(response: Element) -> Element | None:
    for propstat in response.findall(f"{DAV}propstat"):
        status = propstat.findtext(f"{DAV}status") or ""
        if " 200 " in f"{status} ":
            return propstat.find(f"{DAV}prop")
    return None


def _resource(href: str, props: Element) -> Resource:
    return Resource(href, (props.findtext(f"{DAV}getetag") or "").strip(),
                    _http_time((props.findtext(f"{DAV}getlastmodified") or "").strip()))


def _http_time(text: str) -> str:
    if not text:
        return ""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return ""
    if moment.tzinfo is None:
        return ""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _same_path(href: str, path: str) -> bool:
    return href.rstrip("/") == unquote(path).rstrip("/")


def _name(href: str) -> str:
    return unquote(urlsplit(href).path).rstrip("/").rsplit("/", 1)[-1]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tls_reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("certificate verify failed: ", "CERTIFICATE_VERIFY_FAILED"):
        if marker in text:
            detail = text.split(marker, 1)[1].split("(", 1)[0].strip(" ')\"")
            return detail or "certificate verify failed"
    return text.split("(Caused by", 1)[-1].strip(" ()") or type(exc).__name__
