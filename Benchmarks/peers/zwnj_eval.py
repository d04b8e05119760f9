#!/usr/bin/env python3
"""Measures Persian ZWNJ restoration on real news whose ZWNJs are removed.

Usage:
    swift build -c release --product khabar
    python3 Benchmarks/peers/zwnj_eval.py [--corpus PATH] [--khabar .build/release/khabar]
           [--split dev|test|all] [--show N] [--fixture OUT.txt]

The corpus is the farsnews_fa JSON Lines (xz) from ../shared/corpora (Apache-2.0, from
github language-ml/course-nlp-ir-1-text-exploring). It is inconsistent about ZWNJ, so only
articles that use ZWNJ consistently are kept (see `well_edited`): at least 8 ZWNJs, and none of
the fused or space-separated forms of the common patterns (standalone می/نمی/ها/های/تر/ترین/اند,
fused frequent verbs such as میشود, fused plurals and superlatives after a joining letter,
آنها/اینها). Nothing
in this selection uses Khabar's lexicons, and Khabar's lexicons come from hazm, not from this
corpus. Articles are split by id into `dev` (even) and `test` (odd) halves; tune on dev, report
test.

Two damages are measured: `fused` (every ZWNJ deleted: رئیس‌جمهور → رئیسجمهور) and `spaced`
(every ZWNJ replaced by a space: می‌کنند → می کنند). The damaged text goes through
`khabar normalize --lang fa`, and the output is aligned with the reference letter by letter
(the letters are the same; only the gaps between letters differ: none, ZWNJ, or space).

- A reference word *needs a ZWNJ* when it holds one. It is *restored* when every gap inside it
  and at its two edges is the reference's.
- A reference word without ZWNJ is *broken* when any gap inside it or at its edges differs.
- A ZWNJ after a letter that does not join to the left (ا د ذ ر ز ژ و آ أ إ ؤ ة) is invisible, so
  by default such gaps compare equal to none (`--strict` compares them as written).
"""
import argparse, hashlib, json, lzma, re, subprocess, sys, unicodedata
from pathlib import Path

ZWNJ = "\u200c"
NONJOINING = set("اآأإٱدذرزژوؤة")
LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06cc]")
STANDALONE = {"می", "نمی", "ها", "های", "هایی", "تر", "ترین", "اند", "ام", "ایم"}
FUSED_VERBS = re.compile(r"^ن?می(شود|شوند|شد|کند|کنند|کرد|کردند|توان|تواند|توانند|گوید|گویند|دهد|دهند|باشد|باشند|گیرد|گیرند|رسد|آید|رود|خواهد|دانند|داند)$")
HA_WORDS = {"تنها", "بها", "سها", "فقها", "الها", "تنهایی", "تنهائی"}
FUSED_SUPERLATIVES = {"بهترین", "بیشترین", "کمترین", "مهترین"}  # written fused by the standard too

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")

def clean(text):
    # Presentation forms (from PDFs) become their base letters, as Khabar's normaliser does.
    text = PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.replace("\u064a", "ی").replace("\u0649", "ی").replace("\u0643", "ک")
    text = re.sub("[\u064b-\u0652\u0670\u0640\u200e\u200f\u200b\u200d\ufeff]", "", text)
    text = re.sub(ZWNJ + "+", ZWNJ, text)
    text = re.sub(ZWNJ + r"(?=\s|$)|(?<=\s)" + ZWNJ + "|^" + ZWNJ, "", text, flags=re.M)
    return text

def well_edited(text):
    if text.count(ZWNJ) < 8:
        return False
    for token in re.split(r"[\s\u060c\u061b\u061f.,:;!?«»()\"'\[\]]+", text):
        if not token:
            continue
        if token in STANDALONE or token in ("آنها", "اینها") or FUSED_VERBS.match(token):
            return False
        if token.endswith("ترین") and len(token) > 5 and token[-5] not in NONJOINING and token not in FUSED_SUPERLATIVES:
            return False
        for suf in ("هایی", "های", "ها"):
            if token.endswith(suf) and len(token) > len(suf) + 1 and token not in HA_WORDS:
                if ZWNJ not in token[-len(suf) - 1:] and token[-len(suf) - 1] not in NONJOINING:
                    return False
    return True

def units_and_gaps(line, strict):
    units, gaps = [], []
    gap = None
    for ch in line:
        if ch == ZWNJ:
            gap = "S" if gap == "S" else "Z"
        elif ch.isspace():
            gap = "S"
        else:
            if units:
                g = gap or "N"
                if g == "Z" and not strict and units[-1] in NONJOINING:
                    g = "N"
                gaps.append(g)
            units.append(ch)
            gap = None
    return units, gaps

def score(ref, hyp, strict, stats, show):
    ru, rg = units_and_gaps(ref, strict)
    hu, hg = units_and_gaps(hyp, strict)
    if ru != hu:
        stats["skipped"] += 1
        return
    n = len(ru)
    is_letter = [bool(LETTER.match(c)) for c in ru]
    i = 0
    while i < n:
        if not is_letter[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and is_letter[j + 1] and rg[j] != "S":
            j += 1
        word_gaps = list(range(i, j))  # gap k lies between unit k and k+1
        edges = [k for k in (i - 1, j) if 0 <= k < n - 1 and is_letter[k] and is_letter[k + 1]]
        needs = any(rg[k] == "Z" for k in word_gaps)
        same = all(rg[k] == hg[k] for k in word_gaps + edges)
        stats["words"] += 1
        if needs:
            stats["needs"] += 1
            stats["restored"] += same
            if not same and show and len(stats["misses"]) < show:
                stats["misses"].append(render(ru, rg, i, j) + "  →  " + render(hu, hg, i, j))
        else:
            stats["broken"] += not same
            if not same and show and len(stats["breaks"]) < show:
                stats["breaks"].append(render(ru, rg, i, j) + "  →  " + render(hu, hg, i, j))
        i = j + 1

def render(units, gaps, i, j, context=4):
    lo, hi = max(0, i - context), min(len(units) - 1, j + context)
    out = []
    for k in range(lo, hi + 1):
        out.append(units[k])
        if k < hi:
            out.append({"N": "", "Z": "\u200c", "S": " "}[gaps[k]] if k != j and k != i - 1 else {"N": "", "Z": "\u200c", "S": " "}[gaps[k]])
    return "".join(out).replace("\u200c", "‹›" if False else "\u200c")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[3] / "shared/corpora/farsnews_fa.jsonl.xz"))
    ap.add_argument("--khabar", default=str(Path(__file__).resolve().parents[2] / ".build/release/khabar"))
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--fixture", help="write the first selected lines of the split (reference form) here")
    ap.add_argument("--damage", default="both", choices=["fused", "spaced", "both"])
    args = ap.parse_args()
    refs = []
    articles = 0
    with lzma.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            h = int(hashlib.sha1(art["id"].encode()).hexdigest(), 16) % 2
            if args.split != "all" and (h == 0) != (args.split == "dev"):
                continue
            text = unicodedata.normalize("NFC", clean(art["text"]))
            if not well_edited(text):
                continue
            articles += 1
            for para in text.split("\n"):
                para = re.sub(r"[ \t\u00a0]+", " ", para).strip()
                if LETTER.search(para):
                    refs.append(para)
    if args.fixture:
        Path(args.fixture).write_text("\n".join(refs[:60]) + "\n", encoding="utf-8")
    print(f"split={args.split} articles={articles} lines={len(refs)} chars={sum(map(len, refs))}")
    for mode, repl in (("fused", ""), ("spaced", " ")):
        if args.damage not in ("both", mode):
            continue
        damaged = [r.replace(ZWNJ, repl) for r in refs]
        out = subprocess.run([args.khabar, "normalize", "--lang", "fa"], input="\n".join(damaged) + "\n",
                             capture_output=True, text=True, check=True).stdout.split("\n")
        stats = {"words": 0, "needs": 0, "restored": 0, "broken": 0, "skipped": 0, "misses": [], "breaks": []}
        for ref, hyp in zip(refs, out):
            score(ref, hyp, args.strict, stats, args.show)
        print(f"{mode:6}: words={stats['words']} need-ZWNJ={stats['needs']} "
              f"restored={100 * stats['restored'] / max(1, stats['needs']):.2f}% "
              f"broken={100 * stats['broken'] / max(1, stats['words']):.3f}% ({stats['broken']}) "
              f"skipped-lines={stats['skipped']}")
        for m in stats["misses"]:
            print("  MISS ", m)
        for b in stats["breaks"]:
            print("  BREAK", b)

if __name__ == "__main__":
    main()
