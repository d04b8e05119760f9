#!/usr/bin/env python3
"""Candidate days for the ninth, held-out event set (Benchmarks/labels/ant-events9.tsv).

select_event_days8.py's procedure with set 8's days added to the exclusion list: every day within
4 days of a day of sets 1-8, so the ninth set's pool of +-2 days overlaps no earlier set's pool.
Usage as select_event_days2.py; `ids` alone lists the chosen days' ids.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days7 as set7
import select_event_days8 as set8

CHOSEN = ["2018-04-09", "2018-05-21", "2018-06-28"]  # k1, k2, k3

if __name__ == "__main__":
    base.run_for_later_set(set7.within_three(set8.EARLIER + set8.CHOSEN), CHOSEN)
