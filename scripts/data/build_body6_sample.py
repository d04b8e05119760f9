#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-body6-{dev,test}.txt, the second body-text
sample of person / organisation / place mentions (issue 5, sixth round: names said again by
surname or short form later in a document).

Selection rule, fixed before any annotation: among the articles of the ANT corpus (Middle East /
international news) and of Fars News (farsnews_fa) that are in none of the earlier samples
(build_entity_sample.py, build_body_sample.py) and whose text is at least 1,400 characters long,
the 15 Arabic and 15 Persian ones with the smallest SHA-256 of "khabar-body6:" + id. Window:
characters 400-1200 of the text (line breaks as spaces), moved to word boundaries as in
build_body_sample.py — longer and earlier than the fifth round's 800-1400, so that a name given
in full and then by surname alone can both fall inside one window. Split rule: in selection
order per language, even ranks form the part looked at while tuning (-dev), odd ranks the part
never looked at (-test).

The annotations below were written by hand, reading each window, before the extractor ran on
any of them and before any code change of the sixth round, by the conventions of
build_entity_sample.py (third and fourth samples): people, organisations (agencies, outlets,
ministries, parties, armed groups, teams, named institutions; the outermost name) and places
(countries, cities, provinces with استان, regions, named facilities); a proclitic before a name
is outside the span except where ل + ال fuse; adjectives and "our country" not annotated; a
surname or short form that names an entity again is annotated like any other mention. A name cut
by the window's edge is not annotated.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_body6_sample.py ../shared/corpora          # writes the fixtures
    python3 scripts/data/build_body6_sample.py ../shared/corpora --show   # prints the windows
"""
import hashlib
import json
import lzma
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_body_sample as body5  # noqa: E402
import build_entity_sample as earlier  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-body6:"
COUNTS = {"ar": 15, "fa": 15}
P, O, L = "person", "organization", "place"

BODY6 = {
    # Persian (farsnews_fa), in selection order; even ranks are the looked-at part.
    "farsnews-fars-news-5-69": [("آمریکا", L), ("عظمت خان", P), ("ایالات متحده", L), ("افغانستان", L), ("آمریکا", L), ("آمریکا", L), ("اداره توسعه بین‌المللی آمریکا", O)],
    "farsnews-fars-news-3-89": [("برانکو", P), ("برانکو", P), ("برانکو", P), ("باشگاه پرسپولیس", O), ("فیفا", O), ("برانکو", P), ("فیفا", O), ("زلاتکو", P), ("ایگور", P), ("مارکو", P)],
    "farsnews-fars-news-2-267": [("زنجان", L), ("طارم", L), ("مجلس شورای اسلامی", O), ("اسماعیلی", P)],
    "farsnews-fars-news-3-57": [("آستارا", L), ("دبیرستان دخترانه کار و دانش فاطمه‌زهرا", O), ("آستارا", L), ("مسجد عباسیه", L), ("آستارا", L), ("مسجد میرزا", L), ("آستارا", L), ("مسجد آبروان", L), ("آستارا", L), ("دبیرستان امام علی", O), ("پل احمد", L), ("خلیل‌آباد", L), ("آستارا", L), ("مدرسه دبستان ظهیرنیا", O), ("آستارا", L), ("مدرسه شرف", O), ("آستارا", L), ("مسجد صاحب الزمان", L), ("آستارا", L), ("کانون شطرنج تربیت بدنی", O), ("آستارا", L), ("مدرسه ابتدایی پروین اعتصامی", O), ("آستارا", L), ("مسجد حسینیه", L), ("آستارا", L), ("مسجد سجاد", L), ("شهرک مهدی", L), ("آستارا", L)],
    "farsnews-varzesh3-1-204": [("فرزاد جعفری", P), ("سیامک کوروشی", P), ("ایوب والی", P), ("عارف غلامی", P), ("بابک مرادی", P), ("میثم دورقی", P), ("مهدی زبیدی", P), ("سینا مریدی", P), ("تاکافومی آکاهوشی", P), ("رافائل مسی", P), ("حسن بیت سعید", P), ("آرش افشین", P), ("لوسیانو پریرا", P), ("افشین قطبی", P), ("سایپا", O), ("حامد فلاح زاده", P), ("عبدالله ناصری", P), ("رضا علیاری", P), ("ساموئل سارفو", P), ("آرش رضاوند", P), ("امیرحسین حسین زاده", P), ("علی دشتی", P), ("رضا اسدی", P), ("محمد سلطانی مهر", P), ("امید خالدی", P), ("آرمان رمضانی", P), ("سیدپیمان میری", P), ("ابوالفضل جلالی", P), ("علی دایی", P), ("آرمان رمضانی", P), ("رضا علیاری", P), ("سارفو", P), ("رضا اسدی", P), ("ابولفضل جلالی", P), ("سایپا", O), ("سایپا", O), ("رضا علیاری", P), ("سایپا", O), ("فولاد خوزستان", O), ("فولاد خوزستان", O), ("امیر حسین حسین زاده", P), ("علی دایی", P), ("سایپا تهران", O), ("فولاد خوزستان", O)],
    "farsnews-varzesh3-3-215": [("خیبر خرم آباد", O), ("پارس جنوبی جم", O), ("ملوان", O), ("فاتح", P), ("بادران تهران", O), ("خیبر خرم آباد", O), ("عارف رستمی", P), ("پارس جنوبی", O), ("علی فاتح", P), ("بادران تهران", O), ("حمید کاظمی", P), ("ایمان غلامی", P), ("استقلال خوزستان", O), ("فرشاد جانفزا", P), ("مس کرمان", O), ("بابامحمدی", P), ("مس کرمان", O), ("سیدپیمان میری", P), ("استقلال ملاثانی", O), ("سجاد عبدویی", P), ("خوشه طلایی ساوه", O), ("کامبیز دهقانی", P), ("آرمان گهرسیرجان", O), ("علی وزیری پناه", P), ("قشقایی شیراز", O), ("امین هاشمی فرد", P), ("رایکا بابل", O), ("صیاد کوکبی", P), ("استقلال خوزستان", O), ("بهروز بارانی", P), ("بادران تهران", O), ("احسان پیرهادی", P), ("رایکا بابل", O), ("علی خسرونژاد", P), ("آرمان گهرسیرجان", O), ("سجاد حسامی", P)],
    "farsnews-fars-news-4-120": [("ژاپن", L), ("نائو توكان", P), ("يوكيو ادانو", P), ("كائورو يوسانو", P), ("ادانو", P)],
    "farsnews-varzesh3-2-433": [("آرژانتین", L), ("آمریکای جنوبی", L), ("لیونل مسی", P), ("قطر", L), ("آرژانتین", L), ("اسکالونی", P), ("لائوتارو مارتینز", P), ("مسی", P), ("آگوئرو", P), ("آرژانتین", L), ("مسی", P), ("قطر", L), ("مسی", P)],
    "farsnews-fars-news-3-194": [("الاشقر", P), ("رژیم صهیونیستی", L), ("دیالا مصطفی مطر", P), ("سعد مصطفی ذره", P), ("محمد مصطفی ذره", P), ("ریمون", L), ("یسرى عادل قعدان", P), ("سائد عادل عیسی", P), ("رژیم صهیونیستی", L)],
    "farsnews-varzesh3-4-477": [("هایاتو ایشیگورو", P), ("ژاپن", L), ("مصطفی العبید", P), ("عراق", L), ("یزدانی", P), ("دیپاک پونیا", P), ("حسن یزدانی", P), ("ایران", L), ("دیپاک", P), ("حسن یزدانی", P), ("جویبار", L), ("یزدانی", P), ("پونیا", P), ("یزدانی", P)],
    "farsnews-fars-news-4-282": [("خبرگزاری فارس", O), ("کریم رضایی", P), ("شبکه بهداشت و درمان شهرستان باشت", O), ("باشت", L)],
    "farsnews-fars-news-1-256": [("تبريز", L), ("مير تاج‌الديني", P), ("استان آذربايجان شرقي", L), ("تبريز", L), ("خانه ملت", O), ("تبريز", L), ("تهران", L), ("آذربايجان", L)],
    "farsnews-varzesh3-5-247": [("فیفا", O), ("فوتسال پلنت", O), ("فیفا", O), ("ترابیان", P), ("صانعی", P)],
    "farsnews-varzesh3-2-311": [("پرسپولیس", O), ("علیرضا بیرانوند", P), ("پرسپولیس", O), ("پرسپولیس", O), ("علیرضا بیرانوند", P), ("باشگاه پرسپولیس", O), ("بیرانوند", P)],
    "farsnews-varzesh3-5-154": [("بوژیدار رادوشویچ", P), ("پرسپولیس", O), ("پرسپولیس", O), ("سیدجلال حسینی", P), ("شجاع خلیل زاده", P), ("محمد نادری", P), ("مهدی شیری", P), ("نادری", P), ("کامیابی نیا", P), ("پرسپولیس", O), ("برانکو", P)],
    # Arabic (ANT corpus, Middle East and international news), in selection order.
    "FR-internationalNews-1618-20180603": [("الولايات المتحدة", L), ("جاستن ترودو", P), ("دونالد ترامب", P), ("مجموعة السبع", O), ("فانكوفر", L), ("الاتحاد الأوروبي", O), ("كندا", L), ("المكسيك", L), ("واشنطن", L), ("لاري كودلو", P), ("فوكس نيوز", O), ("ترودو", P), ("للولايات المتحدة", L), ("دونالد ترامب", P)],
    "FR-middleEast-338-20180421": [("دوما", L), ("واشنطن", L), ("موسكو", L), ("الدفاع المدني", O), ("منظمة حظر الأسلحة الكيميائية", O), ("دوما", L), ("سوريا", L), ("موسكو", L), ("واشنطن", L), ("باريس", L), ("روسيا", L), ("وزارة الخارجية الروسية", O), ("دوما", L)],
    "FR-internationalNews-1710-20180608": [("تركيا", L), ("سيباستيان كورتز", P), ("فيينا", L), ("إبراهيم كالين", P), ("رجب طيب أردوغان", P), ("تويتر", O), ("النمسا", L), ("كورتز", P), ("هربرت كيكل", P)],
    "SK-internationalNews-293-20180312": [("ميرور", O), ("لوسي ألان", P), ("تلفورد", L), ("لوسي لوي", P), ("لوسي", P), ("أزهار علي محمود", P), ("لوسي", P), ("لوسي", P), ("لوسي", P)],
    "SK-internationalNews-776-20180404": [("موسكو", L), ("سالزبري", L), ("روسيا", L), ("بريطانيا", L), ("سيرغي سكريبال", P), ("يوليا", P), ("سالزبري", L), ("إنجلترا", L), ("تيريزا ماي", P), ("موسكو", L), ("موسكو", L), ("وزارة الخارجية البريطانية", O), ("منظمة حظر الأسلحة الكيماوية", O), ("لندن", L), ("المملكة المتحدة", L), ("سكريبال", P)],
    "SK-middleEast-2477-20180619": [("التحالف العربي", O), ("الحوثي", O), ("الحوثيين", O), ("الحوثيين", O), ("إيران", L), ("الحوثيون", O), ("الحديدة", L), ("إيران", L), ("المقاومة المشتركة", O)],
    "CN-middleEast-678-20180420": [("سوريا", L), ("دونالد ترامب", P), ("السعودية", L), ("مصر", L), ("سوريا", L), ("البيت الأبيض", O), ("CNN", O), ("جون بولتون", P), ("المخابرات المصرية", O), ("عباس كامل", P), ("عبدالفتاح السيسي", P), ("مصر", L), ("نيكولاس هيراس", P), ("CNN", O), ("مصر", L), ("سوريا", L), ("سيناء", L), ("المملكة العربية السعودية", L)],
    "SK-middleEast-2848-20180711": [("لين معلوف", P), ("للشرق الأوسط", L), ("منظمة العفو الدولية", O), ("منظمة العفو الدولية", O), ("واتساب", O)],
    "SK-middleEast-3872-20181014": [("وكالة الأنباء الإماراتية", O), ("وام", O), ("عبدالله بن زايد", P), ("الإمارات", L), ("السعودية", L), ("المملكة العربية السعودية", L), ("سلمان بن عبدالعزيز", P), ("حمد بن عيسى", P), ("المنامة", L), ("الرياض", L), ("حمد", P), ("البحرين", L), ("السعودية", L), ("البحرين", L)],
    "CN-middleEast-1553-20181016": [("سلمان بن عبدالعزيز آل سعود", P), ("محمد بن سلمان بن عبدالعزيز آل سعود", P), ("عبده", P), ("تويتر", O), ("جمال خاشقجي", P), ("إسطنبول", L), ("جمال خاشقجي", P), ("CNN", O), ("دونالد ترامب", P), ("ستيفن منشن", P)],
    "FR-internationalNews-289-20180306": [("وكالة الاستخبارات والأمن الهولندية", O), ("هولندا", L), ("سوريا", L), ("العراق", L), ("الدولة الإسلامية", O), ("هولندا", L), ("سوريا", L), ("هولندا", L), ("الدولة الإسلامية", O), ("الدولة الإسلامية", O)],
    "SK-middleEast-3409-20180815": [("سوريا", L), ("علي رضا ميريوسفي", P), ("إيران", L), ("الأمم المتحدة", O), ("مجلس الأمن", O), ("القاعدة", O), ("داعش", O), ("ميريوسفي", P), ("إيران", L), ("إيران", L), ("القاعدة", O), ("عماد مغنية", P), ("حزب الله", O), ("أسامة بن لادن", P), ("الاستخبارات الأميركية", O), ("أسامة بن لادن", P), ("بن لادن", P), ("إيران", L), ("إيران", L), ("القاعدة", O), ("جمال الفضل", P)],
    "SK-middleEast-1907-20180524": [("طهران", L), ("نوري المالكي", P), ("الشعلة", L), ("التيار الصدري", O), ("بغداد", L), ("الصدر", P), ("الصدر", P), ("طهران", L), ("الفتح", O), ("الحشد الشعبي", O), ("دولة القانون", O), ("المالكي", P), ("إيران", L), ("النصر", O), ("حيدر العبادي", P)],
    "AL-internationalNews-1736-20180622": [("الحوثي", O), ("الحوثي", O), ("الساحل الغربي", L), ("التحالف اليمني لرصد انتهاكات حقوق الإنسان", O), ("تحالف رصد", O), ("مجلس حقوق الإنسان", O), ("جنيف", L), ("صنعاء", L), ("ذمار", L), ("عمران", L), ("حجة", L)],
    "FR-middleEast-825-20180725": [("كريس غينيس", P), ("الضفة الغربية", L), ("قطاع غزة", L), ("الولايات المتحدة", L), ("للأونروا", O), ("غينيس", P), ("الأونروا", O), ("الولايات المتحدة", L), ("الأونروا", O), ("الأونروا", O), ("غزة", L), ("للأونروا", O)],
}


def window(text):
    return body5.window(text, 400, 1200)


def used_ids():
    return body5.used_ids() | set(body5.BODY5)


def select(corpora):
    used = used_ids()
    candidates = {"fa": [], "ar": []}
    articles = {}
    for name in ["farsnews_fa.jsonl.xz", "ant_multisource_ar.jsonl.xz"]:
        with lzma.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                if item["id"] in used or len(item["text"]) < 1400:
                    continue
                if item["language"] == "ar" and item["id"].split("-")[1] not in ("middleEast", "internationalNews"):
                    continue
                digest = hashlib.sha256((SALT + item["id"]).encode("utf-8")).hexdigest()
                candidates[item["language"]].append((digest, item["id"]))
                articles[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:COUNTS[language]]] for language in COUNTS}
    return chosen, articles


def main():
    corpora = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora")
    chosen, articles = select(corpora)
    if "--show" in sys.argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{window(articles[article_id]['text'])}\n")
        return
    dev, test = {}, {}
    for language in ["fa", "ar"]:
        for rank, article_id in enumerate(chosen[language]):
            if article_id not in BODY6:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            (dev if rank % 2 == 0 else test)[article_id] = BODY6[article_id]
    for path, part in [(OUT / "entity-body6-dev.txt", dev), (OUT / "entity-body6-test.txt", test)]:
        write(path, part, articles)


def write(path, annotations, articles):
    header = [
        "# Hand-annotated body-text sample for EntityExtractor (built by scripts/data/build_body6_sample.py).\n",
        "# Persian windows: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic windows: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        "# The texts are the outlets' own; only these windows (characters ~400-1200) are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    earlier.write_marked(path, header, annotations, articles, window, True, "windows")


if __name__ == "__main__":
    main()
