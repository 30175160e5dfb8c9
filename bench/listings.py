"""Times bench/listings.sh's requests, and turns its measurements into the Markdown report and PNG chart.

Usage: listings.py time URL WARMUP RUNS: the median milliseconds of RUNS requests after WARMUP, one after another on
one kept-alive connection, as a service's client sends them (fails on an answer other than 200).
listings.py WORK_DIRECTORY REPORT_PATH_WITHOUT_EXTENSION: reads listings.tsv and meta.properties from the work
directory; writes REPORT.md and REPORT.png.
"""
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
        md.write("| shape | " + " | ".join(f"{s:,} rows" for s in sizes) + " |\n")
        md.write("| --- |" + " ---: |" * len(sizes) + "\n")
        for shape in shapes:
            cells = [f"{median[(s, shape)]:.2f} ms" if (s, shape) in median else "" for s in sizes]
            md.write(f"| {shape} | " + " | ".join(cells) + " |\n")
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
    else:
        main(sys.argv[1], sys.argv[2])
