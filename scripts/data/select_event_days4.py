#!/usr/bin/env python3
"""Candidate days for the fourth, held-out event set (Benchmarks/labels/ant-events4.tsv).

Reuses select_event_days2.py unchanged (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: the days of sets 1, 2 and 3 and the day before/after each.

    python3 scripts/data/select_event_days4.py                 # candidate table (70-110 articles)
    python3 scripts/data/select_event_days4.py list 2018-03-11 # id, outlet, title for one day
    python3 scripts/data/select_event_days4.py ids             # the selected ids (CHOSEN days)
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days3 as set3

SET3 = set3.CHOSEN
CHOSEN = ["2018-03-11", "2018-07-12", "2018-09-07"]  # f1, f2, f3

base.FIRST_SET = set3.SET1 + set3.SET2 + SET3  # excluded(): these days and their neighbours

if __name__ == "__main__":
    if sys.argv[1:] == ["ids"]:
        sys.argv += CHOSEN
    base.main()
