#!/usr/bin/env python3
"""Writes N LIDO records into one lido:lidoWrap file, made from the real LIDO fixtures in Tests/Fixtures by varying
identifiers, titles, inventory numbers and dates (so every record differs and hashes differently).

    python3 Benchmarks/make_lido_corpus.py N OUT.xml
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = sorted(glob.glob(os.path.join(ROOT, "Tests/Fixtures/datahub-vkc/*.xml"))) + \
    [os.path.join(ROOT, "Tests/Fixtures/lido-other/marburg_bildindex_botticelli_primavera_lido.xml")]


def templates():
    """Each fixture as a template: a marker where every lidoRecID and workID value starts, and one after the title."""
    out = []
    for path in FIXTURES:
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
        text = re.sub(r"(<lido:(?:lidoRecID|workID)[^>]*>)", "\\1\x00", text)
        text = re.sub(r"(<lido:appellationValue[^>]*>[^<]*)", "\\1\x01", text, count=1)
        out.append(text)
    return out


def main():
    count = int(sys.argv[1])
    target = sys.argv[2]
    pieces = templates()
    years = [1609, 1612, 1615, 1618, 1620, 1625, 1630, 1635]
    with open(target, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<lido:lidoWrap xmlns:lido="http://www.lido-schema.org">\n')
        for i in range(count):
            record = pieces[i % len(pieces)].replace("\x00", f"b{i}-").replace("\x01", f" ({years[i % len(years)]}, nr. {i})")
            out.write(record)
            out.write("\n")
        out.write("</lido:lidoWrap>\n")


if __name__ == "__main__":
    main()
