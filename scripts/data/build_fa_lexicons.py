#!/usr/bin/env python3
"""Builds KhabarText's Persian lexicons from hazm's MIT-licensed word lists.

Usage:
    python3 -m venv /work/venv-text && /work/venv-text/bin/pip install hazm==0.10.0
    /work/venv-text/bin/python scripts/data/build_fa_lexicons.py

Reads hazm/data/{words,verbs,stopwords,abbreviations}.dat from the installed hazm 0.10.0
package (MIT licence, Copyright (c) 2013 Alireza Nourian; see Sources/KhabarText/Resources/fa/NOTICE.md)
and the hand-written lists in scripts/data/fa/, and writes into Sources/KhabarText/Resources/fa/:

- words.tsv       words written without ZWNJ, with flags (s: attested with a frequency or a part of
                  speech in hazm; a: can be an adjective or adverb, so it takes تر/ترین; n: noun) and the
                  bit length of hazm's frequency (0–31), to choose between two readings
- compounds.txt   words written with ZWNJ (compounds, fixed forms), hazm's plus our own lists;
                  `j` marks the few (space-compounds.txt) also joined across a space
- verbs.tsv       past and present verb stems (stems beginning with می are left out: the rare
                  میزیدن, میراندن would read میزند as a verb of their own)
- heads.txt       heads of compounds written after a ZWNJ (سازی, شده, پذیر …), counted over hazm's
                  two-part entries: those written with ZWNJ after an attested word at least 10 times
                  and at least as often as fused (numerals left out), plus scripts/data/fa/heads-extra.txt
- stopwords.txt   stop words (hazm's list, ZWNJ forms kept, multi-word entries dropped)
- abbreviations.txt  abbreviations that end with a dot, for the sentence splitter

Rules applied (deterministic; rerunning gives the same files):
- Arabic yeh/kaf/alef maksura are mapped to Persian ی/ک; diacritics and tatweel removed.
- Only entries made of Persian letters (and ZWNJ) are kept.
- A weak entry (frequency 0 and no part of speech, often a fused spelling that hazm harvested) is
  dropped from words.tsv when it reads as a strong word plus a suffix that takes a ZWNJ
  (ها, های, هایی, تر, ترین) or as می/نمی plus a verb form, so the restorer can fix it
  (آنها → آن‌ها, as the Academy's orthography prefers).
- A compound whose fused spelling is a strong plain word (بیش‌تر / بیشتر), or such a word plus a
  suffix written joined (بیش‌ترین / بیشتر + ین), is dropped: a correct word without ZWNJ is
  never broken.
- Spellings without the hamza seat that news text uses (رأی → رای, تأسیسات → تاسیسات, مؤسسه →
  موسسه) are added with the word's flags and frequency, unless they exist already.
"""
import os, re, sys, importlib.util
from pathlib import Path

ZWNJ = "\u200c"
REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Sources/KhabarText/Resources/fa"
EXTRA = REPO / "scripts/data/fa"

def hazm_data() -> Path:
    spec = importlib.util.find_spec("hazm")
    if spec is None or spec.origin is None:
        sys.exit("hazm is not installed: pip install hazm==0.10.0")
    return Path(spec.origin).parent / "data"

PERSIAN = re.compile("^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+$")
DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")

def clean(word: str) -> str:
    word = word.strip().replace("\u064a", "\u06cc").replace("\u0649", "\u06cc").replace("\u0643", "\u06a9")
    word = DIACRITICS.sub("", word)
    word = re.sub(ZWNJ + "+", ZWNJ, word).strip(ZWNJ)
    return word

HEADER = """# {title}
# Derived by scripts/data/build_fa_lexicons.py from hazm 0.10.0 (hazm/data/{source}),
# MIT licence, Copyright (c) 2013 Alireza Nourian; see NOTICE.md in this folder.{extra}
# Generated file: edit the script or scripts/data/fa/*.txt, not this file.
"""

# Suffixes written joined (see ZWNJRestorer rule 3): a compound whose fused form is a strong word
# plus one of them (بیش‌ترین / بیشترین) is dropped like one whose fused form is a strong word.
JOINED = ("یی", "ی", "ان", "ین", "ات", "یان")

def read_extra(name):
    path = EXTRA / name
    out = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(clean(line))
    return out

def main():
    data = hazm_data()
    strong, weak, flags, bucket = set(), set(), {}, {}
    compounds = {}
    for line in (data / "words.dat").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        word = clean(parts[0])
        if not word or not PERSIAN.match(word) or len(word.replace(ZWNJ, "")) < 2:
            continue
        freq = int(parts[1]) if parts[1].isdigit() else 0
        pos = set(parts[2].split(",")) - {"0", ""}
        if ZWNJ in word:
            compounds[word] = max(compounds.get(word, 0), freq + (1 if pos else 0))
            continue
        bucket[word] = max(bucket.get(word, 0), freq.bit_length())
        f = flags.setdefault(word, set())
        if freq > 0 or pos:
            strong.add(word); f.add("s")
        else:
            weak.add(word)
        if pos & {"AJ", "ADV"}:
            f.add("a")
        if pos & {"N", "PRO", "NUM", "PL"}:
            f.add("n")
    weak -= strong

    verbs = []
    for line in (data / "verbs.dat").read_text(encoding="utf-8").splitlines():
        if "#" not in line:
            continue
        past, present = (clean(x) for x in line.split("#", 1))
        present = present.split(" ")[0]
        if (past and not PERSIAN.match(past)) or (present and not PERSIAN.match(present)):
            continue
        if past.startswith("می") or present.startswith("می"):
            continue  # rare verbs (میزیدن, میراندن) whose forms read as می + verb (میزند, میراند)
        verbs.append((past, present))
    verbs = sorted(set(verbs))
    forms = set()
    for past, present in verbs:
        for p in filter(None, [past]):
            for e in ["", "م", "ی", "یم", "ید", "ند"]:
                forms.add(p + e)
        for p in filter(None, [present]):
            for e in ["م", "ی", "د", "یم", "ید", "ند"]:
                forms.add(p + e)
                if p[-1] == "ا":
                    forms.add(p + "ی" + e)
            forms.add(p)

    # Drop weak fused spellings that the restorer knows how to split.
    def splittable(word):
        for suffix in ("هایی", "های", "ها", "ترین", "تر"):
            if word.endswith(suffix) and word[: -len(suffix)] in strong and len(word) - len(suffix) >= 2:
                return True
        for prefix in ("نمی", "می"):
            if word.startswith(prefix) and word[len(prefix):] in forms:
                return True
        return False
    dropped = sorted(w for w in weak if splittable(w))
    for w in dropped:
        weak.discard(w); flags.pop(w, None)

    spaced = set(read_extra("space-compounds.txt"))
    for word in read_extra("compounds-extra.txt") + sorted(spaced):
        compounds[word] = max(compounds.get(word, 0), 1)
    never = set(read_extra("plain-extra.txt"))
    for word in never:
        flags.setdefault(word, set()).add("s"); strong.add(word)

    kept = {}
    conflicts = []
    for word, freq in compounds.items():
        fused = word.replace(ZWNJ, "")
        if fused in strong or any(fused.endswith(j) and fused[: -len(j)] in strong for j in JOINED):
            conflicts.append(word)
            continue
        kept[word] = freq
        if fused in weak:  # the compound reading wins over an unattested fused spelling
            weak.discard(fused); flags.pop(fused, None)

    # Spellings without the hamza seat that news text often uses (رأی → رای, تأسیسات → تاسیسات,
    # مؤسسه → موسسه): the variant gets the word's flags and frequency unless it exists already.
    def unhamza(word):
        return word.replace("أ", "ا").replace("إ", "ا").replace("ؤ", "و")
    variants = 0
    for word in sorted(flags):
        plainer = unhamza(word)
        if plainer != word and plainer not in strong:
            flags[plainer] = set(flags.get(plainer, set())) | flags[word]
            bucket[plainer] = max(bucket.get(plainer, 0), bucket.get(word, 0))
            if word in strong:
                strong.add(plainer); weak.discard(plainer)
            variants += 1
    for word in sorted(kept):
        plainer = unhamza(word)
        if plainer != word and plainer not in kept and plainer.replace(ZWNJ, "") not in strong:
            kept[plainer] = kept[word]
            variants += 1

    # Heads of compounds (سازی, شده, پذیر, آمیز …): second parts that hazm writes after a ZWNJ at
    # least as often as fused, counted over hazm's own two-part entries whose first part is an
    # attested word, plus scripts/data/fa/heads-extra.txt. The restorer splits an unknown fused word
    # into a noun + one of them (بهینهسازی → بهینه‌سازی).
    # Numerals are left out (hazm lists many generated چهار‌ساله, صد‌نفره: heads only after a number).
    numerals = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
                "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "دویست", "سیصد", "پانصد",
                "هزار", "میلیون", "میلیارد", "تریلیارد", "چند")
    after_zwnj, fused_with = {}, {}
    for word in compounds:
        parts = word.split(ZWNJ)
        if len(parts) == 2 and parts[0].endswith(numerals):
            continue
        if len(parts) == 2 and parts[0] in strong and len(parts[0]) >= 2 and len(parts[1]) >= 2:
            after_zwnj[parts[1]] = after_zwnj.get(parts[1], 0) + 1
    candidates = {h for h, n in after_zwnj.items() if n >= 10}
    by_length = {}
    for h in candidates:
        by_length.setdefault(len(h), set()).add(h)
    for word in strong | weak:
        for length, heads in by_length.items():
            if len(word) > length + 1 and word[-length:] in heads and word[:-length] in strong \
                    and not word[:-length].endswith(numerals):
                fused_with[word[-length:]] = fused_with.get(word[-length:], 0) + 1
    heads = {h: (after_zwnj[h], fused_with.get(h, 0)) for h in candidates
             if after_zwnj[h] >= fused_with.get(h, 0) and not h.isdigit()}
    for h in read_extra("heads-extra.txt"):
        heads.setdefault(h, (after_zwnj.get(h, 0), fused_with.get(h, 0)))

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "heads.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Heads of Persian compounds written after a ZWNJ: head, hazm entries with ZWNJ, fused.",
                              source="words.dat", extra="\n# Counted over hazm's entries (see the script); plus scripts/data/fa/heads-extra.txt (Khabar's own)."))
        for h in sorted(heads):
            f.write(f"{h}\t{heads[h][0]}\t{heads[h][1]}\n")
    with open(OUT / "words.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Persian words written without ZWNJ: word, flags (s attested, a adjective/adverb, n noun), log2 of hazm's frequency + 1.",
                              source="words.dat", extra="\n# Spellings without the hamza seat added (رأی → رای). Plus scripts/data/fa/plain-extra.txt (Khabar's own, same licence as Khabar)."))
        for word in sorted(flags):
            f.write(word + "\t" + "".join(sorted(flags[word])) + "\t" + str(bucket.get(word, 0)) + "\n")
    with open(OUT / "compounds.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Persian words written with ZWNJ (compounds and fixed forms); j: also joined across a space.", source="words.dat",
                              extra="\n# Plus scripts/data/fa/compounds-extra.txt (Khabar's own, same licence as Khabar)."))
        for word in sorted(kept):
            f.write(word + ("\tj" if word in spaced else "") + "\n")
    with open(OUT / "verbs.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Persian verb stems: past<TAB>present.", source="verbs.dat", extra=""))
        for past, present in verbs:
            f.write(past + "\t" + present + "\n")
    stop = []
    for line in (data / "stopwords.dat").read_text(encoding="utf-8").splitlines():
        w = clean(line)
        if w and "_" not in w and " " not in w and PERSIAN.match(w):
            stop.append(w)
    stop = sorted(set(stop) | set(read_extra("stopwords-extra.txt")))
    with open(OUT / "stopwords.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Persian stop words for search keys.", source="stopwords.dat",
                              extra="\n# Plus scripts/data/fa/stopwords-extra.txt (Khabar's own)."))
        for w in stop:
            f.write(w + "\n")
    abbr = sorted({clean(l) for l in (data / "abbreviations.dat").read_text(encoding="utf-8").splitlines() if clean(l)})
    with open(OUT / "abbreviations.txt", "w", encoding="utf-8") as f:
        f.write(HEADER.format(title="Persian abbreviations written with dots (ه.ش., ق.م.), for the sentence splitter.", source="abbreviations.dat", extra=""))
        for w in abbr:
            f.write(w + "\n")
    print(f"words.tsv: {len(flags)} ({len(strong)} strong), dropped weak fused: {len(dropped)}", file=sys.stderr)
    print(f"compounds.txt: {len(kept)} (dropped {len(conflicts)} whose fused form is a word: {conflicts[:15]})", file=sys.stderr)
    print(f"verbs.tsv: {len(verbs)}, forms: {len(forms)}; stopwords: {len(stop)}; abbreviations: {len(abbr)}", file=sys.stderr)
    print(f"hamza variants: {variants}; heads.txt: {len(heads)}", file=sys.stderr)

if __name__ == "__main__":
    main()
