#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-sample8.txt, the eighth-round sample of person /
organisation / place mentions in article openings (issue 5, eighth round), measured once.

Selection rule, fixed before any annotation (the seventh sample's rule with a new salt and 20 + 20
articles): among the articles of Fars News (farsnews_fa) and of the ANT corpus (Middle East /
international news) whose text is at least 400 characters long, that are in none of the earlier
samples (build_entity_sample.py, build_body_sample.py, build_body6_sample.py,
build_entity_sample7.py) and none of the unannotated articles read while tuning the eighth round
(GUARD_SALT below: 200 Fars News and 150 ANT articles, and 150 more Fars News sports articles from
varzesh3), the 20 Persian and the 20 Arabic ones with the smallest SHA-256 of "khabar-extract8:" +
id. Excerpt: the opening sentences up to ~450 characters (build_entity_sample.excerpt). The whole
sample is one untouched part: it was annotated by hand and committed before the extractor ran on
it, then measured once with the round's final code; nothing was changed after.

Conventions: those of build_entity_sample7.py.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_entity_sample8.py ../shared/corpora          # writes the fixture
    python3 scripts/data/build_entity_sample8.py ../shared/corpora --show   # prints the excerpts
"""
import hashlib
import json
import lzma
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample as earlier  # noqa: E402
import build_entity_sample7 as sample7  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-extract8:"
GUARD_SALT = "khabar-guard8:"
COUNTS = {"fa": 20, "ar": 20}
P, O, L = "person", "organization", "place"

SAMPLE8 = {
    # Persian (farsnews_fa), in selection order.
    "farsnews-varzesh3-1-322": [("ورزش سه", O), ("شیجیاژوانگ اور برایت", O), ("چین", L), ("شنزن", O), ("قرمزها", O), ("شنزن", O), ("شیجیاژوانگ", O), ("جان مری", P)],
    "farsnews-varzesh3-2-496": [("باشگاه ذوب آهن", O), ("میلاد میرترابی", P), ("ذوب آهن", O), ("ذوب آهن", O), ("کمیته انضباطی فدراسیون فوتبال", O), ("ذوب آهن", O), ("باشگاه ذوب آهن", O)],
    "farsnews-fars-news-5-287": [("خبرگزاري فارس", O), ("تهران", L), ("يگان اجرائيات منطقه 9", O), ("سجادي", P), ("اداره كل اجرائيات شهرداري تهران", O), ("شهرداري منطقه 9", O), ("عليرضا سرگل زهي", P)],
    "farsnews-varzesh3-5-95": [("ذوب آهن اصفهان", O), ("ایران", L), ("ذوب‌آهن", O), ("فارس", O), ("مهدی رجب‌زاده", P), ("ذوب‌آهن", O), ("علیرضا منصوریان", P), ("لوکابوناتیچ", P), ("کارلوس سانتوزو", P), ("التفاق", O), ("عربستان", L), ("ذوب آهن", O)],
    "farsnews-varzesh3-1-273": [("آرش افشین", P), ("استقلال", O), ("استقلال", O), ("تهران", L), ("لیل", O), ("فرانسه", L), ("فرانسه", L)],
    "farsnews-fars-news-4-286": [("خبرگزاري فارس", O), ("زهرا", P), ("خامنه‌اي", P), ("امام خميني", P), ("تهران", L)],
    "farsnews-varzesh3-1-215": [("ورزش سه", O), ("باشگاه پاری سن ژرمن", O), ("لیونل مسی", P), ("بارسلونا", O), ("خاویر پاستوره", P), ("پاری سن ژرمن", O), ("لیونل مسی", P), ("پاریس", L), ("خاویر پاستوره", P), ("پاری سن ژرمن", O), ("مسی", P)],
    "farsnews-varzesh3-1-42": [("ورزش سه", O), ("فدراسیون والیبال", O), ("اسپانیا", L), ("پالنسیا", L), ("اسپانیا", L), ("اروپا", L)],
    "farsnews-varzesh3-4-257": [("ورزش سه", O), ("سروش رفیعی", P), ("الخور", O), ("السد", O), ("رفیعی", P), ("المرخیه", O)],
    "farsnews-varzesh3-2-409": [("ورزش سه", O), ("استقلال", O), ("پرسپولیس", O), ("ورزش سه", O)],
    "farsnews-varzesh3-2-95": [("رومانی", L), ("یونان", L), ("بخارست", L), ("برزیل", L), ("فارس", O), ("کرواسی", L), ("ایسلند", L), ("ریکجاویک", L)],
    "farsnews-fars-news-4-100": [("احمد احمدي‌منش", P), ("شوراي فرهنگ عمومي آذربايجان شرقي", O), ("فارس", O), ("تبريز", L)],
    "farsnews-fars-news-4-242": [("خبرگزاری فارس", O), ("سنندج", L), ("علیرضا آرامش", P), ("شورای اداری شهرستان سنندج", O), ("کمیته امداد امام خمینی", O), ("استان کردستان", L)],
    "farsnews-varzesh3-4-493": [("ایسنا", O), ("فناپ", O)],
    "farsnews-varzesh3-3-264": [("ورزش سه", O), ("ژوائو فلیکس", P), ("بنفیکا", O), ("اتلتیکو", O), ("مادرید", L), ("دیگو سیمئونه", P), ("رافائل فن در فارت", P)],
    "farsnews-varzesh3-5-387": [("نیکولاس آنلکا", P), ("شانگهای", O), ("چین", L), ("پاری سن ژرمن", O), ("سان", O)],
    "farsnews-varzesh3-5-100": [("ورزش سه", O), ("معراج اسماعیلی", P), ("ایران", L), ("فرهاد مجیدی", P), ("ازبکستان", L)],
    "farsnews-varzesh3-5-318": [("ورزش سه", O), ("فدراسیون کاراته", O), ("شورای فنی و راهبردی کاتا", O), ("حسن طباطبایی", P), ("وحید مومنی", P), ("سیدجمال الدین نکوفر", P), ("سعید نیکو خصلت", P), ("جواد شاهچراغی", P), ("نجفعلی مقدم", P), ("رضا صافی", P), ("علیرضا  رضازاده", P), ("محسن اشرفی", P), ("مسعود زارع", P), ("مصطفی پورجلالی", P), ("معصومه تمیمی", P), ("فرناز رواخواه", P)],
    "farsnews-fars-news-2-59": [("خبرگزاری فارس", O), ("سازمان سینمایی", O), ("شورای سیاستگذاری  سی و ششمین جشنواره فیلم فجر", O), ("محمد مهدی حیدریان", P), ("سازمان سینمایی", O), ("شورای سیاست گذاری جشنواره فیلم فجر", O), ("علیرضا رضا داد", P), ("علیرضا تابش", P), ("حسن خجسته", P), ("محمد بزرگ نیا", P), ("ابراهیم داروغه زاده", P), ("شورای سیاست گذاری سی و ششمین جشنواره ملی فیلم فجر", O)],
    "farsnews-varzesh3-1-112": [("ورزش سه", O), ("استرلینگ", P), ("لیورپول", O), ("راجرز", P)],
    # Arabic (ANT corpus, Middle East and international news), in selection order.
    "SK-internationalNews-243-20180309": [("إسبانيا", L), ("شبه الجزيرة الأيبرية", L), ("مجلس النواب الإسباني", O), ("إسبانيا", L)],
    "CN-middleEast-962-20180517": [("دبي", L), ("الإمارات العربية المتحدة", L), ("CNN", O), ("عبدالفتاح السيسي", P), ("الجريدة الرسمية المصرية", O)],
    "SK-internationalNews-1568-20180514": [("أنقرة", L), ("فتح الله غولن", P), ("تركيا", L), ("تركيا", L), ("أنقرة", L)],
    "FR-internationalNews-544-20180321": [("سيرغي لافروف", P), ("طوكيو", L), ("روسيا", L), ("المملكة المتحدة", L), ("بريطانيا", L), ("روسيا", L)],
    "AL-internationalNews-2021-20180722": [("نواز_شريف", P)],
    "SK-internationalNews-85-20180222": [("بودغوريتشا", L), ("جمهورية الجبل الأسود", L), ("مونتينيغرو", L), ("بورتال أناليتيكا", O), ("رويترز", O)],
    "BB-internationalNews-1102-20180930": [("كوريا الشمالية", L), ("الولايات المتحدة", L), ("ري يونغ هو", P), ("الجمعية العامة للأمم المتحدة", O), ("الولايات المتحدة", L)],
    "AL-internationalNews-739-20180401": [("جيش الاحتلال الإسرائيلي", O), ("بنيامين نتنياهو", P), ("رجب طيب أردوغان", P), ("عفرين", L), ("نتنياهو", P), ("إسرائيل", L), ("الجيش الإسرائيلي", O)],
    "FR-internationalNews-843-20180421": [("جامو", L), ("الهند", L)],
    "SK-middleEast-3825-20181011": [("طنطا", L), ("الإسكندرية", L), ("كنيسة القديسين", L), ("سيدي بشر", L), ("الإسكندرية", L), ("مصر", L), ("كنيسة مار جرجس", L), ("طنطا", L)],
    "SK-middleEast-3616-20180910": [("مملكة البحرين", L), ("حمد بن عيسى آل خليفة", P), ("بنا", O)],
    "SK-middleEast-355-20180317": [("عفرين", L), ("رجب طيب أردوغان", P), ("أردوغان", P), ("عفرين", L), ("أردوغان", P), ("وحدات حماية الشعب", O), ("نوري محمود", P), ("أردوغان", P)],
    "AL-internationalNews-1702-20180619": [("أحمد بن دغر", P), ("تحالف دعم الشرعية", O), ("الحديدة", L), ("بن دغر", P), ("الحديدة", L), ("الحوثي", O), ("وكالة الأنباء اليمنية", O)],
    "FR-middleEast-152-20180315": [("الغوطة الشرقية", L), ("حمورية", L), ("فيلق الرحمن", O), ("المرصد السوري لحقوق الإنسان", O), ("دمشق", L), ("فيلق الرحمن", O)],
    "FR-middleEast-546-20180529": [("السعودية", L), ("إيمانويل ماكرون", P), ("سعد الحريري", P), ("وكالة الأنباء السعودية", O), ("واس", O), ("وزارة الخارجية", O), ("سعد الحريري", P)],
    "FR-internationalNews-383-20180312": [("مجلس الأمن الوطني البريطاني", O), ("تيريزا ماي", P), ("سيرغي سكريبال", P), ("سالزبري", L), ("إنكلترا", L), ("تيريزا ماي", P), ("مجلس الأمن الوطني", O)],
    "AL-internationalNews-1751-20180625": [("رجب طيب أردوغان", P), ("تركيا", L), ("سوريا", L), ("حزب العدالة والتنمية", O), ("أنقرة", L), ("تركيا", L)],
    "BB-internationalNews-650-20180614": [("مايك بومبيو", P), ("كوريا الشمالية", L), ("بومبيو", P), ("كوريا الجنوبية", L), ("بيونغ يانغ", L), ("شبة الجزيرة الكورية", L), ("دونالد ترامب", P), ("كوريا الشمالية", L), ("كيم جونغ-أون", P), ("سنغافورة", L)],
    "BB-internationalNews-615-20180606": [("تيريزا ماي", P), ("قطاع غزة", L), ("ماي", P), ("بنيامين نتنياهو", P), ("داوننغ ستريت", L), ("إسرائيل", L), ("نتنياهو", P)],
    "FR-internationalNews-1101-20180506": [("جون ماكين", P), ("مايك بنس", P), ("البيت الأبيض", O), ("دونالد ترامب", P), ("ماكين", P), ("جون ماكين", P), ("دونالد ترامب", P)],
}


def used_ids():
    return sample7.used_ids() | set(sample7.SAMPLE7)


def eligible(item):
    if len(item["text"]) < 400:
        return False
    return item["language"] == "fa" or item["id"].split("-")[1] in ("middleEast", "internationalNews")


def articles(corpora):
    for name in ["farsnews_fa.jsonl.xz", "ant_multisource_ar.jsonl.xz"]:
        with lzma.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def digest(salt, article_id):
    return hashlib.sha256((salt + article_id).encode("utf-8")).hexdigest()


def guard_ids(corpora):
    """The unannotated articles read while tuning the eighth round."""
    used = used_ids()
    fa, ar, sport = [], [], []
    for item in articles(corpora):
        if item["id"] in used or not eligible(item):
            continue
        d = digest(GUARD_SALT, item["id"])
        (fa if item["language"] == "fa" else ar).append((d, item["id"]))
        if "varzesh3" in item["id"]:
            sport.append((d, item["id"]))
    chosen = [i for _, i in sorted(fa)[:200]] + [i for _, i in sorted(ar)[:150]]
    taken = set(chosen)
    return taken | set([i for _, i in sorted(sport) if i not in taken][:150])


def select(corpora):
    used = used_ids() | guard_ids(corpora)
    candidates = {"fa": [], "ar": []}
    texts = {}
    for item in articles(corpora):
        if item["id"] in used or not eligible(item):
            continue
        candidates[item["language"]].append((digest(SALT, item["id"]), item["id"]))
        texts[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:COUNTS[language]]] for language in COUNTS}
    return chosen, texts


def excerpt(text):
    return sample7.excerpt(text)


def write_sample(argv, number, annotations, select, excerpt):
    """Writes Fixtures/entity-sample<number>.txt from the annotations of the selected articles
    (or, with --show, prints the selected excerpts to annotate)."""
    corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
    chosen, texts = select(corpora)
    if "--show" in argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{excerpt(texts[article_id]['text'])}\n")
        return
    part = {}
    for language in ["fa", "ar"]:
        for article_id in chosen[language]:
            if article_id not in annotations:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            part[article_id] = annotations[article_id]
    header = [
        f"# Hand-annotated evaluation sample for EntityExtractor (built by scripts/data/build_entity_sample{number}.py).\n",
        "# Persian excerpts: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic excerpts: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        "# The texts are the outlets' own; only these opening sentences are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    earlier.write_marked(OUT / f"entity-sample{number}.txt", header, part, texts, excerpt, True, "excerpts")


def main():
    write_sample(sys.argv, 8, SAMPLE8, select, excerpt)


if __name__ == "__main__":
    main()
