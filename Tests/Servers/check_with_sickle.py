#!/usr/bin/env python3
"""Check Tests/Servers/oai_server.py with the independent OAI-PMH client `sickle`.

Setup (once):  python3 -m venv .venv && .venv/bin/pip install sickle
Run:           .venv/bin/python Tests/Servers/check_with_sickle.py

Starts the server on a free port with the six LIDO fixtures of
Tests/Fixtures/datahub-vkc and page size 2, harvests it with sickle, exercises
the control API, the fault modes and the static/helper endpoints, and prints
"N passed, M failed"; exits non-zero on any failure.
"""

from __future__ import annotations

import datetime
import email.utils
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request

import requests
from lxml import etree
from sickle import Sickle
from sickle import oaiexceptions
from sickle.iterator import OAIResponseIterator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SERVER = os.path.join(HERE, "oai_server.py")
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "datahub-vkc")
LIDO = "{http://www.lido-schema.org}"
OAI = "{http://www.openarchives.org/OAI/2.0/}"

passed = 0
failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def run(name, fn):
    global failed
    try:
        fn()
    except Exception:
        failed += 1
        print(f"FAIL {name}: exception\n{traceback.format_exc()}")


def start_server(extra):
    proc = subprocess.Popen(
        [sys.executable, SERVER, "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("LISTENING "):
        proc.kill()
        raise SystemExit(f"server did not start: {line!r} {proc.stderr.read()}")
    return proc, int(line.split()[1])


def main():
    static = tempfile.mkdtemp(prefix="oai-static-")
    with open(os.path.join(static, "data.json"), "w") as fh:
        fh.write('{"hello": "world"}\n')
    os.makedirs(os.path.join(static, "sub"))
    with open(os.path.join(static, "sub", "t.csv"), "w") as fh:
        fh.write("a,b\n1,2\n")

    proc, port = start_server(["--records-dir", FIXTURES, "--page-size", "2",
                               "--static-dir", static])
    base = f"http://127.0.0.1:{port}"
    endpoint = base + "/oai"
    stems = sorted(n[:-4] for n in os.listdir(FIXTURES) if n.endswith(".xml"))
    ids = ["oai:oeuvre.test:" + s for s in stems]

    def ctl(name, obj=None):
        r = requests.post(f"{base}/control/{name}", json=obj or {}, timeout=10)
        return r

    def stats():
        return requests.get(f"{base}/control/stats", timeout=10).json()

    sickle = Sickle(endpoint, max_retries=0, timeout=10)
    pager = Sickle(endpoint, max_retries=0, timeout=10, iterator=OAIResponseIterator)

    try:
        # ---------------------------------------------------------- read-only
        def identify():
            ident = sickle.Identify()
            check("Identify repositoryName", ident.repositoryName == "Oeuvre test repository")
            check("Identify protocolVersion", ident.protocolVersion == "2.0")
            check("Identify baseURL", ident.baseURL == endpoint, ident.baseURL)
            check("Identify deletedRecord", ident.deletedRecord == "persistent")
            check("Identify granularity", ident.granularity == "YYYY-MM-DDThh:mm:ssZ")
            ed = datetime.datetime.strptime(ident.earliestDatestamp, "%Y-%m-%dT%H:%M:%SZ")
            now = datetime.datetime.utcnow()
            check("Identify earliestDatestamp is 'now' (datahub quirk)",
                  abs((now - ed).total_seconds()) < 120, ident.earliestDatestamp)
        run("Identify", identify)

        def formats():
            fmts = list(sickle.ListMetadataFormats())
            check("ListMetadataFormats one format", len(fmts) == 1)
            f = fmts[0]
            check("ListMetadataFormats lido", f.metadataPrefix == "lido"
                  and f.schema == "http://www.lido-schema.org/schema/v1.0/lido-v1.0.xsd"
                  and f.metadataNamespace == "http://www.lido-schema.org")
            fmts = list(sickle.ListMetadataFormats(identifier=ids[0]))
            check("ListMetadataFormats for identifier", len(fmts) == 1)
        run("ListMetadataFormats", formats)

        def sets():
            s = list(sickle.ListSets())
            check("ListSets", [x.setSpec for x in s] == ["institution:test"])
        run("ListSets", sets)

        def list_records():
            ctl("reset")
            pages = list(pager.ListRecords(metadataPrefix="lido"))
            check("ListRecords 3 pages", len(pages) == 3, str(len(pages)))
            tokens = [p.xml.find(".//" + OAI + "resumptionToken") for p in pages]
            check("resumptionToken attrs", all(
                t is not None and t.get("completeListSize") == "6" for t in tokens)
                and [t.get("cursor") for t in tokens] == ["0", "2", "4"],
                str([(t.attrib if t is not None else None) for t in tokens]))
            check("last page has empty resumptionToken", not (tokens[-1].text or "").strip())
            recs = list(sickle.ListRecords(metadataPrefix="lido"))
            check("ListRecords 6 records", len(recs) == 6, str(len(recs)))
            check("ListRecords identifiers/order",
                  [r.header.identifier for r in recs] == ids,
                  str([r.header.identifier for r in recs]))
            ds = [r.header.datestamp for r in recs]
            check("ListRecords datestamps", ds[0] == "2024-01-01T00:00:00Z"
                  and ds[5] == "2024-01-01T00:05:00Z" and ds == sorted(ds), str(ds))
            ok = all(r.xml.find(f".//{OAI}metadata/{LIDO}lido") is not None for r in recs)
            check("every record has lido:lido metadata", ok)
            check("no XML declaration inside metadata",
                  all("<?xml" not in r.raw for r in recs))
            check("setSpec", all(r.header.setSpecs == ["institution:test"] for r in recs))
            st = stats()
            check("stats by_verb ListRecords", st["by_verb"].get("ListRecords") == 6,
                  json.dumps(st))
        run("ListRecords", list_records)

        def list_identifiers():
            hs = list(sickle.ListIdentifiers(metadataPrefix="lido"))
            check("ListIdentifiers", [h.identifier for h in hs] == ids)
            hs = list(sickle.ListIdentifiers(metadataPrefix="lido", set="institution:test",
                                             **{"from": "2024-01-01T00:02:00Z",
                                                "until": "2024-01-01T00:03:00Z"}))
            check("ListIdentifiers from/until inclusive (seconds)",
                  [h.identifier for h in hs] == ids[2:4], str([h.identifier for h in hs]))
            hs = list(sickle.ListIdentifiers(metadataPrefix="lido",
                                             **{"from": "2024-01-01", "until": "2024-01-01"}))
            check("ListIdentifiers from/until inclusive (days)", len(hs) == 6)
        run("ListIdentifiers", list_identifiers)

        def get_record():
            r = sickle.GetRecord(identifier=ids[3], metadataPrefix="lido")
            check("GetRecord identifier", r.header.identifier == ids[3])
            title = r.xml.find(f".//{LIDO}appellationValue")
            check("GetRecord title", title is not None and title.text == "Annunciatie",
                  title.text if title is not None else None)
        run("GetRecord", get_record)

        def errors():
            def code_of(params, method="get"):
                if method == "get":
                    resp = requests.get(endpoint, params=params, timeout=10)
                else:
                    resp = requests.post(endpoint, data=params, timeout=10)
                x = etree.fromstring(resp.content)
                e = x.find(OAI + "error")
                return e.get("code") if e is not None else None
            check("badVerb", code_of({"verb": "Nope"}) == "badVerb")
            check("badVerb (missing)", code_of({}) == "badVerb")
            check("badArgument", code_of({"verb": "ListRecords"}) == "badArgument")
            check("badArgument (extra)", code_of({"verb": "Identify", "x": "1"}) == "badArgument")
            check("badArgument (date)", code_of({"verb": "ListRecords", "metadataPrefix": "lido",
                                                 "from": "2024-13-01"}) == "badArgument")
            check("cannotDisseminateFormat", code_of(
                {"verb": "ListRecords", "metadataPrefix": "oai_dc"}) == "cannotDisseminateFormat")
            check("idDoesNotExist", code_of(
                {"verb": "GetRecord", "identifier": "oai:x:y", "metadataPrefix": "lido"})
                == "idDoesNotExist")
            check("noRecordsMatch", code_of({"verb": "ListRecords", "metadataPrefix": "lido",
                                             "from": "2099-01-01"}) == "noRecordsMatch")
            check("badResumptionToken", code_of(
                {"verb": "ListRecords", "resumptionToken": "garbage"}) == "badResumptionToken")
            check("POST form-encoded", code_of({"verb": "ListSets"}, "post") is None)
            try:
                list(sickle.ListRecords(metadataPrefix="lido", set="nope"))
                check("sickle raises NoRecordsMatch", False)
            except oaiexceptions.NoRecordsMatch:
                check("sickle raises NoRecordsMatch", True)
        run("errors", errors)

        def gzip_modes():
            r = requests.get(endpoint, params={"verb": "Identify"},
                             headers={"Accept-Encoding": "gzip"}, timeout=10, stream=True)
            raw = r.raw.read(decode_content=False)
            check("gzip auto", r.headers.get("Content-Encoding") == "gzip"
                  and r.headers.get("Content-Length") == str(len(raw))
                  and b"<Identify>" in gzip.decompress(raw))
            r = requests.get(endpoint, params={"verb": "Identify"},
                             headers={"Accept-Encoding": "identity"}, timeout=10)
            check("no gzip without Accept-Encoding", "Content-Encoding" not in r.headers)
            check("content type", r.headers.get("Content-Type") == "text/xml; charset=utf-8")
            ctl("gzip", {"mode": "off"})
            r = requests.get(endpoint, params={"verb": "Identify"},
                             headers={"Accept-Encoding": "gzip"}, timeout=10)
            check("gzip off", "Content-Encoding" not in r.headers)
            ctl("gzip", {"mode": "force"})
            r = requests.get(endpoint, params={"verb": "Identify"},
                             headers={"Accept-Encoding": "identity"}, timeout=10)
            check("gzip force", r.headers.get("Content-Encoding") == "gzip")
            ctl("gzip", {"mode": "auto"})
        run("gzip", gzip_modes)

        # ---------------------------------------------------------- faults
        def faults():
            ctl("reset")
            ctl("fault", {"mode": "503", "count": 2, "verb": "ListRecords"})
            r1 = requests.get(endpoint, params={"verb": "Identify"}, timeout=10)
            r2 = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                              timeout=10)
            r3 = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                              timeout=10)
            r4 = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                              timeout=10)
            check("fault 503 only for its verb", r1.status_code == 200)
            check("fault 503 x2 + Retry-After", r2.status_code == 503 and r3.status_code == 503
                  and r2.headers.get("Retry-After") == "1" and r4.status_code == 200)
            check("stats faults_served", stats()["faults_served"] == 2)

            ctl("fault", {"mode": "429", "after_requests": 1})
            a = requests.get(endpoint, params={"verb": "Identify"}, timeout=10)
            b = requests.get(endpoint, params={"verb": "Identify"}, timeout=10)
            check("fault 429 after_requests", a.status_code == 200 and b.status_code == 429
                  and b.headers.get("Retry-After") == "1")

            ctl("fault", {"mode": "html200"})
            r = requests.get(endpoint, params={"verb": "Identify"}, timeout=10)
            check("fault html200", r.status_code == 200
                  and r.headers["Content-Type"].startswith("text/html")
                  and b"Service temporarily unavailable" in r.content)

            ctl("fault", {"mode": "truncated"})
            r = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                             headers={"Accept-Encoding": "identity"}, timeout=10)
            try:
                etree.fromstring(r.content)
                bad = False
            except etree.XMLSyntaxError:
                bad = True
            check("fault truncated", r.status_code == 200 and bad
                  and int(r.headers["Content-Length"]) == len(r.content)
                  and b"<record>" in r.content and not r.content.rstrip().endswith(b"</OAI-PMH>"))

            ctl("fault", {"mode": "invalid_bytes_record"})
            r = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                             timeout=10)
            try:
                etree.fromstring(r.content)
                bad = False
            except etree.XMLSyntaxError:
                bad = True
            check("fault invalid_bytes_record", bad and b"\xff\xfe\xc3\x28" in r.content)
            # the same page, minus those bytes, is good XML
            etree.fromstring(r.content.replace(b"\xff\xfe\xc3\x28", b""))
            check("invalid_bytes_record otherwise well-formed", True)

            ctl("fault", {"mode": "malformed_record"})
            page = next(iter(pager.ListRecords(metadataPrefix="lido")))
            recs = page.xml.findall(f".//{OAI}record")
            titles = [rec.find(f".//{LIDO}appellationValue") for rec in recs]
            check("fault malformed_record", len(recs) == 2 and titles[0] is None
                  and titles[1] is not None
                  and recs[0].find(f".//{LIDO}lido/{{*}}garbage") is not None
                  and recs[0].find(f".//{LIDO}lidoRecID") is None)

            ctl("fault", {"mode": "badResumptionToken"})
            pages = pager.ListRecords(metadataPrefix="lido")
            next(pages)   # first request has no token: not affected
            try:
                next(pages)
                check("fault badResumptionToken", False)
            except oaiexceptions.BadResumptionToken:
                check("fault badResumptionToken", True)

            ctl("fault", {"mode": "reset"})
            try:
                r = requests.get(endpoint, params={"verb": "ListRecords", "metadataPrefix": "lido"},
                                 timeout=10)
                check("fault reset", False, f"got {r.status_code} {len(r.content)}")
            except requests.exceptions.RequestException:
                check("fault reset", True)

            ctl("fault", {"mode": "stall", "seconds": 3})
            t0 = time.monotonic()
            try:
                requests.get(endpoint, params={"verb": "Identify"}, timeout=1)
                check("fault stall", False)
            except requests.exceptions.Timeout:
                check("fault stall times out client", time.monotonic() - t0 < 2)
            t0 = time.monotonic()
            r = requests.get(endpoint, params={"verb": "Identify"}, timeout=5)
            check("stall does not block others", r.status_code == 200
                  and time.monotonic() - t0 < 1)
            ctl("reset")
            st = stats()
            check("reset clears counters", st["oai_requests"] == 0 and st["faults_served"] == 0
                  and st["faults_pending"] == [] and st["records"] == 6)
        run("faults", faults)

        # ---------------------------------------------------------- static
        def static_files():
            r = requests.get(f"{base}/static/data.json", timeout=10)
            etag, lm = r.headers.get("ETag"), r.headers.get("Last-Modified")
            check("static 200", r.status_code == 200 and r.json() == {"hello": "world"}
                  and r.headers["Content-Type"] == "application/json" and etag and lm)
            r = requests.get(f"{base}/static/data.json", headers={"If-None-Match": etag},
                             timeout=10)
            check("static 304 If-None-Match", r.status_code == 304 and r.headers["ETag"] == etag)
            r = requests.get(f"{base}/static/data.json", headers={"If-Modified-Since": lm},
                             timeout=10)
            check("static 304 If-Modified-Since", r.status_code == 304)
            old = email.utils.formatdate(time.time() - 86400 * 365, usegmt=True)
            os.utime(os.path.join(static, "data.json"), (time.time() - 10, time.time() - 10))
            r = requests.get(f"{base}/static/data.json", headers={"If-Modified-Since": old},
                             timeout=10)
            check("static 200 when modified since", r.status_code == 200)
            r = requests.get(f"{base}/static/data.json", headers={"If-None-Match": '"nope"'},
                             timeout=10)
            check("static 200 on other etag", r.status_code == 200)
            r = requests.get(f"{base}/static/sub/t.csv", timeout=10)
            check("static csv", r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv"))
            check("static 404", requests.get(f"{base}/static/none.json", timeout=10).status_code == 404)
            # raw path with '..' (urllib does not normalise)
            try:
                urllib.request.urlopen(f"{base}/static/../oai_server.py", timeout=10)
                code = 200
            except urllib.error.HTTPError as e:
                code = e.code
            check("static refuses ..", code == 403, str(code))
            try:
                urllib.request.urlopen(f"{base}/static/%2e%2e/%2e%2e/etc/passwd", timeout=10)
                code = 200
            except urllib.error.HTTPError as e:
                code = e.code
            check("static refuses encoded ..", code == 403, str(code))
        run("static", static_files)

        def helpers():
            r = requests.get(f"{base}/redirect/3", timeout=10)
            check("redirect chain", r.status_code == 200 and r.text == "ok"
                  and len(r.history) == 3)
            r = requests.get(f"{base}/redirect/3", timeout=10, allow_redirects=False)
            check("redirect 302", r.status_code == 302
                  and r.headers["Location"].endswith("/redirect/2"))
            r = requests.get(f"{base}/big/100000", timeout=10)
            check("big", len(r.content) == 100000 and r.headers["Content-Length"] == "100000")
            t0 = time.monotonic()
            r = requests.get(f"{base}/slow/0.5", timeout=10)
            check("slow", r.text == "slow" and time.monotonic() - t0 >= 0.5)
            r = requests.get(f"{base}/gzip-text", headers={"Accept-Encoding": "identity"},
                             timeout=10)
            check("gzip-text", r.headers.get("Content-Encoding") == "gzip"
                  and r.text == "hello gzip " * 1000)
        run("helpers", helpers)

        # ---------------------------------------------------------- mutations
        def incremental():
            before = sickle.Identify()  # noqa: F841 (just a request)
            r = ctl("update", {"id": ids[1], "title_suffix": " (bijgewerkt)"})
            check("control update", r.status_code == 200, r.text)
            ds = r.json()["datestamp"]
            recs = list(sickle.ListRecords(metadataPrefix="lido", **{"from": ds}))
            check("incremental from returns only the updated record",
                  [x.header.identifier for x in recs] == [ids[1]],
                  str([x.header.identifier for x in recs]))
            title = recs[0].xml.find(f".//{LIDO}appellationValue").text if recs else None
            check("updated title", title is not None and title.endswith(" (bijgewerkt)"), title)
            day = ds[:10]
            recs = list(sickle.ListRecords(metadataPrefix="lido", **{"from": day}))
            check("incremental from (day granularity)",
                  [x.header.identifier for x in recs] == [ids[1]])
            allr = list(sickle.ListIdentifiers(metadataPrefix="lido"))
            check("updated record moved to the end",
                  [h.identifier for h in allr][-1] == ids[1] and len(allr) == 6)
            check("update unknown id -> 404",
                  ctl("update", {"id": "oai:oeuvre.test:none", "title_suffix": "x"}).status_code == 404)

            xml = open(os.path.join(FIXTURES, stems[0] + ".xml"), encoding="utf-8").read()
            r = ctl("add", {"id": "oai:oeuvre.test:new-1", "xml": xml})
            check("control add", r.status_code == 200 and r.json()["created"] is True)
            r = ctl("delete", {"id": ids[0]})
            check("control delete", r.status_code == 200)
            recs = list(sickle.ListRecords(metadataPrefix="lido", **{"from": ds}))
            got = {x.header.identifier: x.header.deleted for x in recs}
            check("incremental sees add + delete + update",
                  got == {ids[1]: False, "oai:oeuvre.test:new-1": False, ids[0]: True}, str(got))
            dele = [x for x in recs if x.header.deleted]
            check("deleted record has no metadata",
                  dele and dele[0].xml.find(f"{OAI}metadata") is None)
            r = sickle.GetRecord(identifier=ids[0], metadataPrefix="lido")
            check("GetRecord deleted", r.header.deleted)
            live = list(sickle.ListRecords(metadataPrefix="lido", ignore_deleted=True))
            check("7 entries, 6 live", len(live) == 6
                  and len(list(sickle.ListIdentifiers(metadataPrefix="lido"))) == 7)
            st = stats()
            check("stats records", st["records"] == 6 and st["deleted"] == 1, json.dumps(st))
        run("incremental", incremental)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()

    # deletedRecord=no: deleted records vanish
    def deleted_no():
        proc2, port2 = start_server(["--records-dir", FIXTURES, "--page-size", "2",
                                     "--deleted-record", "no"])
        try:
            b = f"http://127.0.0.1:{port2}"
            s2 = Sickle(b + "/oai", max_retries=0, timeout=10)
            check("deletedRecord no", s2.Identify().deletedRecord == "no")
            requests.post(b + "/control/delete", json={"id": ids[2]}, timeout=10)
            hs = [h.identifier for h in s2.ListIdentifiers(metadataPrefix="lido")]
            check("deleted record vanishes", hs == ids[:2] + ids[3:], str(hs))
            r = requests.get(b + "/oai", params={"verb": "GetRecord", "identifier": ids[2],
                                                 "metadataPrefix": "lido"}, timeout=10)
            check("deleted record -> idDoesNotExist", b'code="idDoesNotExist"' in r.content)
        finally:
            proc2.terminate()
            proc2.wait(5)
    run("deleted_no", deleted_no)

    # generated records
    def generated():
        proc3, port3 = start_server(["--generate", "500", "--page-size", "200"])
        try:
            s3 = Sickle(f"http://127.0.0.1:{port3}/oai", max_retries=0, timeout=10)
            recs = list(s3.ListRecords(metadataPrefix="lido"))
            check("generate 500", len(recs) == 500)
            r = recs[7]
            ids7 = [e.text for e in r.xml.iter(f"{LIDO}lidoRecID")]
            title = r.xml.find(f".//{LIDO}appellationValue").text
            work = r.xml.find(f".//{LIDO}workID").text
            check("generated record content", r.header.identifier == "oai:oeuvre.test:gen-7"
                  and title == "Annunciatie 7" and work == "gen-7"
                  and all(x.endswith("gen-7") for x in ids7), f"{title} {work} {ids7}")
            check("generated unique titles",
                  len({x.xml.find(f".//{LIDO}appellationValue").text for x in recs}) == 500)
        finally:
            proc3.terminate()
            proc3.wait(5)
    run("generated", generated)

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
