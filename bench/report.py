"""Turns the measurements bench/run.sh collected into its Markdown report and PNG chart.

Usage: report.py WORK_DIRECTORY REPORT_PATH_WITHOUT_EXTENSION. Reads windows.tsv, startup.tsv, rss-after-load.tsv,
export.tsv and meta.properties from the work directory; writes REPORT.md and REPORT.png.
"""
import csv
import os
import sys
from collections import defaultdict
from statistics import median

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend must be chosen first)

SYSTEMS = ["sample", "raw-vertx", "spring-webflux", "fastapi"]
NAMES = {"sample": "sample (kit)", "raw-vertx": "raw Vert.x", "spring-webflux": "Spring WebFlux", "fastapi": "FastAPI"}
COLOURS = {"sample": "#1f77b4", "raw-vertx": "#7f7f7f", "spring-webflux": "#2ca02c", "fastapi": "#d62728"}
ENDPOINTS = ["get-by-id", "list", "create"]
LEVERS = {
    "plain": "JDK 17 without the JVM flags of the sample's image: the start before issue 17",
    "tier4": "JDK 17 with the image's flags (C2 after 10 times the calls)",
    "jdk25": "Temurin 25 with the image's flags",
    "deployed": "Temurin 25, the image's flags and the AOT cache its integration test trained: as the image runs",
    "unchecked": "deployed, without Hibernate's schema validation at start",
    "unmigrated": "deployed, without Flyway at start and without schema validation",
    "c1": "deployed with C1 only: the JIT's share of the start",
    "raw": "raw Vert.x on JDK 17",
    "raw-jdk25": "raw Vert.x on Temurin 25",
}
# The variants that start on JDK 17, compared with raw Vert.x on JDK 17; the others with raw Vert.x on Temurin 25.
JDK17_VARIANTS = {"plain", "tier4", "raw"}


def rows(work, name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return []
    with open(path) as file:
        return list(csv.reader(file, delimiter="\t"))


def read_meta(work):
    with open(os.path.join(work, "meta.properties")) as file:
        return dict(line.rstrip("\n").split("=", 1) for line in file if "=" in line)


class Measurements:
    def __init__(self, work):
        self.meta = read_meta(work)
        # (label, system, endpoint, connections) -> [(requests/s, p99 ms, cpu µs)]
        self.windows = defaultdict(list)
        for label, system, endpoint, connections, _, rps, p99, cpu in rows(work, "windows.tsv"):
            self.windows[(label, system, endpoint, int(connections))].append((float(rps), float(p99), int(cpu)))
        # system -> (time to first request in ms, RSS then in MiB), medians over the starts
        starts = defaultdict(list)
        for system, ms, rss in rows(work, "startup.tsv"):
            starts[system].append((int(ms), int(rss)))
        self.startup = {system: (round(median(ms for ms, _ in found)), round(median(rss for _, rss in found)))
                        for system, found in starts.items()}
        # variant of bench/startup.sh -> time to first request of each start in ms, in the order measured
        self.levers = defaultdict(list)
        for variant, ms in rows(work, "levers.tsv"):
            self.levers[variant].append(int(ms))
        self.rss_after = {system: int(rss) for system, rss in rows(work, "rss-after-load.tsv")}
        self.exports = [(system, int(count), int(ms), int(before), int(peak))
                        for system, count, ms, before, peak in rows(work, "export.tsv")]
        self.connections = int(self.meta["connections"])
        # (system, endpoint) -> (seconds of warm-up, "quiet" or "cap"), the large table's get-by-id left out
        self.warmup = {}
        for system, endpoint, seconds, outcome in rows(work, "warmup.tsv"):
            self.warmup.setdefault((system, endpoint), (int(seconds), outcome))

    def figure(self, system, endpoint, label="main", connections=None, index=0):
        """The median of one figure (0 requests/s, 1 p99, 2 CPU) over the windows, or None when not measured."""
        connections = connections or self.connections
        if label == "sweep" and connections == self.connections:
            label = "main"
        found = self.windows.get((label, system, endpoint, connections))
        return median(window[index] for window in found) if found else None

    def systems(self):
        return [system for system in SYSTEMS if system in self.startup]


def number(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def warmup_cell(warmup):
    if warmup is None:
        return "n/a"
    seconds, outcome = warmup
    return f"{seconds}" if outcome == "quiet" else f"{seconds} (cap)"


def ratio(numerator, denominator):
    return None if not numerator or not denominator else numerator / denominator


def write_markdown(m, path, chart_name):
    meta = m.meta
    lines = []
    add = lines.append
    smoke = meta["mode"] == "smoke"
    add(f"# Benchmark: the kit's sample service against the raw driver, Spring and FastAPI, {meta['date']}"
        + (" (smoke: the figures mean nothing)" if smoke else ""))
    add("")
    add(f"![requests per second, CPU per request, connection sweep, start and memory]({chart_name})")
    add("")
    add("## Setup")
    add("")
    add(f"- Machine: {meta['cpu']}, {meta['memory']}, Linux {meta['kernel']}.")
    add("- Each system pinned to CPU 0; PostgreSQL and the load generator (wrk, one thread) pinned to CPU 1.")
    add(f"- PostgreSQL {meta['postgres']}, a private instance for the run (fsync, synchronous commit and full-page"
        " writes off: its data is thrown away), the sample service's schema (Flyway migrations).")
    add(f"- JVM systems: {meta['java']}, flags `{meta['jvm_flags']}`. Every system has a pool of 20 connections.")
    add(f"- **sample**: the packaged sample service, Quarkus {meta['quarkus']}, production mode, the kit's defaults:"
        " Hibernate Reactive with Panache, validation, problem details, request ids, JSON logs, metrics, health, and"
        " a JWT with the role products.write checked on every create; after the flags above, the JVM flags of its"
        f" image (quarkus.jib.jvm-additional-arguments): `{meta.get('sample_image_flags', 'none')}`, and the AOT"
        " cache (JEP 483, 514, 515) its build trained by running its integration test against the package on the"
        " same JDK (uniform-parent's aot-cache profile).")
    add(f"- **raw-vertx**: the physical limit, vertx-pg-client {meta['vertx']} (the Vert.x under Quarkus) with the"
        " core HTTP server, no framework: the same SQL and JSON, checks written by hand (`bench/raw-vertx`).")
    add(f"- **spring-webflux**: Spring Boot {meta['spring_boot']}, WebFlux, Spring Data R2DBC with r2dbc-postgresql"
        " and r2dbc-pool, Bean Validation (`bench/spring-webflux`).")
    add(f"- **fastapi**: FastAPI {meta['fastapi']} (pydantic {meta['pydantic']}), asyncpg {meta['asyncpg']}, uvicorn"
        f" {meta['uvicorn']} with uvloop {meta['uvloop']} and httptools, one worker, Python {meta['python']}, all"
        " Debian packages (`bench/fastapi`).")
    add(f"- Endpoints: `GET /products/{{id}}` (random id among {int(meta['rows']):,} rows), `GET /products?page=N&size=20"
        "&sort=code` (a random page among the first 50, a count and a page query), `POST /products` (a unique code,"
        " one insert in a transaction). Creates run last, as they grow the table.")
    quiet = round(float(meta["jit_quiet"]) * 100)
    add(f"- Per endpoint: warm-up windows of {meta['warmup']} s per system, at least {meta['warmup_min']}, until a JVM's"
        f" JIT compilers spent less than {quiet}% of each of the last two windows compiling (HotSpot's counters, read"
        f" with jstat; at most {meta['warmup_max']} windows; FastAPI has no JIT), then {meta['windows']} window(s) of"
        f" {meta['window']} s per system at {m.connections} connections, the systems interleaved window by window;"
        " medians over the windows, as single windows on this host differ by 10 to 30% even when warm. The sweep adds"
        f" one window each at {meta['sweep'].replace(' ', ' and ')} connections.")
    add("- App CPU per request: user + system time of the system's process over the window (`/proc/PID/stat`),"
        " divided by the requests served. It holds when the database core, not the application's, is the limit.")
    add("")
    add(f"## At {m.connections} connections")
    add("")
    add("| endpoint | system | requests/s | p99 (ms) | app CPU per request (µs) |")
    add("| --- | --- | ---: | ---: | ---: |")
    for endpoint in ENDPOINTS:
        for system in m.systems():
            add(f"| {endpoint} | {system} | {number(m.figure(system, endpoint))} |"
                f" {number(m.figure(system, endpoint, index=1), 2)} | {number(m.figure(system, endpoint, index=2))} |")
    add("")
    sweep = [int(c) for c in meta["sweep"].split()]
    everything = sorted(sweep + [m.connections])
    add("## Connection sweep: requests/s (p99 in ms)")
    add("")
    add("| endpoint | system | " + " | ".join(f"{c} connections" for c in everything) + " |")
    add("| --- | --- |" + " ---: |" * len(everything))
    for endpoint in ENDPOINTS:
        for system in m.systems():
            cells = [f"{number(m.figure(system, endpoint, 'sweep', c))} ({number(m.figure(system, endpoint, 'sweep', c, 1), 2)})"
                     for c in everything]
            add(f"| {endpoint} | {system} | " + " | ".join(cells) + " |")
    add("")
    add("## Warm-up until the JIT was quiet (s; \"cap\": it never was)")
    add("")
    add("| system | " + " | ".join(ENDPOINTS) + " |")
    add("| --- |" + " ---: |" * len(ENDPOINTS))
    for system in m.systems():
        add(f"| {system} | " + " | ".join(warmup_cell(m.warmup.get((system, e))) for e in ENDPOINTS) + " |")
    add("")
    add("## Start and memory")
    add("")
    add("| system | time to first request (ms) | RSS at first request (MiB) | RSS after load (MiB) |")
    add("| --- | ---: | ---: | ---: |")
    for system in m.systems():
        first_ms, rss_first = m.startup[system]
        add(f"| {system} | {first_ms:,} | {rss_first} | {m.rss_after.get(system, 'n/a')} |")
    add("")
    add("Time to first request: from the process start to the first 200 from `GET /products/1`, the system alone on"
        " its core; the sample service migrates (Flyway) and validates its schema (Hibernate) first. Medians over"
        f" {meta.get('starts', 1)} start(s) of each system, one after the other.")
    add("")
    if m.levers:
        add("## Start of the sample, lever by lever")
        add("")
        add("| variant | what starts | starts (ms) | median (ms) | against plain | × raw Vert.x on its JDK |")
        add("| --- | --- | --- | ---: | ---: | ---: |")
        medians = {variant: median(starts) for variant, starts in m.levers.items()}
        for variant, starts in m.levers.items():
            raw = "raw" if variant in JDK17_VARIANTS else "raw-jdk25"
            sample = not variant.startswith("raw")
            against = f"{medians[variant] - medians['plain']:+,.0f} ms" \
                if sample and variant != "plain" and "plain" in medians else ""
            times_raw = number(ratio(medians[variant], medians.get(raw)), 2) if sample and raw in medians else ""
            add(f"| {variant} | {LEVERS.get(variant, 'see bench/startup.sh')} | {' / '.join(f'{ms:,}' for ms in starts)}"
                f" | {medians[variant]:,.0f} | {against} | {times_raw} |")
        add("")
        add("Measured by bench/startup.sh in this run, before the systems below: each variant alone on CPU 0 with the"
            " JVM flags of the setup, PostgreSQL on CPU 1. The sample's row under Start and memory is `deployed`"
            " measured again.")
        add("")
    add("## NDJSON export (sample and raw Vert.x)")
    add("")
    add("| system | rows | rows/s | RSS before (MiB) | highest RSS during (MiB) | growth (MiB) |")
    add("| --- | ---: | ---: | ---: | ---: | ---: |")
    for system, count, ms, before, peak in m.exports:
        add(f"| {system} | {count:,} | {number(count * 1000 / max(ms, 1))} | {before} | {peak} | {peak - before} |")
    add("")
    add("## Get-by-id with more rows in the table")
    add("")
    small, large = f"{int(meta['rows']):,} rows", f"{int(meta.get('large_rows', 0)):,} rows"
    add(f"| system | requests/s, {small} | requests/s, {large} | app CPU per request (µs), {small}"
        f" | app CPU per request (µs), {large} |")
    add("| --- | ---: | ---: | ---: | ---: |")
    for system in m.systems():
        add(f"| {system} | {number(m.figure(system, 'get-by-id'))} | {number(m.figure(system, 'get-by-id', 'large'))} |"
            f" {number(m.figure(system, 'get-by-id', index=2))} | {number(m.figure(system, 'get-by-id', 'large', index=2))} |")
    add("")
    add("## Targets")
    add("")
    add("| target | value | goal | holds |")
    add("| --- | ---: | --- | --- |")
    for name, value, goal, holds in targets(m):
        add(f"| {name} | {number(value, 2)} | {goal} | {'n/a' if value is None else ('yes' if holds(value) else '**no**')} |")
    add("")
    with open(path, "w") as file:
        file.write("\n".join(lines))


def export_growth(m, system):
    """RSS growth of the largest export minus that of the smallest, for one system."""
    growths = [(count, peak - before) for s, count, _, before, peak in m.exports if s == system]
    return None if len(growths) < 2 else max(growths)[1] - min(growths)[1]


def targets(m):
    def throughput(system, endpoint):
        return m.figure(system, endpoint)

    def cpu(system, endpoint):
        return m.figure(system, endpoint, index=2)

    first = {system: ms for system, (ms, _) in m.startup.items()}
    at_least = lambda goal: (lambda value: value >= goal)  # noqa: E731
    at_most = lambda goal: (lambda value: value <= goal)  # noqa: E731
    return [
        ("get-by-id app CPU per request, sample / raw Vert.x", ratio(cpu("sample", "get-by-id"), cpu("raw-vertx", "get-by-id")),
         "at most 1.5", at_most(1.5)),
        ("get-by-id requests/s, sample / raw Vert.x", ratio(throughput("sample", "get-by-id"), throughput("raw-vertx", "get-by-id")),
         "at least 0.8", at_least(0.8)),
        ("get-by-id requests/s, sample / Spring WebFlux", ratio(throughput("sample", "get-by-id"), throughput("spring-webflux", "get-by-id")),
         "at least 3", at_least(3)),
        ("get-by-id requests/s, sample / FastAPI", ratio(throughput("sample", "get-by-id"), throughput("fastapi", "get-by-id")),
         "at least 3", at_least(3)),
        ("list requests/s, sample / Spring WebFlux", ratio(throughput("sample", "list"), throughput("spring-webflux", "list")),
         "at least 3", at_least(3)),
        ("list requests/s, sample / FastAPI", ratio(throughput("sample", "list"), throughput("fastapi", "list")),
         "at least 3", at_least(3)),
        ("time to first request, sample / raw Vert.x", ratio(first.get("sample"), first.get("raw-vertx")),
         "at most 2.5", at_most(2.5)),
        ("RSS after load, sample / raw Vert.x", ratio(m.rss_after.get("sample"), m.rss_after.get("raw-vertx")),
         "at most 1.5", at_most(1.5)),
        ("export RSS growth, largest minus smallest table (MiB), sample", export_growth(m, "sample"),
         "at most 64", at_most(64)),
    ]


def draw_chart(m, path):
    systems = m.systems()
    figure, axes = plt.subplots(2, 3, figsize=(16, 9))
    width = 0.8 / len(systems)

    def grouped_bars(axis, index, title, unit):
        for offset, system in enumerate(systems):
            values = [m.figure(system, endpoint, index=index) or 0 for endpoint in ENDPOINTS]
            positions = [i + offset * width for i in range(len(ENDPOINTS))]
            axis.bar(positions, values, width, label=NAMES[system], color=COLOURS[system])
        axis.set_xticks([i + width * (len(systems) - 1) / 2 for i in range(len(ENDPOINTS))], ENDPOINTS)
        axis.set_title(title)
        axis.set_ylabel(unit)

    grouped_bars(axes[0][0], 0, f"Throughput at {m.connections} connections", "requests/s")
    grouped_bars(axes[0][1], 2, "Application CPU per request", "µs")
    axes[0][0].legend()
    sweep = sorted([int(c) for c in m.meta["sweep"].split()] + [m.connections])
    axis = axes[0][2]
    for system in systems:
        axis.plot(sweep, [m.figure(system, "get-by-id", "sweep", c) or 0 for c in sweep], marker="o",
                  label=NAMES[system], color=COLOURS[system])
    axis.set_xscale("log", base=2)
    axis.set_xticks(sweep, [str(c) for c in sweep])
    axis.set_title("get-by-id: connection sweep")
    axis.set_xlabel("connections")
    axis.set_ylabel("requests/s")
    simple_bars(axes[1][0], systems, [m.startup[s][0] / 1000 for s in systems], "Time to first request", "s")
    simple_bars(axes[1][1], systems, [m.rss_after.get(s, 0) for s in systems], "RSS after load", "MiB")
    axis = axes[1][2]
    streaming = [s for s in systems if any(e[0] == s for e in m.exports)]
    sizes = sorted({count for _, count, *_ in m.exports})
    for offset, system in enumerate(streaming):
        values = [next((count * 1000 / max(ms, 1) for s, count, ms, *_ in m.exports if s == system and count == size), 0)
                  for size in sizes]
        axis.bar([i + offset * 0.4 for i in range(len(sizes))], values, 0.4, label=NAMES[system], color=COLOURS[system])
    axis.set_xticks([i + 0.2 for i in range(len(sizes))], [f"{size:,} rows" for size in sizes])
    axis.set_title("NDJSON export")
    axis.set_ylabel("rows/s")
    axis.legend()
    figure.suptitle(f"uniform benchmark, {m.meta['date']}" + (" (smoke)" if m.meta["mode"] == "smoke" else ""))
    figure.tight_layout()
    figure.savefig(path, dpi=80)


def simple_bars(axis, systems, values, title, unit):
    axis.bar([NAMES[s] for s in systems], values, color=[COLOURS[s] for s in systems])
    axis.set_title(title)
    axis.set_ylabel(unit)


def main():
    work, report = sys.argv[1], sys.argv[2]
    measurements = Measurements(work)
    draw_chart(measurements, report + ".png")
    write_markdown(measurements, report + ".md", os.path.basename(report) + ".png")
    with open(report + ".md") as file:
        print(file.read())


if __name__ == "__main__":
    main()
