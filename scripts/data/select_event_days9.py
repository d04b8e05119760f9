#!/usr/bin/env python3
"""Candidate days for the ninth, held-out event set (Benchmarks/labels/ant-events9.tsv).

Reuses select_event_days2.py's procedure (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: every day within 4 days of a day of sets 1-8 (the
ninth set's days are at least 5 days from each earlier day, so its pool of +-2 days overlaps no
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
import select_event_days8 as set8

CHOSEN = ["2018-04-09", "2018-05-21", "2018-06-28"]  # k1, k2, k3

if __name__ == "__main__":
    earlier = (set3.SET1 + set3.SET2 + set3.CHOSEN + set4.CHOSEN + set5.CHOSEN + set6.CHOSEN
               + set7.CHOSEN + set8.CHOSEN)
    base.run_for_later_set(set7.within_three(earlier), CHOSEN)
