#!/usr/bin/env python3
"""How far two labellings of the same articles agree: pairwise F1 at the event and story level.

Usage: label_agreement.py FIRST.tsv SECOND.tsv

Both files in the format of Benchmarks/labels/ant-events.tsv (id, event, day, note with an
optional `story:` tag). Pairwise F1 is symmetric; precision and recall are printed with the first
file as the reference. The score a clusterer gets against either labelling can be read against
this one: it is how well one careful reader predicts another."""
import collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_event_sets import STORY, pair_counts


def load(path):
    """({id: event}, {id: story}, {id: day}) of a label file."""
    events, stories, days = {}, {}, {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        note = fields[3] if len(fields) > 3 else ""
        match = STORY.search(note)
        events[fields[0]] = fields[1]
        stories[fields[0]] = match.group(1) if match else fields[1]
        days[fields[0]] = fields[2]
    return events, stories, days


def pairwise(reference, other):
    """(shared pairs, pairs only in other, pairs only in reference) over the ids both hold."""
    return pair_counts(other, reference)


def f1(both, only_other, only_reference):
    return 2 * both / (2 * both + only_other + only_reference) if both else 0.0


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    first, second = load(sys.argv[1]), load(sys.argv[2])
    missing = set(first[0]) ^ set(second[0])
    if missing:
        print(f"{len(missing)} ids are in one file only; they are left out")
    for name, index in (("event", 0), ("story", 1)):
        both, only_second, only_first = pairwise(first[index], second[index])
        print(f"{name}: pairs first {both + only_first}, second {both + only_second}, shared {both}; "
              f"pairwise F1 {f1(both, only_second, only_first):.3f} "
              f"(precision of second {both / max(1, both + only_second):.3f}, recall {both / max(1, both + only_first):.3f})")
    by_day = collections.defaultdict(list)
    for article, day in first[2].items():
        by_day[day].append(article)
    for day, ids in sorted(by_day.items()):
        a = {i: first[0][i] for i in ids}
        b = {i: second[0][i] for i in ids if i in second[0]}
        print(f"{day}: event F1 {f1(*pairwise(a, b)):.3f}")


if __name__ == "__main__":
    main()
