"""Builds a blind date set (date-eval-blind3.jsonl, -blind4 or -blind5) from its sampled
candidates and the hand-written answers:

    python3 scripts/data/sample_date_eval_blind.py 125 2028 > blind3-candidates.jsonl   # before blind3 existed
    python3 build.py 3 date-eval-blind3.jsonl   # from this folder, with blind3-candidates.jsonl here
    python3 build.py 4 date-eval-blind4.jsonl   # with blind4-candidates.jsonl here
    python3 build.py 5 date-eval-blind5.jsonl   # with blind5-candidates.jsonl here
                                                # (sample_date_eval_blind.py 120 2030 80)
    python3 build.py 6 date-eval-blind6.jsonl   # with blind6-candidates.jsonl here
                                                # (sample_date_eval_blind.py 120 2031 80)
    python3 build.py 7 date-eval-blind7.jsonl   # with blind7-candidates.jsonl here
                                                # (sample_date_eval_blind.py 130 2032 70)
    python3 build.py 8 date-eval-blind8.jsonl   # with blind8-candidates.jsonl here
                                                # (sample_date_eval_blind.py 180 2033 120)

Answers: set 3 in annot.py (250 candidates) and written.py (written sentences); set 4 in
annot4.py (200 candidates, no written sentences); set 5 in annot5.py (120 Fars News and 80 ANT
Arabic candidates, no written sentences); set 6 in annot6.py (120 Fars News and 80 ANT Arabic
candidates, no written sentences); set 7 in annot7.py (130 Fars News and 70 ANT Arabic
candidates, no written sentences); set 8 in annot8.py (180 Fars News and 120 ANT Arabic candidates,
no written sentences; measured once as a whole, its split never used). Offsets are Unicode scalar offsets (Python
string indices); `part` is looked3/looked4 when the first byte of the SHA-256 of the UTF-8 text
is even, untouched3/untouched4 when odd.
"""
import collections, hashlib, importlib, json, sys

SETS = {'3': ('annot', 'written', 250), '4': ('annot4', None, 200), '5': ('annot5', None, 200),
        '6': ('annot6', None, 200), '7': ('annot7', None, 200), '8': ('annot8', None, 300)}


def find(text, t, n):
    """Offset of the n-th (0-based) occurrence of t in text."""
    k = -1
    for _ in range(n + 1):
        k = text.find(t, k + 1)
        if k < 0:
            raise SystemExit(f'not found: {t!r} in {text!r}')
    return k


def entries(text, ann):
    dates = []; ign = []
    for kind, t, res, n in ann:
        s = find(text, t, n); e = s + len(t)
        if kind == 'x':
            dates.append(dict(text=t, start=s, end=e, start_date=res[0], end_date=res[1], granularity=res[2], calendar=res[3]))
        else:
            ign.append(dict(text=t, start=s, end=e))
    dates.sort(key=lambda d: d['start']); ign.sort(key=lambda d: d['start'])
    return dates, ign


def main(number, target):
    annotations, written, count = SETS[number]
    A = importlib.import_module(annotations).A
    W = importlib.import_module(written).W if written else []
    candidates = [json.loads(l) for l in open(f'blind{number}-candidates.jsonl')]
    assert sorted(A) == list(range(count)), [i for i in range(count) if i not in A]

    def part(text):
        even = hashlib.sha256(text.encode()).digest()[0] % 2 == 0
        return ('looked' if even else 'untouched') + number

    out = []
    for i, x in enumerate(candidates):
        d, ig = entries(x['text'], A[i])
        out.append(dict(source=x['source'], language=x['language'], reference=x['reference'], text=x['text'], dates=d, ignore=ig, part=part(x['text'])))
    for j, x in enumerate(W):
        d, ig = entries(x['text'], x['ann'])
        out.append(dict(source=f'khabar-written{number}-{j:03d}', language=x['language'], reference=x['reference'], text=x['text'], dates=d, ignore=ig, part=part(x['text'])))
    with open(target, 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    cnt = collections.Counter()
    for o in out:
        k = 'written' if o['source'].startswith('khabar') else o['language']
        cnt[(k, o['part'])] += len(o['dates']); cnt[('sent', o['part'])] += 1
    print(sum(len(o['dates']) for o in out), 'expressions', len(out), 'sentences'); print(sorted(cnt.items()))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
