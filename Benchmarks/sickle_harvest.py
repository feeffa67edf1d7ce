#!/usr/bin/env python3
"""The sickle side of Benchmarks/harvest-bench.sh.

    .venv/bin/python Benchmarks/sickle_harvest.py ENDPOINT OUT.jsonl

Harvests ``ListRecords metadataPrefix=lido`` from the OAI-PMH ENDPOINT with
sickle (PyPI), the way a Python user would (default Record iterator, following
resumption tokens), and writes every record to OUT.jsonl, one JSON object per
line: {"id", "datestamp", "deleted", "xml"} where "xml" is the record's
metadata element (the ``lido:lido`` document) serialized again. Prints the
number of records to stdout; exits non-zero on any error.
"""

from __future__ import annotations

import json
import sys

from lxml import etree
from sickle import Sickle

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    endpoint, out_path = sys.argv[1], sys.argv[2]
    client = Sickle(endpoint, max_retries=3, timeout=120)
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for record in client.ListRecords(metadataPrefix="lido"):
            xml = None
            if not record.deleted:
                metadata = record.xml.find(OAI + "metadata")
                xml = etree.tostring(metadata[0], encoding="unicode")
            out.write(json.dumps({"id": record.header.identifier,
                                  "datestamp": record.header.datestamp,
                                  "deleted": record.deleted,
                                  "xml": xml}, ensure_ascii=False))
            out.write("\n")
            count += 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
