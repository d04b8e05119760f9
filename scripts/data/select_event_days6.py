#!/usr/bin/env python3
"""Candidate days for the sixth, held-out event set (Benchmarks/labels/ant-events6.tsv).

Reuses select_event_days2.py's procedure (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: the days of sets 1-5 and the day before/after each.

Usage as select_event_days2.py; `ids` alone lists the chosen days' ids.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days3 as set3
import select_event_days4 as set4
import select_event_days5 as set5

CHOSEN = ["2018-03-07", "2018-07-09", "2018-09-12"]  # h1, h2, h3

if __name__ == "__main__":
    base.run_for_later_set(set3.SET1 + set3.SET2 + set3.CHOSEN + set4.CHOSEN + set5.CHOSEN, CHOSEN)
