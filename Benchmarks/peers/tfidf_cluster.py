#!/usr/bin/env python3
"""Baseline peer for Khabar's event clustering: a streaming TF-IDF clusterer in Python.

Reads a JSON Lines file in Khabar's ingest format and groups the articles into events the way a
typical monolingual baseline does: each article (title + text) becomes a TF-IDF vector
(scikit-learn, word unigrams, sublinear tf, IDF fitted on the whole file first); articles arrive
in publication order, and each joins the most similar event seen in the previous `--window`
days if the cosine with its centroid reaches `--threshold`, else starts a new event.

Requires scikit-learn (pinned by scripts/bench in its own virtual environment):
    python Benchmarks/peers/tfidf_cluster.py articles.jsonl [--limit N] [--assignments OUT.tsv]

Output lines (read by the benchmark command):
    sklearn <version>
    articles <n> events <n> seconds <s> articles_per_second <r>
The timed part is vectorising (one transform of all articles, the IDF being fitted already) and
the streaming loop (clustering), not reading or fitting IDF.
With --assignments, writes `id<TAB>event` lines for quality evaluation.

How the loop is computed: an event's centroid is the sum of its articles' vectors, so its dot
product with a new article is the sum of that article's dot products with the event's members.
Once a day, one sparse product gives the dot products of the day's articles with every member of
an event still open that day and with each other; an article's scores against all the events it
is compared with are then one weighted count (numpy bincount) divided by the events' norms, each
kept up to date at every join (|sum + v|² = |sum|² + 2 sum . v + |v|²). These scores add the
same terms in another order than the direct formula, cos = (v . sum) / |sum| on the event's
summed vector, and can differ from it in the last bits; so every event within 1e-9 of the
decision (of the threshold, or of the best score) is scored again with the direct formula, and
the decision is taken on those scores. The assignments are thus exactly those of comparing the
article with each open event in turn, newest first, ties going to the older event.
"""
import argparse
import datetime
import json
import time

# Scores are cosines (at most 1) added from nonnegative terms, so the two ways of adding them
# differ by about n * 2**-53 at most for n terms: under 1e-12 for the few thousand terms here.
MARGIN = 1e-9
# The scan of earlier events stops at the first closed event more than this many events back.
LOOKBACK = 2000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--window", type=int, default=3)
    parser.add_argument("--assignments", default=None)
    args = parser.parse_args()

    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer

    print(f"sklearn {sklearn.__version__}")
    articles = []
    with open(args.path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if not (record.get("text") or "").strip():
                continue
            articles.append(record)
            if args.limit and len(articles) >= args.limit:
                break

    def day(record):
        value = (record.get("published") or "")[:10]
        try:
            return datetime.date.fromisoformat(value).toordinal()
        except ValueError:
            return None

    articles.sort(key=lambda r: (day(r) or 0, r.get("id") or ""))
    documents = [((r.get("title") or "") + "\n" + r["text"]) for r in articles]
    vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.5)
    vectorizer.fit(documents)
    days = [day(r) for r in articles]
    n = len(articles)

    start = time.perf_counter()
    vectors = vectorizer.transform(documents)   # row i: article i's vector, as transform([doc])
    squares = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()   # |v|² of each article
    totals = []                                  # each event's summed vector (None while it is
    firsts = []                                  # its first article's vector, sliced when needed)
    squared = np.zeros(n)                        # each event's |sum|², kept up to date at each join
                                                 # as |sum|² + 2 sum . v + |v|²
    norms = np.full(n, np.nan)                   # each event's |sum| from its summed vector, once
                                                 # it has been needed (NaN: not since its last join)
    lasts = [None] * n                           # each event's last day (None: undated)
    last_days = np.zeros(n, dtype=np.int64)      # the same as numbers, 0 for None
    dated = np.zeros(n, dtype=bool)
    event_of = np.zeros(n, dtype=np.int64)       # each article's event

    def summed(event):
        if totals[event] is None:
            totals[event] = vectors[firsts[event]]
        return totals[event]

    group_start = 0
    while group_start < n:
        today = days[group_start]
        group_end = group_start
        while group_end < n and days[group_end] == today:
            group_end += 1
        # Events open today (never closed by the window) and their earlier members; an event
        # closed now cannot reopen, since it can no longer be joined.
        count = len(totals)
        if today is None:
            open_events = np.ones(count, dtype=bool)
        else:
            open_events = ~(dated[:count] & (today - last_days[:count] > args.window))
        earlier = np.flatnonzero(open_events[event_of[:group_start]])
        columns = np.concatenate([earlier, np.arange(group_start, group_end)])
        dots = (vectors[group_start:group_end] @ vectors[columns].T).toarray()

        for row, i in enumerate(range(group_start, group_end)):
            count = len(totals)
            best = None
            if count:
                # The events the plain scan compares with: not closed by the window, back to the
                # first closed one more than LOOKBACK events back, and with a nonzero centroid.
                if today is None:
                    eligible = np.ones(count, dtype=bool)
                else:
                    closed = dated[:count] & (today - last_days[:count] > args.window)
                    eligible = ~closed
                    far = np.flatnonzero(closed[:max(0, count - LOOKBACK)])
                    if len(far):
                        eligible[:far[-1] + 1] = False
                eligible &= squared[:count] != 0
                candidates = np.flatnonzero(eligible)
                if len(candidates):
                    seen = len(earlier) + row   # members so far: earlier ones, then today's before i
                    sums = np.bincount(event_of[columns[:seen]], weights=dots[row, :seen], minlength=count)
                    scores = sums[candidates] / np.sqrt(squared[candidates])
                    top = scores.max()
                    if top >= args.threshold - MARGIN:
                        close = candidates[scores >= max(args.threshold - MARGIN, top - 2 * MARGIN)]
                        vector = vectors[i]
                        best_score = args.threshold
                        for index in close[::-1]:
                            total = summed(index)
                            if np.isnan(norms[index]):
                                norms[index] = np.sqrt(total.multiply(total).sum())
                            score = (vector.multiply(total)).sum() / norms[index]
                            if score >= best_score:
                                best, best_score = index, score
            if best is None:
                best = len(totals)
                totals.append(None)
                firsts.append(i)
                lasts[best] = today
                squared[best] = squares[i]
            else:
                totals[best] = summed(best) + vectors[i]
                lasts[best] = max(lasts[best] or 0, today or 0) or None
                squared[best] += 2 * sums[best] + squares[i]
            norms[best] = np.nan
            last_days[best] = lasts[best] or 0
            dated[best] = lasts[best] is not None
            event_of[i] = best
        group_start = group_end
    seconds = time.perf_counter() - start
    print(f"articles {n} events {len(totals)} seconds {seconds:.3f} "
          f"articles_per_second {n / seconds:.1f}")
    if args.assignments:
        with open(args.assignments, "w", encoding="utf-8") as out:
            for record, event in zip(articles, event_of):
                out.write(f"{record.get('id') or ''}\tpy-{event}\n")


if __name__ == "__main__":
    main()
