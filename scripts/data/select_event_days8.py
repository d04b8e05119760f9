#!/usr/bin/env python3
"""Candidate days for the eighth, held-out event set (Benchmarks/labels/ant-events8.tsv).

Reuses select_event_days2.py's procedure (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: every day within 4 days of a day of sets 1-7 (the
eighth set's days are at least 5 days from each earlier day, so its pool of +-2 days overlaps no
earlier set's pool).

Usage as select_event_days2.py; `ids` alone lists the chosen days' ids.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days3 as set3
import select_event_days4 as set4
import select_event_days5 as set5
import select_event_days6 as set6
import select_event_days7 as set7

CHOSEN = ["2018-03-28", "2018-06-07", "2018-07-20"]  # j1, j2, j3

# The days of sets 1-7.
EARLIER = set3.SET1 + set3.SET2 + set3.CHOSEN + set4.CHOSEN + set5.CHOSEN + set6.CHOSEN + set7.CHOSEN

if __name__ == "__main__":
    base.run_for_later_set(set7.within_three(EARLIER), CHOSEN)
