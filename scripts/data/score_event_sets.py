#!/usr/bin/env python3
"""Score khabar's events against the hand-labelled ANT event sets (Benchmarks/labels/ant-events*.tsv),
each set's labelled articles ingested alone and among all articles of its days ± 2 days (its
"pool"), in several orders of the same reports.

Usage: score_event_sets.py KHABAR_BINARY CORPUS.jsonl [--orders N] [--sets 1,2,5]

Why several orders: the clusterer takes a day's reports in a canonical order (anchor day, then
id) so that arrival cannot change its result, but an id is a hash of the article's address, so
which report seeds a big story's events is arbitrary. Order k > 0 ingests the same articles with
"#order-k" appended to every address (other ids, the same content); order 0 is the corpus as it
is. The mean over orders is the figure to compare; one order's can move by a quarter in a pool.

Prints, per set, pairwise F1 at the labels' event and story level: the mean over orders and the
lowest and highest; then the mean over sets. Needs `khabar ingest` and `khabar events`; uses a
temporary folder and two processes at a time."""
import collections, itertools, json, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "Benchmarks/labels"
STORY = re.compile(r"story:([a-z][0-9]-[a-z0-9-]+)")
MARGIN = 2  # days either side of a labelled day in a pool


def label_sets(wanted):
    """(number, file name, {id: event}, {id: story}, labelled days) of each chosen set."""
    files = sorted(LABELS.glob("ant-events*.tsv"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 1))
    out = []
    for path in files:
        number = int(re.sub(r"\D", "", path.stem) or 1)
        if wanted and number not in wanted:
            continue
        events, stories, days = {}, {}, set()
        for line in path.read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            events[fields[0]] = fields[1]
            match = STORY.search(fields[3]) if len(fields) > 3 else None
            stories[fields[0]] = match.group(1) if match else fields[1]
            days.add(date.fromisoformat(fields[2]))
        out.append((number, path.name, events, stories, days))
    return out


def near(day, days):
    return any(abs((day - d).days) <= MARGIN for d in days)


def pair_counts(predicted, gold):
    """(pairs in both, pairs only predicted, pairs only in gold) over the ids both hold."""
    ids = [i for i in gold if i in predicted]
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same, truth = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same and truth
        fp += same and not truth
        fn += truth and not same
    return tp, fp, fn


def pairwise(predicted, gold):
    tp, fp, fn = pair_counts(predicted, gold)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def run(binary, articles, order, folder, name):
    """Ingests `articles` with addresses of order `order`; returns {id: (event, story)}."""
    suffix = "" if order == 0 else f"#order-{order}"
    source = folder / f"{name}-{order}.jsonl"
    ids_of = collections.defaultdict(list)
    with source.open("w") as out:
        for a in articles:
            a = dict(a)
            a["url"] = (a.get("url") or "urn:khabar-eval:" + a["id"]) + suffix
            ids_of[a["url"]].append(a["id"])
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    database = folder / f"{name}-{order}.sqlite"
    subprocess.run([binary, "ingest", str(source), "--db", str(database)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listing = subprocess.run([binary, "events", "--db", str(database), "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
    result = {}
    for event in json.loads(listing):
        for report in event["reports"]:
            for i in ids_of.get(report["url"], []):
                result[i] = (event["id"], event.get("story") or event["id"])
    return result


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if args and args[0] in ("-h", "--help") else 2)
    binary, corpus = args[0], args[1]
    orders = int(args[args.index("--orders") + 1]) if "--orders" in args else 5
    wanted = {int(x) for x in args[args.index("--sets") + 1].split(",")} if "--sets" in args else set()
    sets = label_sets(wanted)

    alone = {number: [] for number, *_ in sets}
    pools = {number: [] for number, *_ in sets}
    with open(corpus) as f:
        for line in f:
            article = json.loads(line)
            day = date.fromisoformat((article.get("published") or "")[:10]) if article.get("published") else None
            for number, _, events, _, days in sets:
                if article["id"] in events:
                    alone[number].append(article)
                # An article without text is one `khabar ingest` rejects (and exits 1 for): the
                # corpus has two, one in set 9's pool.
                if day and near(day, days) and (article.get("text") or "").strip():
                    pools[number].append(article)

    jobs = []
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        folder = Path(tmp)
        for number, *_ in sets:
            for order in range(orders):
                for kind, articles in (("alone", alone[number]), ("pool", pools[number])):
                    jobs.append(((number, kind, order),
                                 pool.submit(run, binary, articles, order, folder, f"set{number}-{kind}")))
        results = {key: job.result() for key, job in jobs}

    print(f"pairwise F1 at the labels' event / story level, mean over {orders} orders (lowest–highest)")
    print(f"{'set':<18} {'articles':>8}  {'alone: event':<22} {'story':<6}  {'pool':>6}  {'pool: event':<22} {'story':<6}")
    means = collections.defaultdict(list)
    for number, name, events, stories, _ in sets:
        cells = []
        for kind in ("alone", "pool"):
            scores = [results[(number, kind, order)] for order in range(orders)]
            ev = [pairwise({i: s[0] for i, s in r.items()}, events) for r in scores]
            st = [pairwise({i: s[1] for i, s in r.items()}, stories) for r in scores]
            means[kind + " event"].append(sum(ev) / orders)
            means[kind + " story"].append(sum(st) / orders)
            cells.append((f"{sum(ev) / orders:.3f} ({min(ev):.2f}–{max(ev):.2f})", f"{sum(st) / orders:.3f}"))
        print(f"{name:<18} {len(alone[number]):>8}  {cells[0][0]:<22} {cells[0][1]:<6}  {len(pools[number]):>6}  "
              f"{cells[1][0]:<22} {cells[1][1]:<6}")
    mean = lambda key: sum(means[key]) / len(means[key])
    print(f"{'mean of the sets':<18} {'':>8}  {mean('alone event'):.3f}{'':<17} {mean('alone story'):.3f}   {'':>6}  "
          f"{mean('pool event'):.3f}{'':<17} {mean('pool story'):.3f}")


if __name__ == "__main__":
    main()
