"""Times bench/listings.sh's requests, and turns its measurements into the Markdown report and PNG chart.

Usage: listings.py time URL WARMUP RUNS: the median milliseconds of RUNS requests after WARMUP, one after another on
one kept-alive connection, as a service's client sends them (fails on an answer other than 200).
listings.py cursor SORT KEY ID: a cursor the sample reads as the position of a row with that sort key and id, after
which a page starts (the kit's format; how a caller reaches a deep position without walking to it).
listings.py write API TOKEN create|change WARMUP RUNS: the median milliseconds of creates (a new code each) or of
changes (PATCH of a random product of ids 200 to 1,000, If-Match: *), one after another on one connection.
listings.py walk API TOKEN IDS_FILE: walks every product by cursor (sort=-price, pages of 100) while two other
connections create products and delete random ones of IDS_FILE (the ids present at the start); prints what the walk
saw twice and which ids present for the whole walk it missed, as key=value lines.
listings.py WORK_DIRECTORY REPORT_PATH_WITHOUT_EXTENSION: reads listings.tsv, meta.properties and walk.properties (if
any) from the work directory; writes REPORT.md and REPORT.png.
"""
import base64
import json
import random
import threading
import csv
import http.client
import os
import statistics
import sys
import time
import urllib.parse

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend must be chosen first)


def median_ms(url, warmup, runs):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    path = parts.path + ("?" + parts.query if parts.query else "")
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            sys.exit(f"listings: {url} answered {response.status}")
        if i >= warmup:
            times.append(elapsed * 1000)
    return statistics.median(times)


def cursor(sort, key, row_id):
    position = {"v": 1, "d": "a", "s": [sort], "k": [key, row_id]}
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def connect(api):
    parts = urllib.parse.urlsplit(api)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def call(connection, method, path, token, body=None, expected=(200,)):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "If-Match": "*"}
    connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = connection.getresponse()
    data = response.read()
    if response.status not in expected:
        sys.exit(f"listings: {method} {path} answered {response.status}: {data[:300]!r}")
    return json.loads(data) if data else None


def new_product(tag):
    return {"code": f"W-{tag}", "name": f"written {tag}", "price": round(random.uniform(1, 1000), 2),
            "status": "ACTIVE"}


def write_ms(api, token, kind, warmup, runs):
    connection = connect(api)
    stamp = int(time.time() * 1000)
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        if kind == "create":
            call(connection, "POST", "/products", token, new_product(f"{stamp}-{i}"), (201,))
        else:
            call(connection, "PATCH", f"/products/{random.randint(200, 1000)}", token,
                 {"price": round(random.uniform(1, 1000), 2)})
        if i >= warmup:
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def walk(api, token, ids_file):
    with open(ids_file) as ids:
        present = [int(line) for line in ids if line.strip()]
    deleted = set()
    walking = threading.Event()
    walking.set()
    changes = [0, 0]

    def churn(index):
        connection = connect(api)
        # Not the first 1,000, which the measured changes of a later size patch.
        candidates = [row_id for row_id in present if row_id > 1000]
        victims = random.Random(index).sample(candidates, min(len(candidates) // 10, 5000))
        for i, victim in enumerate(victims):
            if not walking.is_set():
                return
            call(connection, "POST", "/products", token, new_product(f"c{index}-{i}-{time.time_ns() % 10**9}"), (201,))
            deleted.add(victim)
            call(connection, "DELETE", f"/products/{victim}", token, expected=(204, 404))
            changes[index] += 2

    workers = [threading.Thread(target=churn, args=(i,)) for i in range(2)]
    for worker in workers:
        worker.start()
    connection = connect(api)
    seen = []
    pages = 0
    path = "/products?size=100&sort=-price"
    while path:
        page = call(connection, "GET", path, token)
        pages += 1
        seen.extend(item["id"] for item in page["items"])
        path = f"/products?size=100&cursor={page['next']}" if page.get("next") else None
    walking.clear()
    for worker in workers:
        worker.join()
    counts = {}
    for row_id in seen:
        counts[row_id] = counts.get(row_id, 0) + 1
    twice = sum(1 for n in counts.values() if n > 1)
    throughout = set(present) - deleted
    missed = len(throughout - counts.keys())
    print(f"rows_at_start={len(present)}\npages={pages}\nseen={len(seen)}\nseen_twice={twice}\n"
          f"present_throughout={len(throughout)}\nmissed={missed}\nchanges_during_walk={sum(changes)}")


def main(work, report):
    with open(os.path.join(work, "listings.tsv")) as tsv:
        rows = list(csv.DictReader(tsv, delimiter="\t"))
    with open(os.path.join(work, "meta.properties")) as properties:
        meta = dict(line.strip().split("=", 1) for line in properties if "=" in line)
    sizes = sorted({int(r["rows"]) for r in rows})
    shapes = list(dict.fromkeys(r["shape"] for r in rows))
    median = {(int(r["rows"]), r["shape"]): float(r["median_ms"]) for r in rows}

    with open(report + ".md", "w") as md:
        md.write(f"# Listings as the table grows ({os.path.basename(report)})\n\n")
        md.write(
            f"Commit {meta['commit']}. {meta['cpus']} cores, {meta['java']}. The packaged sample service and "
            "PostgreSQL 15 (durability off) on one machine; requests sent one after another on one kept-alive "
            f"connection, the median of {meta['runs']} after a few unmeasured; `PostgreSQL:` rows are the execution "
            "time of the statement alone (EXPLAIN ANALYZE, timing off). Produced by `bash bench/listings.sh`.\n\n")
        ratio = len(sizes) > 1
        md.write("| shape | " + " | ".join(f"{s:,} rows" for s in sizes) + (" | largest / smallest |" if ratio else " |") + "\n")
        md.write("| --- |" + " ---: |" * (len(sizes) + (1 if ratio else 0)) + "\n")
        for shape in shapes:
            cells = [f"{median[(s, shape)]:.2f} ms" if (s, shape) in median else "" for s in sizes]
            if ratio and (sizes[0], shape) in median and (sizes[-1], shape) in median:
                cells.append(f"{median[(sizes[-1], shape)] / median[(sizes[0], shape)]:.2f}")
            elif ratio:
                cells.append("")
            md.write(f"| {shape} | " + " | ".join(cells) + " |\n")
        walk_file = os.path.join(work, "walk.properties")
        if os.path.exists(walk_file):
            with open(walk_file) as properties:
                walked = dict(line.strip().split("=", 1) for line in properties if "=" in line)
            md.write(
                f"\n## A walk by cursor while others write\n\nEvery product by cursor (`sort=-price`, pages of 100) "
                f"from {int(walked['rows_at_start']):,} rows, while two other connections created products and deleted "
                f"random ones ({walked['changes_during_walk']} changes during the walk): {walked['pages']} pages, "
                f"{walked['seen']} items; **seen twice: {walked['seen_twice']}; of the "
                f"{walked['present_throughout']} rows present for the whole walk, missed: {walked['missed']}**.\n")
        md.write(f"\n![median milliseconds by table size]({os.path.basename(report)}.png)\n")

    figure, axes = plt.subplots(figsize=(9, 5.5))
    for shape in shapes:
        points = [(s, median[(s, shape)]) for s in sizes if (s, shape) in median]
        style = "--" if shape.startswith("PostgreSQL") else "-"
        axes.plot([p[0] for p in points], [p[1] for p in points], style, marker="o", label=shape)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("rows in the table")
    axes.set_ylabel("median milliseconds (log)")
    axes.set_title("The sample's listings as the table grows")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(report + ".png", dpi=110)


if __name__ == "__main__":
    if sys.argv[1] == "time":
        print(f"{median_ms(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])):.2f}")
    elif sys.argv[1] == "cursor":
        print(cursor(sys.argv[2], sys.argv[3], sys.argv[4]))
    elif sys.argv[1] == "write":
        print(f"{write_ms(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])):.2f}")
    elif sys.argv[1] == "walk":
        walk(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main(sys.argv[1], sys.argv[2])
