#!/usr/bin/env python3
"""Candidate days for the seventh, held-out event set (Benchmarks/labels/ant-events7.tsv).

Reuses select_event_days2.py's procedure (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: every day within 4 days of a day of sets 1-6 (the
seventh set's days are at least 5 days from each earlier day).

Usage as select_event_days2.py; `ids` alone lists the chosen days' ids.
"""
import datetime, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days3 as set3
import select_event_days4 as set4
import select_event_days5 as set5
import select_event_days6 as set6

CHOSEN = ["2018-04-03", "2018-05-02", "2018-08-17"]  # i1, i2, i3

def within_three(days):
    """Each day and the three before and after it: base.excluded() adds one more on each side."""
    out = []
    for d in days:
        day = datetime.date.fromisoformat(d)
        out += [(day + datetime.timedelta(days=k)).isoformat() for k in range(-3, 4)]
    return out

if __name__ == "__main__":
    earlier = set3.SET1 + set3.SET2 + set3.CHOSEN + set4.CHOSEN + set5.CHOSEN + set6.CHOSEN
    base.run_for_later_set(within_three(earlier), CHOSEN)
