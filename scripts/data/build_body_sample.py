#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-body5-{dev,test}.txt, the body-text sample of
person / organisation / place mentions (issue 5, fifth round).

The other samples (build_entity_sample.py) hold article openings only. This one takes a window
from the MIDDLE of each article. Selection rule, fixed before any annotation: among the articles
of the ANT corpus (Middle East / international news) and of Fars News (farsnews_fa) that are in
none of the earlier samples and whose text is at least 1,400 characters long, the 20 Arabic and
10 Persian ones with the smallest SHA-256 of "khabar-body5:" + id. Window: characters 800-1400 of
the text (line breaks as spaces), moved to word boundaries (it starts at the first word starting
at or after 800 and ends at the end of the last word ending at or before 1400). Split rule: in
selection order per language, even ranks form the part looked at while tuning (-dev), odd ranks
the part never looked at (-test).

The annotations below were written by hand, reading each window, before the extractor ran on
any of them and before any code change of the fifth round, by the conventions of
build_entity_sample.py (third and fourth samples). A name cut by the window's edge is not
annotated.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_body_sample.py ../shared/corpora
"""
import hashlib
import json
import lzma
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample as earlier  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-body5:"
COUNTS = {"ar": 20, "fa": 10}
P, O, L = "person", "organization", "place"

BODY5 = {
    # Persian (farsnews_fa), in selection order; even ranks are the looked-at part.
    "farsnews-varzesh3-2-246": [("کلوپ", P), ("کلوپ", P), ("فرد کالدیرا", P), ("پابلو اسکوبار", P), ("فرد", P), ("منچستریونایتد", O), ("فرد کالدیرا", P), ("کلوپ", P), ("پابلو اسکوبار", P), ("فرد", P), ("منچستریونایتد", O), ("لایپزیش", O), ("اولدترافورد", L)],
    "farsnews-fars-news-4-230": [("پاکستان", L), ("طالبان", O), ("ملابرادر", P), ("ملابرادر", P), ("پاکستان", L), ("طالبان", O), ("قطر", L), ("عبدالغنی برادر", P), ("عمر", P), ("افغانستان", L), ("پاکستان", L), ("سیا", O), ("کراچی", L)],
    "farsnews-varzesh3-1-272": [("ازبکستان", L), ("ازبکستان", L), ("آسیا", L), ("ایران", L), ("آسیا", L), ("فدراسیون ازبکستان", O), ("فدراسیون فوتبال ایران", O), ("فدراسیون ایران", O), ("تاشکند", L), ("فدراسیون فوتبال ایران", O), ("کی‌روش", P)],
    "farsnews-varzesh3-1-72": [("ذوب‌آهن", O), ("منصوریان", P), ("یحیی گل‌محمدی", P), ("ذوب‌آهن", O), ("یحیی", P), ("مجتبی حسینی", P), ("علی‌اکبر دارستانی", P)],
    "farsnews-varzesh3-1-108": [("آندرانیک تیموریان", P), ("آندو", P), ("استقلال", O), ("پرسپولیس", O), ("پرسپولیس", O), ("استقلال", O), ("استقلال", O), ("استقلال", O)],
    "farsnews-varzesh3-4-306": [("سجاد شهباززاده", P), ("ترکیه", L), ("آندو تیموریان", P), ("گسترش فولاد تبریز", O), ("تهران", L), ("استقلال", O), ("عادل شیحی", P), ("افتخاری", P), ("استقلال", O), ("منصوریان", P)],
    "farsnews-fars-news-3-294": [("وزارت نفت", O), ("سراج", P), ("زنگنه", P), ("وزارت نفت", O), ("نفت مسجد سلیمان", O), ("نفت آبادان", O), ("خاورمیانه", L), ("پارس جنوبی", O)],
    "farsnews-varzesh3-2-266": [("استقلال اهواز", O), ("خوزستان", L), ("راه آهن", O), ("راه آهن", O), ("پدیده", O), ("استقلال خوزستان", O), ("راه آهن", O), ("راه آهن", O), ("سپاهان", O), ("پرسپولیس", O), ("راه آهن", O), ("راه آهن", O)],
    "farsnews-fars-news-5-230": [("وزارت علوم", O), ("دانشگاه آزاد اسلامی", O), ("عجم\u200eنوروزی", P)],
    "farsnews-fars-news-1-14": [("حزب اعتماد ملي", O), ("جبهه دمواكرسي‌ خواهي", O), ("جبهه حزب مشاركت", O), ("اعتماد ملي", O), ("منتجب‌نيا", P), ("كارگزاران", O), ("سازمان مجاهدين انقلاب اسلامي", O), ("حزب اعتماد ملي", O), ("حزب اعتماد ملي", O)],
    # Arabic (ANT corpus, Middle East and international news), in selection order.
    "BB-middleEast-954-20180907": [("إدلب", L), ("روسيا", L), ("إدلب", L), ("إدلب", L), ("إدلب", L), ("تركيا", L), ("سوريا", L), ("تركيا", L), ("إدلب", L), ("روسيا", L), ("الولايات المتحدة", L), ("الأمم المتحدة", O), ("نيكي هايلي", P), ("إدلب", L)],
    "BB-middleEast-763-20180720": [("الديوانية", L), ("العراق", L), ("وكالة فرانس برس", O), ("منظمة بدر", O), ("وكالة رويترز", O), ("إيران", L)],
    "CN-internationalNews-617-20181002": [("البحرية الأمريكية", O), ("وو", P), ("الصين", L), ("الصين", L), ("للجمعية العامة للأمم المتحدة", O), ("لورنس العرب", P), ("دمشق", L)],
    "CN-middleEast-1470-20181010": [("CNN", O), ("ترامب", P), ("خاشقجي", P), ("اسطنبول", L), ("واشنطن بوست", O), ("الرياض", L), ("واشنطن بوست", O), ("وكالة أنباء رويترز", O), ("خاشقجي", P), ("CNN", O), ("ترامب", P), ("خاشقجي", P)],
    "BB-middleEast-1131-20181020": [("عسيري", P), ("المخابرات العامة السعودية", O), ("الجيش السعودي", O), ("عسيري", P), ("محايل", L), ("عسير", L), ("المملكة العربية السعودية", L), ("عسيري", P), ("ساندهيرست", O), ("ويست بوينت", O), ("سان سير", O), ("فرنسا", L), ("أحمد عسيري", P)],
    "SK-middleEast-402-20180319": [("وحدات حماية الشعب الكردية", O), ("الهلال الأحمر التركي", O), ("اللجنة الدولية للصليب الأحمر", O), ("بيتر ماورير", P), ("عفرين", L), ("الهلال الأحمر التركي", O), ("عفرين", L), ("جنيف", L), ("الشرق الأوسط", L), ("سوريا", L)],
    "FR-internationalNews-916-20180425": [("مادسن", P), ("مادسن", P), ("كيم فال", P), ("بيتر مادسن", P)],
    "SK-middleEast-3899-20181016": [("وزارة الداخلية", O), ("قيادة العمليات المشتركة", O), ("قيادة القوة البرية", O), ("جهاز الأمن الوطني", O), ("جهاز المخابرات الوطني", O), ("استخبارات وأمن الدفاع", O), ("الاستخبارات العسكرية", O), ("قيادة العمليات المشتركة", O)],
    "FR-internationalNews-906-20180425": [("ترامب", P), ("إيران", L), ("للولايات المتحدة", L), ("طهران", L), ("ترامب", P), ("ذي غارديان", O), ("ترامب", P), ("ماكرون", P), ("ترامب", P), ("ماكرون", P), ("ترامب", P)],
    "SK-internationalNews-1081-20180422": [("المتوسط", L), ("جبال الألب", L), ("جبال الألب", L), ("غينيا", L), ("ساحل العاج", L), ("إيطاليا", L), ("فرنسا", L), ("إيطاليا", L), ("جيرار كولومب", P)],
    "FR-middleEast-687-20180625": [("حلف الأطلسي", O), ("حلف شمال الأطلسي", O), ("ينس ستولتنبرغ", P), ("أردوغان", P)],
    "AL-internationalNews-1551-20180610": [("ترودو", P), ("ترودو", P), ("ترمب", P), ("مجموعة_السبع", O), ("كندا", L), ("ترمب", P), ("تويتر", O), ("جاستن", P), ("كندا", L), ("الولايات المتحدة", L)],
    "SK-middleEast-1727-20180515": [("حلب", L), ("حماة", L), ("حمص", L), ("دير الزور", L), ("لبنان", L), ("دمشق", L), ("إدلب", L), ("داعش", O)],
    "CN-internationalNews-37-20180226": [("كريستوفر غرادي", P), ("البحر الاسود", L), ("غرادي", P), ("البحرية الأمريكية", O), ("البحر الأسود", L), ("واشنطن", L), ("البحر الأسود", L), ("الناتو", O), ("روسيا", L), ("وزارة الدفاع الروسية", O), ("البحر الأسود", L)],
    "SK-middleEast-3593-20180909": [("مفوضية حقوق الإنسان", O), ("وزارة حقوق الإنسان اليمنية", O), ("نبيل عبد الحفيظ", P)],
    "SK-middleEast-748-20180403": [("إرتيريا", L), ("القاهرة", L), ("الخرطوم", L), ("آبي أحمد", P), ("مصر", L), ("السودان", L), ("إثيوبيا", L), ("ديسالين", P), ("آبي احمد", P)],
    "FR-internationalNews-2660-20180810": [("غزة", L), ("القططي", P), ("غزة", L), ("الاتحاد الأوروبي", O), ("الاتحاد الأوروبي", O)],
    "FR-internationalNews-561-20180405": [("شمال أفريقيا", L), ("الساحل", L)],
    "BB-middleEast-463-20180507": [("جونسون", P), ("إيران", L), ("واشنطن", L), ("جونسون", P), ("مايك بنس", P), ("جون بولتون", P), ("الكونغرس الأمريكي", O), ("جونسون", P), ("ترامب", P), ("ترامب", P)],
    "FR-internationalNews-2115-20180702": [("واينستين", P), ("هارفي واينستين", P), ("آشلي جاد", P), ("غوينث بالترو", P), ("سلمى حايك", P)],
}


def window(text, lo=800, hi=1400):
    text = text.replace("\r", " ").replace("\n", " ")
    start = lo
    while start < len(text) and (text[start - 1].isalnum() or text[start - 1] == "\u200c"):
        start += 1  # inside a word: move to the next word's start
    while start < len(text) and text[start].isspace():
        start += 1
    end = min(hi, len(text))
    while end > start and end < len(text) and (text[end].isalnum() or text[end] == "\u200c"):
        end -= 1  # inside a word: move back to the previous word's end
    return text[start:end].strip()


def used_ids():
    return (set(earlier.ANNOTATIONS) | set(earlier.HOLDOUT) | set(earlier.SAMPLE2)
            | set(earlier.SAMPLE2_EXTRA) | set(earlier.SAMPLE4))


def select(corpora, salt=SALT, counts=COUNTS, used=None, min_length=1400):
    """The articles a selection rule picks: per language, the `counts` articles of at least
    `min_length` characters in none of the `used` ids with the smallest SHA-256 of `salt` + id."""
    used = used_ids() if used is None else used
    candidates = {"fa": [], "ar": []}
    articles = {}
    for name in ["farsnews_fa.jsonl.xz", "ant_multisource_ar.jsonl.xz"]:
        with lzma.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                if item["id"] in used or len(item["text"]) < min_length:
                    continue
                if item["language"] == "ar" and item["id"].split("-")[1] not in ("middleEast", "internationalNews"):
                    continue
                digest = hashlib.sha256((salt + item["id"]).encode("utf-8")).hexdigest()
                candidates[item["language"]].append((digest, item["id"]))
                articles[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:counts[language]]] for language in counts}
    return chosen, articles


def build(argv, select_articles, annotations, name, window_of, script, span):
    """Writes Fixtures/entity-<name>-{dev,test}.txt from the chosen articles (even ranks -dev,
    odd ranks -test), or with --show prints the windows to annotate."""
    corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
    chosen, articles = select_articles(corpora)
    if "--show" in argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{window_of(articles[article_id]['text'])}\n")
        return
    dev, test = {}, {}
    for language in ["fa", "ar"]:
        for rank, article_id in enumerate(chosen[language]):
            if article_id not in annotations:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            (dev if rank % 2 == 0 else test)[article_id] = annotations[article_id]
    header = [
        f"# Hand-annotated body-text sample for EntityExtractor (built by scripts/data/{script}).\n",
        "# Persian windows: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic windows: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        f"# The texts are the outlets' own; only these windows (characters ~{span}) are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    for suffix, part in [("dev", dev), ("test", test)]:
        earlier.write_marked(OUT / f"entity-{name}-{suffix}.txt", header, part, articles, window_of, True, "windows")


def main():
    build(sys.argv, select, BODY5, "body5", window, "build_body_sample.py", "800-1400")


if __name__ == "__main__":
    main()
