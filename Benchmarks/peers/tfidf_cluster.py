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
The timed part is the streaming loop (vectorising and clustering), not reading or fitting IDF.
With --assignments, writes `id<TAB>event` lines for quality evaluation.
"""
import argparse
import datetime
import json
import time


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

    start = time.perf_counter()
    centroids = []   # (sum vector, count, last day)
    assignments = []
    for record, document in zip(articles, documents):
        vector = vectorizer.transform([document])
        today = day(record)
        best, best_score = None, args.threshold
        for index in range(len(centroids) - 1, -1, -1):
            total, count, last = centroids[index]
            if today is not None and last is not None and today - last > args.window:
                if len(centroids) - index > 2000:
                    break
                continue
            norm = np.sqrt(total.multiply(total).sum())
            if norm == 0:
                continue
            score = (vector.multiply(total)).sum() / norm
            if score >= best_score:
                best, best_score = index, score
        if best is None:
            centroids.append((vector, 1, today))
            assignments.append(len(centroids) - 1)
        else:
            total, count, last = centroids[best]
            centroids[best] = (total + vector, count + 1, max(last or 0, today or 0) or None)
            assignments.append(best)
    seconds = time.perf_counter() - start
    print(f"articles {len(articles)} events {len(centroids)} seconds {seconds:.3f} "
          f"articles_per_second {len(articles) / seconds:.1f}")
    if args.assignments:
        with open(args.assignments, "w", encoding="utf-8") as out:
            for record, event in zip(articles, assignments):
                out.write(f"{record.get('id') or ''}\tpy-{event}\n")


if __name__ == "__main__":
    main()
