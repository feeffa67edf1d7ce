#!/usr/bin/env python3
"""Reads an exported GraphML file with networkx and checks the graph's data, nodes and edges.

    python check_graphml.py FILE EXPECTED.json

EXPECTED: {"graph": {"snapshot": "..."}, "node_count": N, "edge_count": M,
           "nodes": {"id": {"attribute": value}}, "edges": [{"source": "...", "target": "...", "relation": "...",
           "score": 0.9, "evidence_contains": "..."}]}
"""
import json
import math
import sys

import networkx as nx

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


graph = nx.read_graphml(path)
check(isinstance(graph, nx.DiGraph), f"a {type(graph).__name__}, expected a directed graph")
for key, value in expected["graph"].items():
    check(graph.graph.get(key) == value, f"graph {key}: {graph.graph.get(key)!r} != {value!r}")
check(graph.number_of_nodes() == expected["node_count"], f"{graph.number_of_nodes()} nodes, expected {expected['node_count']}")
check(graph.number_of_edges() == expected["edge_count"], f"{graph.number_of_edges()} edges, expected {expected['edge_count']}")
for node, attributes in expected["nodes"].items():
    check(node in graph.nodes, f"node {node!r} missing")
    if node not in graph.nodes:
        continue
    for key, value in attributes.items():
        check(graph.nodes[node].get(key) == value, f"node {node!r} {key}: {graph.nodes[node].get(key)!r} != {value!r}")
for edge in expected["edges"]:
    # Two works may be related twice (a version and a pendant): networkx then reads a multigraph.
    found = graph.get_edge_data(edge["source"], edge["target"])
    candidates = list(found.values()) if found is not None and graph.is_multigraph() else ([found] if found is not None else [])
    data = next((c for c in candidates if c.get("relation") == edge["relation"]), None)
    check(data is not None, f"edge {edge['source']} -> {edge['target']} ({edge['relation']}) missing")
    if data is None:
        continue
    check(isinstance(data.get("score"), float) and math.isclose(data["score"], edge["score"], rel_tol=1e-12), f"edge score {data.get('score')!r} != {edge['score']!r}")
    check(edge["evidence_contains"] in data.get("evidence", ""), f"edge evidence {data.get('evidence')!r}")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} of {checks} checks failed")
    sys.exit(1)
print(f"ok: {checks} checks")
