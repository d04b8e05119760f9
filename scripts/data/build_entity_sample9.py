#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-sample9.txt, the ninth-round sample of person /
organisation / place mentions in article openings (issue 5, ninth round), measured once.

Selection rule, fixed before any annotation (the eighth sample's rule with a new salt): among the
articles of Fars News (farsnews_fa) and of the ANT corpus (Middle East / international news)
whose text is at least 400 characters long, that are in none of the earlier samples (every
sample up to build_entity_sample8.py), none of the unannotated articles read while tuning the
eighth round (build_entity_sample8.GUARD_SALT) and none of those read while tuning the ninth
(GUARD_SALT below: 200 Fars News and 150 ANT articles, and 150 more Fars News sports articles from
varzesh3), the 20 Persian and the 20 Arabic ones with the smallest SHA-256 of "khabar-extract9:" +
id. Excerpt: the opening sentences up to ~450 characters (build_entity_sample.excerpt). The whole
sample is one untouched part: it was annotated by hand and committed before the extractor ran on
it, then measured once with the round's final code; nothing was changed after.

Conventions: those of build_entity_sample7.py and build_entity_sample8.py (a club and its country
are two mentions: لیل فرانسه; شرکت outside a company's name; a festival's or a municipality
district's body annotated whole). Choices without precedent, made while annotating and before
the extractor ran: دولت نهم (the ninth cabinet) is an organisation as مجلس هشتم was; نفتی ها (the
Naft players) an organisation as the nicknames قرمزها and یونایتدها were; a body named with "of
this city" is annotated without it (دانشگاه علوم پزشکی, اتاق اصناف); جورج بوش الأب is one name;
حكومة إقليم كردستان is the body's name (a national حكومة X is not); المخابرات الأميركية is an
organisation as البحرية الأمريكية was; a misspelt طهرات is still the place; قصر الرئاسة, a
palace described rather than named, is not annotated.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_entity_sample9.py ../shared/corpora          # writes the fixture
    python3 scripts/data/build_entity_sample9.py ../shared/corpora --show   # prints the excerpts
    python3 scripts/data/build_entity_sample9.py ../shared/corpora --guard FILE.jsonl
        # writes the ninth round's unannotated tuning articles (first 1,500 characters)
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample8 as sample8  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
SALT = "khabar-extract9:"
GUARD_SALT = "khabar-guard9:"
COUNTS = {"fa": 20, "ar": 20}
P, O, L = "person", "organization", "place"

SAMPLE9 = {
    # Persian (farsnews_fa), in selection order.
    "farsnews-fars-news-1-121": [("اسحاق صلاحی", P), ("سازمان اصناف و کتابخانه ملی ایران", O), ("تهران", L), ("باشگاه خبری فارس", O), ("توانا", O)],
    "farsnews-fars-news-4-89": [("خبرگزاری فارس", O), ("وزارت دادگستری آمریکا", O), ("ایران", L), ("ونزوئلا", L), ("وزارت دادگستری آمریکا", O), ("آمریکا", L)],
    "farsnews-varzesh3-4-216": [("ماتیاس سامر", P), ("بایرن مونیخ", O), ("یوپ هاینکس", P), ("هامبورگ", O), ("دورتموند", O), ("اشتوتگارت", O)],
    "farsnews-fars-news-5-278": [("خبرگزاری فارس", O), ("یاسوج", L), ("کهگیلویه و بویراحمد", L), ("بویراحمد", L), ("دبیرستان فردوسی سپیدار", O)],
    "farsnews-varzesh3-3-448": [("میلاد نوری", P), ("صبای قم", O), ("ملوان بندر انزلی", O), ("صبای قم", O), ("ملوان بندر انزلی", O), ("ورزشگاه تختی", L), ("انزلی", L), ("ملوان بندر انزلی", O)],
    "farsnews-fars-news-1-242": [("محمد صفری", P), ("فارس", O), ("اصفهان", L), ("جبهه‌ مردمی نیروهای انقلاب اسلامی", O)],
    "farsnews-fars-news-1-27": [("خبرگزاري فارس", O), ("سنندج", L), ("سيدمحمد حسيني", P), ("پيام نور", O)],
    "farsnews-fars-news-4-125": [("فارس", O), ("مشهد", L), ("محمد‌جواد محمدي زاده", P), ("ايران", L), ("خامنه‌اي", P)],
    "farsnews-varzesh3-5-479": [("هادی شکوری", P), ("صبا", O)],
    "farsnews-fars-news-1-209": [("خبرگزاري فارس", O), ("اردبيل", L), ("علي نيكزاد", P), ("شوراي اداري شهرستان بيله سوار", O), ("دولت نهم", O)],
    "farsnews-varzesh3-5-231": [("ورزش سه", O), ("فیفا", O), ("فیفا", O), ("فیفا", O), ("فیفا", O), ("شامپاین", P)],
    "farsnews-fars-news-3-139": [("خبرگزاری فارس", O), ("شیراز", L), ("دانشگاه علوم پزشکی", O), ("جلیل معصومی", P)],
    "farsnews-fars-news-2-119": [("بهمن لازمي", P), ("فارس", O), ("زنجان", L), ("استان زنجان", L)],
    "farsnews-fars-news-4-182": [("خبرگزاری فارس", O), ("سوادکوه", L), ("محسن قبادیان", P), ("زیراب", L), ("سوادکوه", L)],
    "farsnews-fars-news-1-239": [("خبرگزاري فارس", O), ("فرهنگسراي بانو", O)],
    "farsnews-varzesh3-1-303": [("ورزش سه", O), ("نفت تهران", O), ("ملوان", O), ("نفت", O), ("ملوان", O), ("آرش افشین", P), ("پیام صادقیان", P), ("جلال حسینی", P), ("نفتی ها", O)],
    "farsnews-fars-news-4-130": [("خبرگزاري فارس", O), ("مركز خبر حوزه علميه قم", O)],
    "farsnews-fars-news-1-94": [("حسين عليخاني", P), ("قبرس", L), ("لانه جاسوسي", L), ("آمريكا", L), ("تهران", L), ("تايمز", O), ("آمريكا", L), ("ايران", L), ("آمريكا", L), ("ايران", L)],
    "farsnews-fars-news-1-42": [("خبرگزاری فارس", O), ("لاهیجان", L), ("گیلان", L), ("اتاق اصناف", O), ("ایران", L)],
    "farsnews-fars-news-3-147": [("خبرگزاري فارس", O), ("مجمع تشخيص مصلحت نظام", O), ("يونسكو", O)],
    # Arabic (ANT corpus, Middle East and international news), in selection order.
    "CN-middleEast-1262-20180819": [("دبي", L), ("الإمارات العربية المتحدة", L), ("CNN", O), ("خالد الفيصل", P), ("مكة", L), ("لجنة الحج المركزية", O), ("المملكة العربية السعودية", L)],
    "SK-middleEast-1768-20180517": [("حزب الله", O), ("إيران", L), ("إسرائيل", L), ("طهرات", L)],
    "SK-internationalNews-946-20180416": [("جورج بوش الأب", P), ("باربرا", P), ("هيوستون", L), ("جورج دبليو.بوش", P), ("باربرا بوش", P)],
    "FR-middleEast-157-20180315": [("سوريا", L), ("الغوطة الشرقية", L), ("عفرين", L), ("بشار الأسد", P), ("فبريس بلانش", P), ("حافظ الأسد", P), ("بشار الأسد", P)],
    "SK-internationalNews-1281-20180430": [("إسرائيل", L), ("ألمانيا", L), ("فرنسا", L), ("بنيامين نتنياهو", P), ("إيران", L), ("لندن", L), ("إيران", L)],
    "SK-internationalNews-1925-20180602": [("ميلينا بوغدير", P), ("العراق", L), ("جان إيف لودريان", P), ("داعش", O), ("بوغدير", P), ("العراق", L), ("بوغدير", P)],
    "SK-middleEast-3009-20180720": [("أبوظبي", L), ("شي جين بينغ", P), ("دبي", L), ("محمد بن راشد آل مكتوم", P), ("أبوظبي", L), ("محمد بن زايد آل نهيان", P)],
    "FR-internationalNews-969-20180428": [("روسيا", L), ("دوما", L), ("الولايات المتحدة", L), ("فرنسا", L), ("بريطانيا", L), ("دمشق", L)],
    "SK-internationalNews-1783-20180525": [("روسيا", L), ("سي إن بي سي", O), ("المخابرات الأميركية", O)],
    "SK-middleEast-3375-20180813": [("سكاي نيوز عربية", O), ("الحوثي", O), ("إيران", L), ("المقاومة اليمنية المشتركة", O), ("التحالف العربي", O), ("الدريهمي", L), ("الحديدة", L), ("المقاومة اليمنية المشتركة", O), ("الدريهمي", L), ("الحوثي", O)],
    "SK-internationalNews-961-20180417": [("مجلس الشيوخ الأميركي", O), ("الكونغرس", O), ("العراق", L), ("سوريا", L), ("البيت الأبيض", O)],
    "SK-middleEast-373-20180319": [("حكومة إقليم كردستان", O), ("عفرين", L), ("سوريا", L), ("السليمانية", L), ("حلبجة", L), ("كردستان", L), ("عفرين", L)],
    "SK-internationalNews-2474-20180704": [("ديلي ميل", O), ("نويفا ايسيجا", L), ("فرديناند بوت", P)],
    "SK-internationalNews-2394-20180629": [("المجلس الأوروبي", O), ("دونالد توسك", P), ("بريطانيا", L), ("الاتحاد الأوروبي", O), ("بروكسل", L), ("بريطانيا", L), ("الاتحاد الاوروبي", O)],
    "BB-internationalNews-73-20180228": [("رواندا", L), ("بى بى سى", O)],
    "AL-internationalNews-1181-20180515": [("الكويت", L), ("مجلس_الأمن الدولي", O), ("غزة", L), ("الجيش الإسرائيلي", O), ("غزة", L), ("وزارة الصحة الفلسطينية", O), ("قطاع غزة", L)],
    "CN-middleEast-285-20180317": [("دبي", L), ("الإمارات العربية المتحدة", L), ("CNN", O), ("الغوطة الشرقية", L), ("ريف دمشق", L), ("تاس", O), ("الغوطة الشرقية", L), ("حمورية", L), ("حزّة", L), ("النشابية", L), ("المركز الروسي لمصالحة الأطراف المتنازعة في سوريا", O), ("فلاديمير زولوتوخين", P)],
    "AL-internationalNews-749-20180401": [("وزارة الخارجية الروسية", O), ("منظمة حظر الأسلحة الكيمياوية", O), ("إنجلترا", L), ("بريطانيا", L), ("سيرغي سكريبال", P), ("يوليا", P)],
    "SK-internationalNews-3497-20181015": [("الصين", L), ("بيزنيس إنسايدر", O)],
    "FR-middleEast-880-20180807": [("واشنطن", L), ("إيران", L), ("ترامب", P), ("واشنطن", L), ("طهران", L), ("الولايات المتحدة", L)],
}


def earlier_ids(corpora):
    """Every article of an earlier sample or read while tuning the eighth round."""
    return sample8.used_ids() | set(sample8.SAMPLE8) | sample8.guard_ids(corpora)


def guard_ids(corpora, used):
    """The unannotated articles read while tuning the ninth round."""
    fa, ar, sport = [], [], []
    for item in sample8.articles(corpora):
        if item["id"] in used or not sample8.eligible(item):
            continue
        d = sample8.digest(GUARD_SALT, item["id"])
        (fa if item["language"] == "fa" else ar).append((d, item["id"]))
        if "varzesh3" in item["id"]:
            sport.append((d, item["id"]))
    chosen = [i for _, i in sorted(fa)[:200]] + [i for _, i in sorted(ar)[:150]]
    taken = set(chosen)
    return chosen + [i for _, i in sorted(sport) if i not in taken][:150]


def select(corpora):
    earlier_used = earlier_ids(corpora)
    used = earlier_used | set(guard_ids(corpora, earlier_used))
    candidates = {"fa": [], "ar": []}
    texts = {}
    for item in sample8.articles(corpora):
        if item["id"] in used or not sample8.eligible(item):
            continue
        candidates[item["language"]].append((sample8.digest(SALT, item["id"]), item["id"]))
        texts[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:COUNTS[language]]] for language in COUNTS}
    return chosen, texts


def excerpt(text):
    return sample8.excerpt(text)


def write_guard(corpora, path):
    ids = guard_ids(corpora, earlier_ids(corpora))
    wanted = set(ids)
    rows = {}
    for item in sample8.articles(corpora):
        if item["id"] in wanted:
            rows[item["id"]] = {"id": item["id"], "language": item["language"], "text": item["text"][:1500]}
    with open(path, "w", encoding="utf-8") as f:
        for article_id in ids:
            f.write(json.dumps(rows[article_id], ensure_ascii=False) + "\n")
    print(f"{path}: {len(ids)} articles")


def main():
    argv = sys.argv
    if "--guard" in argv:
        corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
        write_guard(corpora, argv[argv.index("--guard") + 1])
        return
    sample8.write_sample(argv, 9, SAMPLE9, select, excerpt)


if __name__ == "__main__":
    main()
