#!/usr/bin/env python3
"""Draws candidate sentences for the blind date evaluation set (Tests/KhabarTimeTests/Fixtures/
date-eval-blind.jsonl) from the development corpora: one sentence per article, from articles
that are not in the earlier sets (date-eval-dev, date-eval-heldout), among sentences with a
four-digit number or a temporal word. The word lists are broader than sample_date_eval.py's
(holidays, hours, parts of the day, units of time) so that the sample is not limited to the
forms the grammar was first written for.

    python3 scripts/data/sample_date_eval_blind.py 230 2026 > blind-candidates.jsonl
    (before date-eval-blind.jsonl existed), then, with it present, for the second blind set:
    python3 scripts/data/sample_date_eval_blind.py 100 2027 > blind2-candidates.jsonl
    and, with date-eval-blind2.jsonl present too, for the third blind set:
    python3 scripts/data/sample_date_eval_blind.py 125 2028 > blind3-candidates.jsonl
    with date-eval-blind3.jsonl and date-eval-blind4.jsonl present, for the fifth (120 fa, 80 ar):
    python3 scripts/data/sample_date_eval_blind.py 120 2030 80 > blind5-candidates.jsonl
    with date-eval-blind5.jsonl present, for the sixth (120 fa, 80 ar):
    python3 scripts/data/sample_date_eval_blind.py 120 2031 80 > blind6-candidates.jsonl
    with date-eval-blind6.jsonl present, for the seventh (130 fa, 70 ar, weighted further toward
    the weaker Fars News source):
    python3 scripts/data/sample_date_eval_blind.py 130 2032 70 > blind7-candidates.jsonl
    with date-eval-blind7.jsonl present, for the eighth (180 fa, 120 ar, a final one-shot measurement):
    python3 scripts/data/sample_date_eval_blind.py 180 2033 120 > blind8-candidates.jsonl
    (each run leaves out the articles of every fixture present, so a run with a later set present
    draws other sentences)

The answers are then written by hand (see the README of the fixtures).
"""
import json, lzma, random, re, sys
from pathlib import Path

n, seed = int(sys.argv[1]), int(sys.argv[2])
n_ar = int(sys.argv[3]) if len(sys.argv) > 3 else n   # Arabic count (default: the same as Persian)
random.seed(seed)
fixtures = Path(__file__).resolve().parents[2] / "Tests/KhabarTimeTests/Fixtures"
used = set()
for name in ("date-eval-dev.jsonl", "date-eval-heldout.jsonl", "date-eval-blind.jsonl", "date-eval-blind2.jsonl",
             "date-eval-blind3.jsonl", "date-eval-blind4.jsonl", "date-eval-blind5.jsonl",
             "date-eval-blind6.jsonl", "date-eval-blind7.jsonl", "date-eval-blind8.jsonl"):
    path = fixtures / name
    if not path.exists():
        continue
    for line in path.read_text(encoding="utf-8").splitlines():
        used.add(json.loads(line)["source"])

fa_words = (r"(فروردین|فروردين|اردیبهشت|خرداد|تیر|تير|مرداد|شهریور|شهريور|مهر|آبان|آذر|دی|دي|بهمن|اسفند|"
            r"ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|جولای|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|"
            r"امروز|دیروز|ديروز|فردا|امشب|دیشب|امسال|پارسال|گذشته|جاری|جاري|آینده|آينده|اخیر|اخير|هفته|ماه|سال|دهه|قرن|"
            r"شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|صبح|ظهر|عصر|شب|بامداد|ساعت|روز|"
            r"نوروز|عید|عيد|فطر|قربان|غدیر|غدير|محرم|صفر|رمضان|شعبان|رجب|عاشورا|تاسوعا|اربعین|اربعين|"
            r"میلادی|ميلادي|شمسی|قمری|قمري|پیش|قبل|بعد|تاکنون|تا کنون)")
ar_words = (r"(يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|"
            r"نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|اليوم|أمس|الأمس|البارحة|غدا|غداً|الليلة|صباح|مساء|ظهر|فجر|"
            r"الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي|الأخيرة|الأسبوع|أسبوع|الشهر|شهر|أشهر|"
            r"العام|عام|سنة|سنوات|أعوام|يوم|أيام|ساعة|ساعات|الساعات|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|"
            r"الأربعاء|الخميس|الجمعة|رمضان|شوال|محرم|الحجة|عيد|الفطر|الأضحى|هـ|منذ|قبل|بعد|خلال|حتى)")
digits4 = r"[0-9۰-۹٠-٩]{4}"


def sentences(text):
    for s in re.split(r"(?<=[.!?؟])\s+|\n+", text):
        s = s.strip()
        if 40 <= len(s) <= 300:
            yield s


def sample(path, words, count):
    pool = []
    with lzma.open(path, "rt") as f:
        for line in f:
            d = json.loads(line)
            if not d.get("published") or d["id"] in used:
                continue
            for s in sentences(d["text"]):
                if re.search(r"(?<!\w)" + words + r"(?!\w)", s) or re.search(digits4, s):
                    pool.append((d["id"], d["published"][:10], s))
    random.shuffle(pool)
    seen, out = set(), []
    for item in pool:
        if item[0] in seen:
            continue
        seen.add(item[0])
        out.append(item)
        if len(out) == count:
            break
    return out


for lang, path, words, count in (("fa", "farsnews_fa", fa_words, n), ("ar", "ant_multisource_ar", ar_words, n_ar)):
    for (i, p, s) in sample(f"/work/shared/corpora/{path}.jsonl.xz", words, count):
        print(json.dumps({"source": i, "language": lang, "reference": p, "text": s}, ensure_ascii=False))
