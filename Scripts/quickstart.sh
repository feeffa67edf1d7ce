#!/usr/bin/env bash
# The main job on the embedded default, offline: harvest, normalize, link, search, export.
#
#   bash Scripts/quickstart.sh
#
# Where the partners' endpoints cannot be reached, it serves the bundled real records (Tests/Fixtures: KMSKA, MSK Gent,
# Musea Brugge LIDO from the Flemish Art Collection's datahub, and German LIDO from Bildindex) over real OAI-PMH on
# 127.0.0.1 and harvests them through the same code path as a real endpoint; Europeana's EDM records and two example
# records of one painting (Dublin Core and a IIIF manifest) are read as local files. The store goes to
# Cache/quickstart/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ] && ! pkg-config --exists libcurl libxml-2.0 2>/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcurl4-openssl-dev libssl-dev libxml2-dev >/dev/null
fi
swift build --product oeuvre >/dev/null
OEUVRE=.build/debug/oeuvre
DATA=Cache/quickstart

FIXTURES=$(mktemp -d /tmp/oeuvre-quickstart.XXXXXX)
cp Tests/Fixtures/datahub-vkc/*.xml Tests/Fixtures/lido-other/*.xml "$FIXTURES/"
OUT="$FIXTURES/server.out"
python3 Tests/Servers/oai_server.py --port 0 --records-dir "$FIXTURES" --page-size 3 --exit-with-parent >"$OUT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$FIXTURES"' EXIT
for _ in $(seq 1 100); do grep -q LISTENING "$OUT" 2>/dev/null && break; sleep 0.1; done
PORT=$(awk '/LISTENING/ {print $2}' "$OUT")

echo "== harvest (OAI-PMH, LIDO, from the bundled datahub snapshot on 127.0.0.1:$PORT)"
"$OEUVRE" harvest --data "$DATA" --endpoint "http://127.0.0.1:$PORT/oai" --protocol oai-pmh --metadata-prefix lido \
    --format lido --name datahub-snapshot --institution "Flemish Art Collection (bundled snapshot)"
echo
echo "== harvest (files: Europeana EDM records of the Mauritshuis, a Dublin Core record and a IIIF manifest)"
"$OEUVRE" harvest --data "$DATA" --endpoint "file://$PWD/Tests/Fixtures/europeana-oai/records" --protocol files \
    --format edm --name europeana-snapshot --institution "Europeana (bundled snapshot)"
"$OEUVRE" harvest --data "$DATA" --endpoint "file://$PWD/Tests/Fixtures/handwritten/oai_dc_rubens.xml" --protocol files \
    --format dc --name dc-example --institution "Voorbeeldmuseum Antwerpen"
"$OEUVRE" harvest --data "$DATA" --endpoint "file://$PWD/Tests/Fixtures/handwritten/iiif_v3_manifest.json" --protocol files \
    --format iiif --name iiif-example --institution "Voorbeeldmuseum Antwerpen"
echo
echo "== normalize"
"$OEUVRE" normalize --data "$DATA"
echo
echo "== link (works across sources, typed relations, evidence)"
"$OEUVRE" link --data "$DATA"
echo
echo "== search: a Dutch title finds the work described in Dutch and English by two sources"
"$OEUVRE" search --data "$DATA" "tijgerjacht" --no-facets
echo
echo "== why the two records are one work"
"$OEUVRE" link --data "$DATA" --explain "dc-example:oai_dc_rubens.xml#1" \
    "iiif-example:https://iiif.example.org/presentation/voorbeeldmuseum/312/manifest.json"
echo
echo "== export the linked works for a spreadsheet, with the provenance to cite"
"$OEUVRE" export --data "$DATA" --format csv --out "$DATA/works.csv"
"$OEUVRE" export --data "$DATA" --format links-csv --out "$DATA/links.csv"
echo "wrote $DATA/works.csv, $DATA/links.csv and their .provenance.json"
echo
echo "== status"
"$OEUVRE" status --data "$DATA"
echo
echo "== one normalized record, with the source path of every value"
"$OEUVRE" mapping try Mappings/formats/lido.yaml Tests/Fixtures/datahub-vkc/kmska_257_lido_origin.xml
