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
        # Mark the years and measurements, so every record gets its own dates and sizes.
        def mark(match):
            return match.group(1) + re.sub(r"(\d+(?:[.,]\d+)?)", "\x02\\1\x03", match.group(2)) + match.group(3)
        text = re.sub(r"(<lido:(?:displayDate|earliestDate|latestDate|displayObjectMeasurements|measurementValue)[^>]*>)([^<]*)(</)", mark, text)
        out.append(text)
    return out


NUMBER = re.compile("\x02([^\x03]*)\x03")


def vary(number, i):
    """Years move by up to 36; sizes change by up to 50 per cent in 499 steps (decimal comma or point kept)."""
    comma = "," in number
    value = float(number.replace(",", "."))
    if value >= 1000 and value.is_integer():
        return str(int(value) + i % 37)
    text = f"{value * (1 + (i % 499) / 1000):.1f}"
    return text.replace(".", ",") if comma else text


def main():
    count = int(sys.argv[1])
    target = sys.argv[2]
    pieces = templates()
    years = [1609, 1612, 1615, 1618, 1620, 1625, 1630, 1635]
    with open(target, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<lido:lidoWrap xmlns:lido="http://www.lido-schema.org">\n')
        for i in range(count):
            record = pieces[i % len(pieces)].replace("\x00", f"b{i}-").replace("\x01", f" ({years[i % len(years)]}, nr. {i})")
            record = NUMBER.sub(lambda m: vary(m.group(1), i), record)
            out.write(record)
            out.write("\n")
        out.write("</lido:lidoWrap>\n")


if __name__ == "__main__":
    main()
