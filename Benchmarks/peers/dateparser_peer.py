#!/usr/bin/env python3
"""Peer benchmark for Khabar's date stage: dateparser's search_dates on the same articles.

Reads a JSON Lines file in Khabar's ingest format (`text` required; `language` and `published`
used when present), runs `dateparser.search.search_dates(text, languages=[…])` on every article
with the article's publication time as the base of relative dates, and prints articles/s and
MB/s (UTF-8 bytes of `text`). With --phrases it also prints what dateparser resolves for a few
phrases Khabar's tests pin down.

Requires dateparser (measured with dateparser==1.5.0), installed in a virtual environment:
    (scripts/bench installs dateparser==1.5.0 in Benchmarks/.venv)
    python Benchmarks/peers/dateparser_peer.py articles.jsonl --limit 200 --phrases

Output lines (stable for the benchmark command to read):
    dateparser <version>
    articles <n> bytes <n> seconds <s> articles_per_second <r> mb_per_second <r> dates <n>
    phrase <language> <text> -> <what dateparser returns>
"""
import argparse
import datetime
import json
import sys
import time

# The phrases Khabar resolves and dateparser is compared on: (language, text, Khabar's answer).
PHRASES = [
    ("fa", "21 آذر 1404", "2025-12-12 (Solar Hijri day)"),
    ("fa", "سال 87", "1387 AP = 2008-03-20..2009-03-20"),
    ("fa", "14 ژانویه 2025", "2025-01-14"),
    ("fa", "۲۸ دی ۱۴۰۳", "2025-01-17"),
    ("fa", "دهه ۷۰", "1370s AP = 1991-03-21..2001-03-20"),
    ("ar", "رمضان ١٤٤٦", "1446-09 AH = 2025-03-01..2025-03-29"),
    ("ar", "12 كانون الأول/ديسمبر 2025", "2025-12-12"),
    ("ar", "العام الماضي", "the previous Gregorian year"),
]


def parse_published(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", help="JSON Lines file of articles")
    parser.add_argument("--limit", type=int, default=0, help="read at most this many articles (0: all)")
    parser.add_argument("--language", default=None, help="language code for all articles (default: each article's)")
    parser.add_argument("--phrases", action="store_true", help="print what dateparser resolves for the test phrases")
    args = parser.parse_args()

    import dateparser
    from dateparser.search import search_dates

    print(f"dateparser {dateparser.__version__}")
    if args.phrases:
        base = datetime.datetime(2025, 12, 12)
        for language, text, khabar in PHRASES:
            found = search_dates(text, languages=[language], settings={"RELATIVE_BASE": base})
            shown = [(phrase, moment.date().isoformat()) for phrase, moment in found] if found else None
            print(f"phrase {language} {text} -> {shown}  (Khabar: {khabar})")
    if not args.path:
        return 0

    articles = []
    with open(args.path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            articles.append(record)
            if args.limit and len(articles) >= args.limit:
                break
    total_bytes = sum(len(a["text"].encode("utf-8")) for a in articles)
    dates = 0
    start = time.perf_counter()
    for article in articles:
        language = args.language or article.get("language") or "fa"
        settings = {}
        base = parse_published(article.get("published"))
        if base:
            settings["RELATIVE_BASE"] = base
        found = search_dates(article["text"], languages=[language], settings=settings)
        dates += len(found or [])
    seconds = time.perf_counter() - start
    rate = len(articles) / seconds if seconds else float("inf")
    mb = total_bytes / 1e6 / seconds if seconds else float("inf")
    print(f"articles {len(articles)} bytes {total_bytes} seconds {seconds:.3f} "
          f"articles_per_second {rate:.1f} mb_per_second {mb:.3f} dates {dates}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
