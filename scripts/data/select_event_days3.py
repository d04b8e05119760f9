#!/usr/bin/env python3
"""Candidate days for the third, held-out event set (Benchmarks/labels/ant-events3.tsv).

Reuses select_event_days2.py's procedure (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: the days of sets 1 and 2 and the day before/after each.

Usage as select_event_days2.py; `ids` alone lists the chosen days' ids.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base

SET1 = ["2018-06-12", "2018-10-16", "2018-05-08", "2018-05-14"]
SET2 = ["2018-02-20", "2018-03-18", "2018-04-14"]
CHOSEN = ["2018-05-28", "2018-05-31", "2018-08-09"]  # e1, e2, e3

if __name__ == "__main__":
    base.run_for_later_set(SET1 + SET2, CHOSEN)
