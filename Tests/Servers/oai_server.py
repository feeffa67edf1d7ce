#!/usr/bin/env python3
"""Oeuvre OAI-PMH test server (Python 3.11, standard library only).

README
======

A real OAI-PMH 2.0 repository whose records carry LIDO XML, plus a control API
for changing data and injecting faults, plus a few plain HTTP helpers. It is a
test fixture for Oeuvre's harvester; nothing here talks to the outside world.

Start::

    python3 Tests/Servers/oai_server.py --port 0 --records-dir DIR [--generate N]
        [--page-size 100] [--deleted-record persistent|no|transient]
        [--gzip auto|off|force] [--static-dir DIR] [--host 127.0.0.1]
        [--exit-with-parent] [--verbose]

At least one of --records-dir / --generate is required. Once the socket
listens, exactly one line ``LISTENING <port>`` goes to stdout (flushed);
nothing else is ever written to stdout. --verbose logs requests to stderr.
SIGTERM / SIGINT stop the server.

Records
-------
* --records-dir DIR: every ``*.xml`` in DIR (sorted by name) is one record, a
  bare ``<lido:lido>`` document (its XML declaration / prolog is stripped).
  Identifier ``oai:oeuvre.test:<file stem>``.
* --generate N: N records made from
  Tests/Fixtures/datahub-vkc/kmska_257_lido_origin.xml. Record i (0-based) has
  identifier ``oai:oeuvre.test:gen-<i>``; "257" inside lidoRecID,
  objectPublishedID, workID and recordID becomes ``gen-<i>``, and the first
  appellationValue (the title) gets `` <i>`` appended.
* Datestamps: 2024-01-01T00:00:00Z + k minutes for the k-th record loaded
  (directory records first, then generated ones). Every record is in the one
  set ``institution:test``. Order of every list: (datestamp, identifier).

OAI-PMH (``/oai``, GET or POST form-encoded)
--------------------------------------------
Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords,
GetRecord; metadataPrefix ``lido`` only. from/until are inclusive and take
YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (both must use the same granularity).
Identify's earliestDatestamp is the *current* UTC time (a quirk copied from
the Flemish datahub: clients must not trust it). Errors: badVerb, badArgument,
cannotDisseminateFormat, idDoesNotExist, noRecordsMatch, badResumptionToken.
resumptionToken = urlsafe base64 (unpadded) of JSON holding the query, the
cursor (offset) and the (datestamp, identifier) key of the last record sent;
the next page continues *after that key*, so records changed mid-harvest move
to the end of the list instead of shifting the pages (nothing is skipped).
The last page of a multi-page list carries an empty
``<resumptionToken completeListSize=".." cursor=".."/>``; a list that fits in
one page carries none. Deleted records: with ``persistent`` (default) they
stay as ``<header status="deleted">`` (no metadata); with ``no`` they vanish.
Responses: ``text/xml; charset=utf-8`` with Content-Length; gzip
(Content-Encoding: gzip) when the request says ``Accept-Encoding: gzip`` and
the gzip mode is ``auto``; ``off`` never, ``force`` always.

Control API (JSON bodies; answers are JSON)
-------------------------------------------
* ``POST /control/update {"id", "title_suffix"}`` append the suffix to the first
  appellationValue text and set the datestamp to now. 404 for unknown or
  deleted ids (creates nothing); ``title_suffix`` "" or absent only touches the
  datestamp.
* ``POST /control/add {"id", "xml"}`` add (or replace / undelete) a record,
  datestamp now.
* ``POST /control/delete {"id"}`` persistent: mark deleted, datestamp now;
  no: remove.
* ``POST /control/fault {"mode", "count"=1, "verb"?, "after_requests"=0, ...}``
  the next ``count`` OAI requests (only those with ``verb`` if given, after
  letting ``after_requests`` matching ones through) get the fault. Modes:
  ``503`` / ``429`` (Retry-After: 1, or ``"retry_after"``), ``reset`` (full
  Content-Length, half the body, then a TCP RST; ``"style": "fin"`` closes
  with FIN instead), ``stall`` (sleep 30 s, or ``"seconds"``, then answer
  normally; other requests are not blocked), ``html200`` (200 text/html error
  page), ``truncated`` (200, body cut in the middle of a record, Content-Length
  of the cut body), ``badResumptionToken`` (only requests that carry a
  resumptionToken match), ``invalid_bytes_record`` (bytes ``FF FE C3 28``
  inside the title text of one record: the WHOLE PAGE is then not well-formed
  XML and cannot be parsed), ``malformed_record`` (page well-formed, but one
  record's metadata is ``<lido:lido><garbage/></lido:lido>``; the unprefixed
  ``garbage`` element falls into the OAI default namespace). The two
  ``*_record`` modes match only ListRecords/GetRecord requests and hit the
  first record with metadata on the page (``"record_index"`` picks another,
  negative counts from the end). Faults are checked in the order they were
  added; the first one that matches is served.
* ``POST /control/poison {"id": "<oai identifier>"}`` a standing fault (not
  counted down, until cleared): from now on EVERY ListRecords / GetRecord
  response that contains that record (with metadata; a deleted record's bare
  header is not affected) is broken the way ``invalid_bytes_record`` breaks a
  page (bytes ``FF FE C3 28`` inside that record's title text, so the whole
  page is not well-formed XML), on every request, for as long as it is set.
  Pages without the record are unaffected, so a harvester can only get past it
  by narrowing the from/until window around the record's datestamp. Models a
  repository whose serializer chokes on one record. ``{"id": null}`` clears
  it; so does /control/reset. The id need not exist yet (answer ``"known"``
  says whether it does); it follows the record when its datestamp changes.
  Only one record at a time; a new id replaces the old one. When a counted
  fault is served on the same request, ``malformed_record`` is applied first
  and then the poison; the other faults are served as they are.
* ``POST /control/gzip {"mode": "auto"|"off"|"force"}``.
* ``GET /control/stats`` ``{"requests", "oai_requests", "by_verb",
  "faults_served", "records", "poison", "poison_served", ...}``; ``requests``
  counts every HTTP request except /control/*; ``records`` counts live
  (non-deleted) records; ``poison`` is the poisoned id or null,
  ``poison_served`` how many responses it broke.
* ``POST /control/reset`` clear faults, the poison and counters, gzip mode
  back to the start-up one; data is kept.

Other endpoints
---------------
* ``/static/<path>`` (with --static-dir): ETag (sha256 of content) and
  Last-Modified; 304 on If-None-Match / If-Modified-Since; 404 missing; 403 for
  ``..`` traversal. Files are re-read on each request.
* ``/redirect/<n>`` 302 to /redirect/<n-1> ... /redirect/0 answers 200 "ok".
* ``/slow/<seconds>`` sleeps, then 200 "slow".
* ``/big/<bytes>`` that many 'a' bytes with Content-Length.
* ``/gzip-text`` always gzip-encoded body ``"hello gzip " * 1000``.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import bisect
import calendar
import datetime
import email.utils
import gzip
import hashlib
import json
import os
import re
import signal
import socket
import struct
import sys
import threading
import time
import traceback
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE_PATH = os.path.normpath(
    os.path.join(HERE, "..", "Fixtures", "datahub-vkc", "kmska_257_lido_origin.xml"))

ID_PREFIX = "oai:oeuvre.test:"
SET_SPEC = "institution:test"
SET_NAME = "Test institution"
BASE_EPOCH = calendar.timegm((2024, 1, 1, 0, 0, 0))
LIDO_SCHEMA = "http://www.lido-schema.org/schema/v1.0/lido-v1.0.xsd"
LIDO_NS = "http://www.lido-schema.org"
VERBS = ("Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers",
         "ListRecords", "GetRecord")
FAULT_MODES = ("503", "429", "reset", "stall", "html200", "truncated",
               "badResumptionToken", "invalid_bytes_record", "malformed_record")
RECORD_FAULTS = ("invalid_bytes_record", "malformed_record")
INVALID_BYTES = b"\xff\xfe\xc3\x28"
MALFORMED_LIDO = ('<lido:lido xmlns:lido="http://www.lido-schema.org">'
                  '<garbage/></lido:lido>')

OAI_OPEN = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ '
            'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n')
OAI_CLOSE = '</OAI-PMH>\n'

PROLOG_RE = re.compile(r"<(?![?!])")
APPV_RE = re.compile(
    r"<((?:[\w.-]+:)?appellationValue)\b[^>]*?(?<!/)>(.*?)</\1\s*>", re.S)
ID_ELEMENTS_RE = re.compile(
    r"(<lido:(lidoRecID|objectPublishedID|workID|recordID)\b[^>]*>)([^<]*)(</lido:\2>)")
DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SECONDS_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z")

VERBOSE = False


def log(msg: str) -> None:
    if VERBOSE:
        sys.stderr.write(msg + "\n")
        sys.stderr.flush()


def fmt_ts(ts: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def now_ts() -> int:
    return int(time.time())


def strip_prolog(xml: str) -> str:
    """Drop BOM, XML declaration, comments/PIs/doctype before the root."""
    m = PROLOG_RE.search(xml)
    return (xml[m.start():] if m else xml).strip()


def parse_oai_date(value: str, is_until: bool):
    """Return (timestamp, granularity) or None if invalid."""
    try:
        m = SECONDS_RE.fullmatch(value)
        if m:
            dt = datetime.datetime(*map(int, m.groups()), tzinfo=datetime.timezone.utc)
            return int(dt.timestamp()), "seconds"
        m = DAY_RE.fullmatch(value)
        if m:
            dt = datetime.datetime(*map(int, m.groups()), tzinfo=datetime.timezone.utc)
            ts = int(dt.timestamp())
            return (ts + 86399 if is_until else ts), "day"
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------
# Record store

class Record:
    __slots__ = ("ident", "ds", "xml", "deleted", "head")

    def __init__(self, ident: str, ds: int, xml: str, deleted: bool = False):
        self.ident = ident
        self.ds = ds
        self.xml = xml
        self.deleted = deleted
        self.head = ""
        self.refresh_head()

    def refresh_head(self) -> None:
        status = ' status="deleted"' if self.deleted else ""
        self.head = (f"<header{status}><identifier>{escape(self.ident)}</identifier>"
                     f"<datestamp>{fmt_ts(self.ds)}</datestamp>"
                     f"<setSpec>{SET_SPEC}</setSpec></header>")

    @property
    def key(self):
        return (self.ds, self.ident)


class Store:
    def __init__(self, deleted_mode: str):
        self.deleted_mode = deleted_mode
        self.lock = threading.Lock()
        self.by_id: dict[str, Record] = {}
        self.keys: list[tuple[int, str]] = []   # sorted (datestamp, identifier)
        self.recs: list[Record] = []            # parallel to keys

    @property
    def persistent(self) -> bool:
        return self.deleted_mode != "no"

    def bulk_load(self, records: list[Record]) -> None:
        with self.lock:
            for r in records:
                self.by_id[r.ident] = r
            allrecs = sorted(self.by_id.values(), key=lambda r: (r.ds, r.ident))
            self.recs = allrecs
            self.keys = [(r.ds, r.ident) for r in allrecs]

    # callers hold the lock
    def _unlink(self, rec: Record) -> None:
        i = bisect.bisect_left(self.keys, rec.key)
        assert self.recs[i] is rec
        del self.keys[i]
        del self.recs[i]

    def _link(self, rec: Record) -> None:
        k = rec.key
        i = bisect.bisect_right(self.keys, k)
        self.keys.insert(i, k)
        self.recs.insert(i, rec)

    def get(self, ident: str):
        with self.lock:
            r = self.by_id.get(ident)
            if r is None:
                return None
            return (r.ident, r.ds, r.xml, r.deleted, r.head)

    def update(self, ident: str, suffix: str):
        with self.lock:
            r = self.by_id.get(ident)
            if r is None or r.deleted:
                return None, "no such record"
            xml = r.xml
            if suffix:
                m = APPV_RE.search(xml)
                if not m:
                    return None, "record has no appellationValue"
                xml = xml[:m.end(2)] + escape(suffix) + xml[m.end(2):]
            self._unlink(r)
            r.xml = xml
            r.ds = now_ts()
            r.refresh_head()
            self._link(r)
            return r.ds, None

    def add(self, ident: str, xml: str):
        with self.lock:
            r = self.by_id.get(ident)
            created = r is None
            if r is not None:
                self._unlink(r)
            r = Record(ident, now_ts(), xml)
            self.by_id[ident] = r
            self._link(r)
            return r.ds, created

    def delete(self, ident: str):
        """Return (found, changed, datestamp)."""
        with self.lock:
            r = self.by_id.get(ident)
            if r is None:
                return False, False, None
            if r.deleted:
                return True, False, r.ds
            self._unlink(r)
            if self.persistent:
                r.deleted = True
                r.ds = now_ts()
                r.refresh_head()
                self._link(r)
                return True, True, r.ds
            del self.by_id[ident]
            return True, True, None

    def counts(self):
        with self.lock:
            deleted = sum(1 for r in self.recs if r.deleted) if self.persistent else 0
            return len(self.recs) - deleted, deleted

    def query(self, from_ts, until_ts, after_key, limit):
        """Return (complete_list_size, [(head, xml, deleted)], remaining)."""
        with self.lock:
            keys = self.keys
            lo = bisect.bisect_left(keys, (from_ts, "")) if from_ts is not None else 0
            hi = (bisect.bisect_left(keys, (until_ts + 1, ""))
                  if until_ts is not None else len(keys))
            total = max(0, hi - lo)
            start = lo
            if after_key is not None:
                start = max(lo, bisect.bisect_right(keys, after_key))
            end = min(hi, start + limit)
            page = [(r.head, r.xml, r.deleted, r.key) for r in self.recs[start:end]]
            remaining = max(0, hi - end)
            return total, page, remaining


def load_records_dir(path: str, start_index: int) -> list[Record]:
    names = sorted(n for n in os.listdir(path) if n.endswith(".xml")
                   and os.path.isfile(os.path.join(path, n)))
    out = []
    for k, name in enumerate(names):
        with open(os.path.join(path, name), "rb") as fh:
            xml = strip_prolog(fh.read().decode("utf-8-sig"))
        out.append(Record(ID_PREFIX + name[:-4], BASE_EPOCH + 60 * (start_index + k), xml))
    return out


GEN_SLOT_ID = "\x00GID\x00"
GEN_SLOT_N = "\x00N\x00"


def build_template(path: str) -> list[str]:
    """Split the template once into literal pieces and slots (GEN_SLOT_*)."""
    with open(path, "rb") as fh:
        s = strip_prolog(fh.read().decode("utf-8-sig"))
    s = ID_ELEMENTS_RE.sub(
        lambda m: m.group(1) + m.group(3).replace("257", GEN_SLOT_ID) + m.group(4), s)
    m = APPV_RE.search(s)
    if not m:
        raise SystemExit("template has no appellationValue")
    s = s[:m.end(2)] + " " + GEN_SLOT_N + s[m.end(2):]
    return re.split("(\x00GID\x00|\x00N\x00)", s)


def generate_records(n: int, start_index: int) -> list[Record]:
    pieces = build_template(TEMPLATE_PATH)
    id_slots = [k for k, p in enumerate(pieces) if p == GEN_SLOT_ID]
    n_slots = [k for k, p in enumerate(pieces) if p == GEN_SLOT_N]
    base = BASE_EPOCH + 60 * start_index
    out = []
    append = out.append
    join = "".join
    work = list(pieces)
    for i in range(n):
        gid = f"gen-{i}"
        num = str(i)
        for k in id_slots:
            work[k] = gid
        for k in n_slots:
            work[k] = num
        append(Record(ID_PREFIX + gid, base + 60 * i, join(work)))
    return out


# --------------------------------------------------------------------------
# Faults and stats

class Fault:
    def __init__(self, spec: dict):
        self.mode = str(spec["mode"])
        self.count = int(spec.get("count", 1))
        self.verb = spec.get("verb")
        self.skip = int(spec.get("after_requests", 0) or 0)
        self.seconds = float(spec.get("seconds", 30))
        self.record_index = int(spec.get("record_index", 0))
        self.retry_after = str(spec.get("retry_after", "1"))
        self.style = str(spec.get("style", "rst"))

    def matches(self, verb, has_token) -> bool:
        if self.verb is not None and self.verb != verb:
            return False
        if self.mode == "badResumptionToken" and not has_token:
            return False
        if self.mode in RECORD_FAULTS and verb not in ("ListRecords", "GetRecord"):
            return False
        return True

    def describe(self) -> dict:
        return {"mode": self.mode, "count": self.count, "verb": self.verb,
                "after_requests": self.skip}


class Control:
    def __init__(self, gzip_mode: str):
        self.lock = threading.Lock()
        self.default_gzip = gzip_mode
        self.gzip_mode = gzip_mode
        self.faults: list[Fault] = []
        self.poison: str | None = None
        self.reset_counters()

    def reset_counters(self):
        self.requests = 0
        self.oai_requests = 0
        self.by_verb: dict[str, int] = {}
        self.faults_served = 0
        self.poison_served = 0

    def take_fault(self, verb, has_token):
        with self.lock:
            chosen = None
            for f in self.faults:
                if not f.matches(verb, has_token):
                    continue
                if f.skip > 0:
                    f.skip -= 1
                    continue
                if chosen is None:
                    chosen = f
            if chosen is not None:
                chosen.count -= 1
                self.faults_served += 1
                if chosen.count <= 0:
                    self.faults.remove(chosen)
            return chosen


# --------------------------------------------------------------------------
# OAI-PMH response building

class OaiResult:
    """Body = head + records (each prefix + metadata + suffix) + tail."""
    __slots__ = ("head", "records", "tail")

    def __init__(self, head: str, records=None, tail: str = ""):
        self.head = head
        self.records = records or []   # list of [prefix, metadata or None, suffix]
        self.tail = tail

    def to_str(self) -> str:
        parts = [self.head]
        for p, m, s in self.records:
            parts.append(p)
            if m is not None:
                parts.append(m)
            parts.append(s)
        parts.append(self.tail)
        return "".join(parts)


def encode_token(d: dict) -> str:
    raw = json.dumps(d, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_token(tok: str):
    try:
        raw = base64.urlsafe_b64decode(tok + "=" * (-len(tok) % 4))
        d = json.loads(raw.decode("utf-8"))
        if not isinstance(d, dict) or d.get("t") != "oeuvre1":
            return None
        if not isinstance(d.get("o"), int) or d["o"] < 0:
            return None
        k = d.get("k")
        if not (isinstance(k, list) and len(k) == 2 and isinstance(k[0], int)
                and isinstance(k[1], str)):
            return None
        return d
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


class OaiRepository:
    REQUIRED = {
        "Identify": (set(), set()),
        "ListMetadataFormats": (set(), {"identifier"}),
        "ListSets": (set(), {"resumptionToken"}),
        "GetRecord": ({"identifier", "metadataPrefix"}, set()),
        "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
        "ListRecords": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    }

    def __init__(self, store: Store, control: Control, page_size: int):
        self.store = store
        self.control = control
        self.page_size = page_size

    @staticmethod
    def _head(base_url: str, args: dict | None) -> str:
        attrs = ""
        if args:
            attrs = "".join(f" {k}={quoteattr(v)}" for k, v in args.items())
        return (OAI_OPEN + f"<responseDate>{fmt_ts(now_ts())}</responseDate>\n"
                f"<request{attrs}>{escape(base_url)}</request>\n")

    def error(self, base_url, args, code, message) -> OaiResult:
        if code in ("badVerb", "badArgument"):
            args = None
        return OaiResult(self._head(base_url, args)
                         + f'<error code="{code}">{escape(message)}</error>\n' + OAI_CLOSE)

    def respond(self, pairs: list[tuple[str, str]], base_url: str) -> OaiResult:
        verbs = [v for k, v in pairs if k == "verb"]
        if len(verbs) != 1:
            return self.error(base_url, None, "badVerb",
                              "verb missing" if not verbs else "verb repeated")
        verb = verbs[0]
        if verb not in self.REQUIRED:
            return self.error(base_url, None, "badVerb", f"illegal verb {verb!r}")
        args: dict[str, str] = {}
        for k, v in pairs:
            if k == "verb":
                continue
            if k in args:
                return self.error(base_url, None, "badArgument", f"repeated argument {k}")
            args[k] = v
        required, optional = self.REQUIRED[verb]
        unknown = set(args) - required - optional
        if unknown:
            return self.error(base_url, None, "badArgument",
                              "illegal argument(s): " + ", ".join(sorted(unknown)))
        echo = {"verb": verb, **args}
        if "resumptionToken" in args:
            if len(args) != 1:
                return self.error(base_url, None, "badArgument",
                                  "resumptionToken is an exclusive argument")
        else:
            missing = required - set(args)
            if missing:
                return self.error(base_url, None, "badArgument",
                                  "missing argument(s): " + ", ".join(sorted(missing)))
        return getattr(self, "verb_" + verb)(base_url, echo, args)

    # --- verbs
    def verb_Identify(self, base_url, echo, args):
        deleted = self.store.deleted_mode
        compression = ("<compression>gzip</compression>\n"
                       if self.control.gzip_mode != "off" else "")
        body = (
            "<Identify>\n"
            "<repositoryName>Oeuvre test repository</repositoryName>\n"
            f"<baseURL>{escape(base_url)}</baseURL>\n"
            "<protocolVersion>2.0</protocolVersion>\n"
            "<adminEmail>admin@oeuvre.test</adminEmail>\n"
            f"<earliestDatestamp>{fmt_ts(now_ts())}</earliestDatestamp>\n"
            f"<deletedRecord>{deleted}</deletedRecord>\n"
            "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>\n"
            f"{compression}"
            "<description><oai-identifier "
            'xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" '
            'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier '
            'http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">'
            "<scheme>oai</scheme><repositoryIdentifier>oeuvre.test</repositoryIdentifier>"
            "<delimiter>:</delimiter><sampleIdentifier>oai:oeuvre.test:gen-0</sampleIdentifier>"
            "</oai-identifier></description>\n"
            "</Identify>\n")
        return OaiResult(self._head(base_url, echo) + body + OAI_CLOSE)

    def verb_ListMetadataFormats(self, base_url, echo, args):
        ident = args.get("identifier")
        if ident is not None and self.store.get(ident) is None:
            return self.error(base_url, echo, "idDoesNotExist", f"no record {ident}")
        body = ("<ListMetadataFormats>\n<metadataFormat>"
                "<metadataPrefix>lido</metadataPrefix>"
                f"<schema>{LIDO_SCHEMA}</schema>"
                f"<metadataNamespace>{LIDO_NS}</metadataNamespace>"
                "</metadataFormat>\n</ListMetadataFormats>\n")
        return OaiResult(self._head(base_url, echo) + body + OAI_CLOSE)

    def verb_ListSets(self, base_url, echo, args):
        if "resumptionToken" in args:
            return self.error(base_url, echo, "badResumptionToken",
                              "ListSets is never paged")
        body = (f"<ListSets>\n<set><setSpec>{SET_SPEC}</setSpec>"
                f"<setName>{SET_NAME}</setName></set>\n</ListSets>\n")
        return OaiResult(self._head(base_url, echo) + body + OAI_CLOSE)

    def verb_GetRecord(self, base_url, echo, args):
        if args["metadataPrefix"] != "lido":
            return self.error(base_url, echo, "cannotDisseminateFormat",
                              f"unsupported metadataPrefix {args['metadataPrefix']!r}")
        got = self.store.get(args["identifier"])
        if got is None:
            return self.error(base_url, echo, "idDoesNotExist",
                              f"no record {args['identifier']}")
        _, _, xml, deleted, head = got
        rec = (["<record>" + head, None, "</record>\n"] if deleted else
               ["<record>" + head + "<metadata>", xml, "</metadata></record>\n"])
        return OaiResult(self._head(base_url, echo) + "<GetRecord>\n", [rec],
                         "</GetRecord>\n" + OAI_CLOSE)

    def verb_ListIdentifiers(self, base_url, echo, args):
        return self._list(base_url, echo, args, "ListIdentifiers")

    def verb_ListRecords(self, base_url, echo, args):
        return self._list(base_url, echo, args, "ListRecords")

    def _list(self, base_url, echo, args, verb):
        after_key = None
        cursor = 0
        if "resumptionToken" in args:
            tok = decode_token(args["resumptionToken"])
            if tok is None or tok.get("v") != verb:
                return self.error(base_url, echo, "badResumptionToken",
                                  "invalid or expired resumptionToken")
            q = {k: tok[s] for k, s in (("metadataPrefix", "m"), ("from", "f"),
                                        ("until", "u"), ("set", "s")) if tok.get(s) is not None}
            after_key = (tok["k"][0], tok["k"][1])
            cursor = tok["o"]
        else:
            q = args
        prefix = q.get("metadataPrefix")
        from_ts = until_ts = None
        gran = set()
        if "from" in q:
            p = parse_oai_date(q["from"], False)
            if p is None:
                return self.error(base_url, None, "badArgument", f"bad from {q['from']!r}")
            from_ts, g = p
            gran.add(g)
        if "until" in q:
            p = parse_oai_date(q["until"], True)
            if p is None:
                return self.error(base_url, None, "badArgument", f"bad until {q['until']!r}")
            until_ts, g = p
            gran.add(g)
        if len(gran) > 1:
            return self.error(base_url, None, "badArgument",
                              "from and until have different granularities")
        if prefix != "lido":
            return self.error(base_url, echo, "cannotDisseminateFormat",
                              f"unsupported metadataPrefix {prefix!r}")
        set_spec = q.get("set")
        if set_spec is not None and set_spec != SET_SPEC:
            return self.error(base_url, echo, "noRecordsMatch", f"no records in set {set_spec}")
        if from_ts is not None and until_ts is not None and from_ts > until_ts:
            return self.error(base_url, echo, "noRecordsMatch", "from is later than until")

        total, page, remaining = self.store.query(from_ts, until_ts, after_key, self.page_size)
        if not page and after_key is None:
            return self.error(base_url, echo, "noRecordsMatch",
                              "the query matches no records")
        records = []
        if verb == "ListRecords":
            for head, xml, deleted, _ in page:
                if deleted:
                    records.append(["<record>" + head, None, "</record>\n"])
                else:
                    records.append(["<record>" + head + "<metadata>", xml,
                                    "</metadata></record>\n"])
        else:
            for head, _, _, _ in page:
                records.append([head, None, "\n"])
        if remaining > 0:
            last = page[-1][3]
            tok = {"t": "oeuvre1", "v": verb, "m": prefix, "f": q.get("from"),
                   "u": q.get("until"), "s": set_spec, "o": cursor + len(page),
                   "k": [last[0], last[1]]}
            rt = (f'<resumptionToken completeListSize="{total}" cursor="{cursor}">'
                  f"{encode_token(tok)}</resumptionToken>\n")
        elif after_key is not None:
            rt = f'<resumptionToken completeListSize="{total}" cursor="{cursor}"/>\n'
        else:
            rt = ""
        return OaiResult(self._head(base_url, echo) + f"<{verb}>\n", records,
                         rt + f"</{verb}>\n" + OAI_CLOSE)


# --------------------------------------------------------------------------
# HTTP layer

STATIC_TYPES = {
    ".json": "application/json", ".jsonld": "application/ld+json",
    ".xml": "text/xml; charset=utf-8", ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=utf-8",
    ".ttl": "text/turtle", ".nt": "application/n-triples",
    ".yaml": "application/yaml", ".yml": "application/yaml",
}
GZIP_TEXT = gzip.compress(b"hello gzip " * 1000, mtime=0)
HTML_503 = (b"<html><head><title>503 Service Unavailable</title></head><body>"
            b"<h1>Service Unavailable</h1><p>Try again later.</p></body></html>\n")
HTML_429 = (b"<html><head><title>429 Too Many Requests</title></head><body>"
            b"<h1>Too Many Requests</h1><p>Slow down.</p></body></html>\n")
HTML_200 = (b"<html><head><title>Error</title></head><body>"
            b"<h1>Service temporarily unavailable</h1>"
            b"<p>The repository is under maintenance. Please try again later.</p>"
            b"</body></html>\n")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, addr, store, control, repo, static_dir):
        super().__init__(addr, Handler)
        self.store = store
        self.control = control
        self.repo = repo
        self.static_dir = os.path.realpath(static_dir) if static_dir else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "OeuvreTestOAI/1.0"

    def version_string(self):
        return self.server_version
    server: Server

    def setup(self):
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def finish(self):
        try:
            super().finish()
        except (OSError, ValueError):
            pass

    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        log("%s - %s" % (self.address_string(), format % args))

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def do_HEAD(self):
        self._dispatch()

    # --- helpers
    def _send(self, status, body: bytes, ctype, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _json(self, status, obj):
        self._send(status, (json.dumps(obj, sort_keys=True) + "\n").encode("utf-8"),
                   "application/json")

    def _text(self, status, text, headers=()):
        self._send(status, text.encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _read_body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def _base(self) -> str:
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_address[1]
        return "http://" + host

    def _dispatch(self):
        try:
            url = urllib.parse.urlsplit(self.path)
            path = url.path
            body = self._read_body() if self.command == "POST" else b""
            if path.startswith("/control/"):
                self._control(path[len("/control/"):], body)
                return
            with self.server.control.lock:
                self.server.control.requests += 1
            if path == "/oai":
                self._oai(url.query, body)
            elif path.startswith("/static/"):
                self._static(path[len("/static/"):])
            elif path.startswith("/redirect/"):
                self._redirect(path[len("/redirect/"):])
            elif path.startswith("/slow/"):
                try:
                    secs = min(float(path[len("/slow/"):]), 600.0)
                except ValueError:
                    return self._text(400, "bad seconds\n")
                time.sleep(max(0.0, secs))
                self._text(200, "slow")
            elif path.startswith("/big/"):
                self._big(path[len("/big/"):])
            elif path == "/gzip-text":
                self._send(200, GZIP_TEXT, "text/plain; charset=utf-8",
                           [("Content-Encoding", "gzip")])
            else:
                self._text(404, "not found\n")
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        except Exception:  # pragma: no cover - debugging aid
            sys.stderr.write(traceback.format_exc())
            self.close_connection = True
            try:
                self._text(500, "internal error\n")
            except OSError:
                pass

    # --- OAI
    def _wants_gzip(self) -> bool:
        mode = self.server.control.gzip_mode
        if mode == "off":
            return False
        if mode == "force":
            return True
        for item in (self.headers.get("Accept-Encoding") or "").split(","):
            parts = [p.strip() for p in item.split(";")]
            if parts[0].lower() in ("gzip", "x-gzip", "*"):
                q = 1.0
                for p in parts[1:]:
                    if p.lower().startswith("q="):
                        try:
                            q = float(p[2:])
                        except ValueError:
                            q = 0.0
                if q > 0:
                    return True
        return False

    def _oai(self, query: str, body: bytes):
        pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
        if self.command == "POST" and body:
            pairs += urllib.parse.parse_qsl(body.decode("utf-8", "replace"),
                                            keep_blank_values=True)
        verbs = [v for k, v in pairs if k == "verb"]
        verb = verbs[0] if verbs else ""
        has_token = any(k == "resumptionToken" for k, _ in pairs)
        ctl = self.server.control
        with ctl.lock:
            ctl.oai_requests += 1
            key = verb or "(none)"
            ctl.by_verb[key] = ctl.by_verb.get(key, 0) + 1
        fault = ctl.take_fault(verb, has_token)
        mode = fault.mode if fault else None
        if mode:
            log(f"fault {mode} on {self.path}")
        if mode == "503":
            return self._send(503, HTML_503, "text/html; charset=utf-8",
                              [("Retry-After", fault.retry_after)])
        if mode == "429":
            return self._send(429, HTML_429, "text/html; charset=utf-8",
                              [("Retry-After", fault.retry_after)])
        if mode == "html200":
            return self._send(200, HTML_200, "text/html; charset=utf-8")
        if mode == "stall":
            time.sleep(max(0.0, fault.seconds))

        base_url = self._base() + "/oai"
        repo = self.server.repo
        if mode == "badResumptionToken":
            echo = {"verb": verb} if verb else None
            if echo is not None:
                echo["resumptionToken"] = dict(pairs).get("resumptionToken", "")
            result = repo.error(base_url, echo, "badResumptionToken",
                                "the resumptionToken has expired")
        else:
            result = repo.respond(pairs, base_url)

        poisoned = None
        if verb in ("ListRecords", "GetRecord") and mode != "badResumptionToken":
            poisoned = self._poison_target(result)
        if mode in RECORD_FAULTS or mode == "truncated":
            payload = self._apply_content_fault(result, fault, poisoned)
        elif poisoned is not None:
            payload = self._invalid_bytes_at(result, poisoned)
        else:
            payload = result.to_str().encode("utf-8")
        if poisoned is not None:
            log(f"poison {ctl.poison} on {self.path}")
            with ctl.lock:
                ctl.poison_served += 1

        headers = [("Vary", "Accept-Encoding")]
        if self._wants_gzip():
            payload = gzip.compress(payload, compresslevel=1, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        if mode == "reset":
            return self._reset(payload, headers, fault.style)
        self._send(200, payload, "text/xml; charset=utf-8", headers)

    @staticmethod
    def _target(result: OaiResult, fault: Fault):
        candidates = [i for i, r in enumerate(result.records) if r[1] is not None]
        if not candidates:
            return None
        idx = fault.record_index
        if idx < -len(candidates) or idx >= len(candidates):
            idx = 0 if idx >= 0 else -1
        return candidates[idx]

    def _poison_target(self, result: OaiResult):
        """Index of the poisoned record (with metadata) in result, or None."""
        ctl = self.server.control
        with ctl.lock:
            ident = ctl.poison
        if ident is None:
            return None
        needle = "<identifier>" + escape(ident) + "</identifier>"
        for i, r in enumerate(result.records):
            if r[1] is not None and needle in r[0]:
                return i
        return None

    @staticmethod
    def _invalid_bytes_at(result: OaiResult, t: int) -> bytes:
        """The page with INVALID_BYTES inside the title text of record t."""
        rec = result.records[t]
        xml = rec[1]
        m = APPV_RE.search(xml)
        if m:
            pos = m.start(2)
        else:
            gt = xml.find(">")
            pos = gt + 1 if gt >= 0 else 0
        before = result.head + "".join(
            "".join(x for x in r if x is not None) for r in result.records[:t])
        after = "".join(
            "".join(x for x in r if x is not None) for r in result.records[t + 1:])
        return b"".join([
            (before + rec[0] + xml[:pos]).encode("utf-8"), INVALID_BYTES,
            (xml[pos:] + rec[2] + after + result.tail).encode("utf-8")])

    def _apply_content_fault(self, result: OaiResult, fault: Fault,
                             poisoned=None) -> bytes:
        mode = fault.mode
        if mode == "malformed_record":
            t = self._target(result, fault)
            if t is not None:
                result.records[t][1] = MALFORMED_LIDO
            if poisoned is not None:
                return self._invalid_bytes_at(result, poisoned)
            return result.to_str().encode("utf-8")
        if mode == "invalid_bytes_record":
            t = self._target(result, fault)
            if t is None:
                return result.to_str().encode("utf-8")
            return self._invalid_bytes_at(result, t)
        # truncated: cut in the middle of the middle record (or of the body)
        data = result.to_str().encode("utf-8")
        if result.records:
            t = len(result.records) // 2
            start = len(result.head.encode("utf-8")) + sum(
                len("".join(x for x in r if x is not None).encode("utf-8"))
                for r in result.records[:t])
            rec_len = len("".join(x for x in result.records[t]
                                  if x is not None).encode("utf-8"))
            return data[:start + max(1, rec_len // 2)]
        return data[:max(1, len(data) // 2)]

    def _reset(self, payload: bytes, headers, style: str):
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(payload[:len(payload) // 2])
        sock = self.connection
        try:
            if style == "fin":
                sock.shutdown(socket.SHUT_RDWR)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()
            sock.close()
        except OSError:
            pass

    # --- control
    def _control(self, name: str, body: bytes):
        ctl = self.server.control
        store = self.server.store
        if name == "stats" and self.command in ("GET", "HEAD"):
            live, deleted = store.counts()
            with ctl.lock:
                stats = {"requests": ctl.requests, "oai_requests": ctl.oai_requests,
                         "by_verb": dict(ctl.by_verb), "faults_served": ctl.faults_served,
                         "records": live, "deleted": deleted,
                         "faults_pending": [f.describe() for f in ctl.faults],
                         "poison": ctl.poison, "poison_served": ctl.poison_served,
                         "gzip": ctl.gzip_mode, "page_size": self.server.repo.page_size,
                         "deleted_record": store.deleted_mode}
            return self._json(200, stats)
        if self.command != "POST":
            return self._json(405, {"error": "use POST"})
        try:
            req = json.loads(body.decode("utf-8")) if body.strip() else {}
            if not isinstance(req, dict):
                raise ValueError("body must be a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            return self._json(400, {"error": f"bad JSON: {exc}"})

        if name == "reset":
            with ctl.lock:
                ctl.faults.clear()
                ctl.poison = None
                ctl.reset_counters()
                ctl.gzip_mode = ctl.default_gzip
            return self._json(200, {"ok": True})
        if name == "gzip":
            mode = req.get("mode")
            aliases = {"on": "force", "always": "force", "never": "off"}
            mode = aliases.get(mode, mode)
            if mode not in ("auto", "off", "force"):
                return self._json(400, {"error": "mode must be auto, off or force"})
            with ctl.lock:
                ctl.gzip_mode = mode
            return self._json(200, {"ok": True, "gzip": mode})
        if name == "fault":
            mode = str(req.get("mode"))
            if mode not in FAULT_MODES:
                return self._json(400, {"error": f"mode must be one of {list(FAULT_MODES)}"})
            try:
                fault = Fault(req)
            except (TypeError, ValueError) as exc:
                return self._json(400, {"error": str(exc)})
            if fault.count < 1 or fault.skip < 0:
                return self._json(400, {"error": "count >= 1 and after_requests >= 0"})
            if fault.verb is not None and fault.verb not in VERBS:
                return self._json(400, {"error": f"verb must be one of {list(VERBS)}"})
            with ctl.lock:
                ctl.faults.append(fault)
                pending = [f.describe() for f in ctl.faults]
            return self._json(200, {"ok": True, "pending": pending})

        if name == "poison":
            if "id" not in req:
                return self._json(400, {"error": "id (string, or null to clear) required"})
            ident = req.get("id")
            if ident is not None and (not isinstance(ident, str) or not ident):
                return self._json(400, {"error": "id must be a non-empty string or null"})
            with ctl.lock:
                ctl.poison = ident
            known = ident is not None and store.get(ident) is not None
            return self._json(200, {"ok": True, "poison": ident, "known": known})

        ident = req.get("id")
        if not isinstance(ident, str) or not ident:
            return self._json(400, {"error": "id (string) required"})
        if name == "update":
            suffix = req.get("title_suffix") or ""
            ds, err = store.update(ident, str(suffix))
            if ds is None:
                return self._json(404 if err == "no such record" else 422, {"error": err})
            return self._json(200, {"ok": True, "id": ident, "datestamp": fmt_ts(ds)})
        if name == "add":
            xml = req.get("xml")
            if not isinstance(xml, str) or not xml.strip():
                return self._json(400, {"error": "xml (string) required"})
            ds, created = store.add(ident, strip_prolog(xml))
            return self._json(200, {"ok": True, "id": ident, "created": created,
                                    "datestamp": fmt_ts(ds)})
        if name == "delete":
            found, changed, ds = store.delete(ident)
            if not found:
                return self._json(404, {"error": "no such record"})
            return self._json(200, {"ok": True, "id": ident, "changed": changed,
                                    "datestamp": fmt_ts(ds) if ds is not None else None})
        return self._json(404, {"error": f"unknown control endpoint {name!r}"})

    # --- static and helpers
    def _static(self, rel: str):
        root = self.server.static_dir
        if root is None:
            return self._text(404, "no static dir\n")
        rel = urllib.parse.unquote(rel)
        segments = rel.replace("\\", "/").split("/")
        if ".." in segments or "\x00" in rel or rel.startswith("/"):
            return self._text(403, "forbidden\n")
        full = os.path.realpath(os.path.join(root, rel))
        if not full.startswith(root + os.sep):
            return self._text(403, "forbidden\n")
        if not os.path.isfile(full):
            return self._text(404, "not found\n")
        with open(full, "rb") as fh:
            data = fh.read()
        mtime = int(os.stat(full).st_mtime)
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        last_mod = email.utils.formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        not_modified = False
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            not_modified = "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
        elif ims:
            try:
                since = email.utils.parsedate_to_datetime(ims)
                if since.tzinfo is None:
                    since = since.replace(tzinfo=datetime.timezone.utc)
                not_modified = mtime <= int(since.timestamp())
            except (TypeError, ValueError, IndexError):
                not_modified = False
        if not_modified:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_mod)
            self.end_headers()
            return
        ext = os.path.splitext(full)[1].lower()
        ctype = STATIC_TYPES.get(ext, "application/octet-stream")
        self._send(200, data, ctype, [("ETag", etag), ("Last-Modified", last_mod)])

    def _redirect(self, arg: str):
        try:
            n = int(arg)
        except ValueError:
            return self._text(400, "bad count\n")
        if n <= 0:
            return self._text(200, "ok")
        loc = f"{self._base()}/redirect/{n - 1}"
        self._send(302, b"redirect\n", "text/plain; charset=utf-8", [("Location", loc)])

    def _big(self, arg: str):
        try:
            n = int(arg)
        except ValueError:
            return self._text(400, "bad size\n")
        n = max(0, n)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(n))
        self.end_headers()
        if self.command == "HEAD":
            return
        chunk = b"a" * (1 << 20)
        left = n
        while left > 0:
            k = min(left, len(chunk))
            self.wfile.write(chunk if k == len(chunk) else chunk[:k])
            left -= k


# --------------------------------------------------------------------------

def main(argv=None):
    global VERBOSE
    ap = argparse.ArgumentParser(description="Oeuvre OAI-PMH test server")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--records-dir")
    ap.add_argument("--generate", type=int, default=0, metavar="N")
    ap.add_argument("--page-size", type=int, default=100)
    ap.add_argument("--deleted-record", choices=("persistent", "no", "transient"),
                    default="persistent")
    ap.add_argument("--gzip", choices=("auto", "off", "force"), default="auto")
    ap.add_argument("--static-dir")
    ap.add_argument("--exit-with-parent", action="store_true",
                    help="exit when the parent process goes away")
    ap.add_argument("--verbose", action="store_true", help="log to stderr")
    opts = ap.parse_args(argv)
    VERBOSE = opts.verbose
    if not opts.records_dir and opts.generate <= 0:
        ap.error("give --records-dir DIR and/or --generate N")
    if opts.page_size < 1:
        ap.error("--page-size must be >= 1")
    if opts.static_dir and not os.path.isdir(opts.static_dir):
        ap.error(f"--static-dir {opts.static_dir} is not a directory")

    t0 = time.perf_counter()
    records: list[Record] = []
    if opts.records_dir:
        records += load_records_dir(opts.records_dir, 0)
    if opts.generate > 0:
        records += generate_records(opts.generate, len(records))
    store = Store(opts.deleted_record)
    store.bulk_load(records)
    del records
    log(f"loaded {len(store.recs)} records in {time.perf_counter() - t0:.2f}s")

    control = Control(opts.gzip)
    repo = OaiRepository(store, control, opts.page_size)
    httpd = Server((opts.host, opts.port), store, control, repo, opts.static_dir)

    def stop(signum, frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # A parent (such as a test runner) may have blocked these signals; the mask is inherited, so unblock them.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})

    if opts.exit_with_parent:
        parent = os.getppid()

        def watch():
            while True:
                time.sleep(1.0)
                if os.getppid() != parent:
                    os.kill(os.getpid(), signal.SIGTERM)
                    return
        threading.Thread(target=watch, daemon=True).start()

    sys.stdout.write(f"LISTENING {httpd.server_address[1]}\n")
    sys.stdout.flush()
    try:
        httpd.serve_forever(poll_interval=0.25)
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main()
