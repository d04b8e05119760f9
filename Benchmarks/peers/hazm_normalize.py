#!/usr/bin/env python3
"""Times hazm's Normalizer on a UTF-8 text file, one article per line, and prints MB/s.

Usage (hazm in a venv, never a Khabar dependency):
    (scripts/bench installs hazm==0.10.0 in Benchmarks/.venv)
    python Benchmarks/peers/hazm_normalize.py FILE [--repeat N]

Prints one line: `hazm-normalizer: <MB/s> MB/s, <ms> ms/article (<bytes> bytes, <n> articles)`,
the best of N runs (default 3), one core. Default Normalizer() options (which include its
spacing and affix-spacing rules, the closest to Khabar's display normaliser).
"""
import argparse, time

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from hazm import Normalizer
    normalizer = Normalizer()
    with open(args.file, encoding="utf-8") as f:
        articles = [line.rstrip("\n") for line in f if line.strip()]
    size = sum(len(a.encode("utf-8")) for a in articles)
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for article in articles:
            normalizer.normalize(article)
        best = min(best, time.perf_counter() - start)
    print(f"hazm-normalizer: {size / 1e6 / best:.2f} MB/s, {best * 1000 / len(articles):.3f} ms/article "
          f"({size} bytes, {len(articles)} articles)")

if __name__ == "__main__":
    main()
