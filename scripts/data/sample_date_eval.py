#!/usr/bin/env python3
"""Draws candidate sentences for the hand-checked date evaluation set (Tests/KhabarTimeTests/
Fixtures/date-eval-*.jsonl) from the development corpora: one sentence per article, among
sentences with a four-digit number or a date word, at random with a fixed seed.

    python3 scripts/data/sample_date_eval.py 100 4 > dev-candidates.jsonl    # the dev set
    python3 scripts/data/sample_date_eval.py 60 11 > heldout-candidates.jsonl # the held-out set
(the held-out set drops articles already in the dev set). The answers are then written by hand.
"""
import json, lzma, random, re, sys
random.seed(int(sys.argv[2]))
fa_words = r"(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|امروز|دیروز|فردا|امسال|پارسال|گذشته|جاری|آینده|هفته|شنبه|جمعه|سال|دهه|رمضان|محرم|میلادی)"
ar_words = r"(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين|اليوم|أمس|غدا|الماضي|الماضية|المقبل|المقبلة|الجاري|الحالي|الأسبوع|الشهر|العام|عام|السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|رمضان|هـ|منذ)"
digits4 = r"[0-9۰-۹٠-٩]{4}"
def sentences(text):
    for s in re.split(r"(?<=[.!?؟])\s+|\n+", text):
        s = s.strip()
        if 40 <= len(s) <= 260: yield s
def sample(path, words, n, need_published):
    pool = []
    with lzma.open(path, "rt") as f:
        for line in f:
            d = json.loads(line)
            if need_published and not d.get("published"): continue
            for s in sentences(d["text"]):
                if re.search(r"(?<!\w)" + words + r"(?!\w)", s) or re.search(digits4, s):
                    pool.append((d["id"], d.get("published", "")[:10], s))
    random.shuffle(pool)
    seen = set(); out = []
    for item in pool:
        if item[0] in seen: continue
        seen.add(item[0]); out.append(item)
        if len(out) == n: break
    return out
fa = sample("/work/shared/corpora/farsnews_fa.jsonl.xz", fa_words, int(sys.argv[1]), True)
ar = sample("/work/shared/corpora/ant_multisource_ar.jsonl.xz", ar_words, int(sys.argv[1]), True)
for lang, items in (("fa", fa), ("ar", ar)):
    for (i, p, s) in items:
        print(json.dumps({"source": i, "language": lang, "reference": p, "text": s}, ensure_ascii=False))
