#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-sample7-{dev,test}.txt, the seventh-round
sample of person / organisation / place mentions in article openings (issue 5, seventh round).

Selection rule, fixed before any annotation (the third and fourth samples' rule with a new salt):
among the articles of Fars News (farsnews_fa) and of the ANT corpus (Middle East / international
news) whose text is at least 400 characters long and that are in none of the earlier samples
(build_entity_sample.py, build_body_sample.py, build_body6_sample.py), the 25 Persian and the 25
Arabic ones with the smallest SHA-256 of "khabar-extract7:" + id. Excerpt: the opening sentences
up to ~450 characters (build_entity_sample.excerpt). Split rule: in selection order per
language, even ranks form the part looked at while tuning (-dev), odd ranks the part never looked
at (-test): only its scores are printed, never its errors.

The annotations below were written by hand, reading each excerpt, before the extractor ran on any
of them and before any code change of the seventh round, by the conventions of
build_entity_sample.py (third and fourth samples): people, organisations (agencies, outlets,
ministries, parties, armed groups, teams, named institutions; the outermost name) and places
(countries, cities, provinces with استان, regions, named facilities); a proclitic before a name
is outside the span except where ل + ال fuse; adjectives and "our country" not annotated;
leagues, laws, books, events and days not annotated; Arabic place markers (مدينة, ولاية,
محافظة, إقليم, منطقة, مديرية) outside the name, Persian استان inside; a team named after its city
is an organisation, a national team is its country (a place).

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_entity_sample7.py ../shared/corpora          # writes the fixtures
    python3 scripts/data/build_entity_sample7.py ../shared/corpora --show   # prints the excerpts
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample as earlier  # noqa: E402
import build_body_sample as body5  # noqa: E402
import build_body6_sample as body6  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-extract7:"
COUNTS = {"fa": 25, "ar": 25}
P, O, L = "person", "organization", "place"

SAMPLE7 = {
    # Persian (farsnews_fa), in selection order; even ranks are the looked-at part.
    "farsnews-fars-news-4-154": [("خبرگزاری فارس", O), ("آمریکای لاتین", L), ("تله‌سور", O), ("اتو پرز مولینا", P)],
    "farsnews-fars-news-1-30": [("خبرگزاری فارس", O), ("تبریز", L), ("رضا رضوانی", P), ("شورای عالی قشر بسیج کارگری سپاه عاشورا", O), ("ایران", L), ("ایران", L)],
    "farsnews-varzesh3-2-181": [("ورزش سه", O), ("مهران شاهین طبع", P), ("توکیو", L), ("آمریکا", L), ("فرانسه", L), ("کانادا", L)],
    "farsnews-fars-news-2-197": [("خبرگزاری فارس", O), ("پرویز داوودی", P), ("جبهه پایداری", O), ("خبرگزاری فارس", O), ("جبهه پایداری", O)],
    "farsnews-varzesh3-5-295": [("کارلوس آلبرتو پریه را", P), ("برزیل", L), ("نیمار", P), ("پله", P), ("نیمار", P), ("پریه را", P), ("پریه را", P), ("فیفا", O), ("برزیل", L)],
    "farsnews-fars-news-3-296": [("خبرگزاری فارس", O), ("کارلوس کی‌روش", P), ("فیفا", O), ("ایران", L)],
    "farsnews-varzesh3-1-354": [("ورزش سه", O), ("تسنیم", O), ("باشگاه پرسپولیس", O), ("الکساندر لوبانف", P), ("ازبکستان", L), ("لوبانف", P)],
    "farsnews-varzesh3-3-330": [("ورزش سه", O), ("ژاپن", L), ("توکیو", L), ("رویترز", O)],
    "farsnews-fars-news-1-234": [("ام‌السادات رخشنده", P), ("خبرگزاری فارس", O), ("ساری", L), ("سپاه کربلا", O)],
    "farsnews-varzesh3-2-230": [("ورزش سه", O), ("سهراب مرادی", P)],
    "farsnews-varzesh3-2-200": [("ورزش سه", O), ("رونالدو نازاریو", P), ("لوس‌بلانکوس", O), ("وینیسیوس", P), ("رئال مادرید", O), ("رئال مادرید", O), ("رونالدو", P), ("وینیسیوس", P), ("رئال مادرید", O)],
    "farsnews-fars-news-3-124": [("خبرگزاري فارس", O), ("اصفهان", L), ("علي‌محمد شاعري", P), ("سازمان محيط زيست كشور", O), ("امام خميني", P)],
    "farsnews-fars-news-1-284": [("خبرگزاری فارس", O), ("واحد علوم و تحقیقات", O), ("امیر علی انوار", P), ("واحد علوم و تحقیقات", O)],
    "farsnews-varzesh3-1-266": [("ورزش سه", O), ("تسنیم", O), ("محمود گودرزی", P), ("ولایت", L), ("استان سمنان", L), ("ورزشگاه ولایت", L), ("استان سمنان", L)],
    "farsnews-varzesh3-3-343": [("ورزش سه", O), ("ژوزه مورینیو", P), ("سیتی", O), ("شیاطین سرخ", O), ("فرد", P), ("دیوگو دالوت", P), ("لی گرانت", P), ("وین رونی", P), ("آمریکا", L), ("دی سی یونایتد", O), ("منچستریونایتد", O)],
    "farsnews-fars-news-2-287": [("خبرگزاري آسوشيتدپرس", O), ("واشنگتن", L), ("احمد چلبي", P), ("واشنگتن", L), ("نيويورك", L), ("ارتش عراق", O), ("چلبي", P), ("شوراي روابط خارجي آمريكا", O)],
    "farsnews-fars-news-1-146": [("حسین جوکار", P), ("فارس", O), ("ایلام", L), ("ایلام", L), ("شورای اسلامی شهر ایلام", O), ("کمیسیون حمل و نقل و خدمات شهری شورای اسلامی شهر ایلام", O), ("ایلام", L), ("شورای اسلامی شهر ایلام", O)],
    "farsnews-varzesh3-1-457": [("ورزش سه", O), ("مریم ایراندوست", P), ("ایراندوست", P)],
    "farsnews-varzesh3-3-230": [("ورزش سه", O), ("اینتر", O), ("والورده", P), ("مالکوم", P)],
    "farsnews-varzesh3-5-384": [("ابراهیم شکوری", P), ("پرسپولیس", O), ("پرسپولیس", O)],
    "farsnews-fars-news-2-89": [("خبرگزاری فارس", O), ("شیکاگو بولز", O), ("جیمی بایلن", P), ("بویلن", P), ("شیکاگو", O), ("اونسلد جونیور", P), ("دنور ناگتس", O), ("اتکینسون", P), ("بروکلین نت", O), ("آدریان گریفین", P), ("تورنتو", O), ("داروین هام", P), ("میلواکی", O), ("شیکاگو", O)],
    "farsnews-varzesh3-5-431": [("ورزش سه", O), ("استقلال", O), ("قایدی", P), ("آبی پوشان", O), ("استقلال", O)],
    "farsnews-varzesh3-5-87": [("زلاتکو کرانچار", P), ("پرسپولیس تهران", O), ("پرسپولیس تهران", O), ("سپاهان", O), ("پرسپولیس", O)],
    "farsnews-fars-news-3-281": [("عبدالله چمن‌گلی", P), ("خبرگزاری فارس", O), ("خانه کشتی", L)],
    "farsnews-varzesh3-1-73": [("ورزش سه", O), ("نفت تهران", O), ("الاهلی", O), ("امارات", L), ("آسیا", L), ("نفت تهران", O), ("الاهلی", O), ("امارات", L), ("آسیا", L), ("تهران", L), ("ورزشگاه آل مکتوم", L), ("دبی", L)],
    # Arabic (ANT corpus, Middle East and international news), in selection order.
    "SK-middleEast-3027-20180721": [("الإمارات", L), ("الصين", L)],
    "BB-internationalNews-568-20180525": [("دونالد ترامب", P), ("كيم جونغ أون", P), ("ترامب", P), ("ترامب", P), ("كوريا الشمالية", L)],
    "SK-middleEast-3684-20181001": [("وكالة فارس الإيرانية للأنباء", O), ("سوريا", L), ("الأحواز", L), ("الحرس الإيراني", O), ("الأحواز", L), ("الفرات", L), ("الحرس الثوري", O)],
    "SK-middleEast-2676-20180630": [("مجلس النواب العراقي", O), ("مجلس النواب", O), ("سليم الجبوري", P), ("مجلس النواب", O), ("مجلس النواب", O)],
    "SK-middleEast-2641-20180628": [("تحالف دعم الشرعية في اليمن", O), ("تركي المالكي", P), ("الحوثي", O), ("الحديدة", L), ("المالكي", P), ("سكاي نيوز عربية", O)],
    "SK-middleEast-1890-20180523": [("وكالة رويترز للأنباء", O), ("وحدة الإعلام الحربي", O), ("حزب الله", O), ("التحالف الدولي", O), ("للجيش السوري", O), ("سوريا", L), ("وحدة الإعلام الحربي", O), ("حزب الله", O), ("الولايات المتحدة", L), ("للجيش السوري", O), ("البادية السورية", L), ("سوريا", L)],
    "SK-internationalNews-3093-20180903": [("محمد جواد ظريف", P), ("دمشق", L), ("تسنيم", O), ("إيران", L), ("دمشق", L)],
    "FR-middleEast-581-20180604": [("السعودية", L), ("السعودية", L)],
    "SK-internationalNews-1321-20180502": [("حزب الشعوب الديموقراطي التركي", O), ("صلاح الدين دميرتاش", P), ("رجب طيب أردوغان", P), ("فرانس برس", O), ("حزب الشعوب", O), ("دميرتاش", P), ("اسطنبول", L), ("دياربكر", L)],
    "FR-internationalNews-714-20180413": [("الجيش الإسرائيلي", O), ("قطاع غزة", L), ("إسرائيل", L), ("الجيش الإسرائيلي", O), ("غزة", L)],
    "SK-middleEast-3944-20181018": [("مايك بومبيو", P), ("محمد بن سلمان", P), ("دونالد ترامب", P), ("جمال خاشقجي", P)],
    "AL-internationalNews-1468-20180604": [("وزارة الدفاع", O), ("صنعاء", L), ("تحالف دعم الشرعية باليمن", O), ("للحوثيين", O), ("الحديدة", L), ("الحوثي", O), ("عبدالكريم الغماري", P), ("هيئة الأركان", O), ("وزارة الدفاع", O), ("صنعاء", L)],
    "FR-internationalNews-2044-20180628": [("بروكسل", L), ("درعا", L), ("اليمن", L), ("الريف", L), ("المنتخب الألماني", O)],
    "SK-internationalNews-3243-20181002": [("إندونيسيا", L), ("وكالة إدارة الكوارث", O), ("بالو", L), ("بالو", L)],
    "FR-internationalNews-2514-20180729": [("غيرانت توماس", P), ("فرنسا", L), ("الشانزيليزيه", L), ("ألكسندر كريستوف", P)],
    "FR-internationalNews-535-20180320": [("ليونيد رينك", P), ("شيخان", L), ("بريطانيا", L), ("روسيا", L)],
    "CN-internationalNews-577-20180905": [("CNN", O), ("دونالد ترامب", P), ("بوب وودوارد", P), ("ترامب", P), ("جيمس ماتيس", P), ("وودوارد", P), ("ترامب", P), ("ماتيس", P), ("ماتيس", P)],
    "BB-internationalNews-299-20180406": [("دونالد ترامب", P), ("ستورمي دانييلز", P), ("ترامب", P), ("ترامب", P), ("مايكل كوهين", P), ("ترامب", P), ("مايكل", P)],
    "SK-middleEast-3055-20180722": [("أحمد عبيد بن دغر", P), ("الأمم المتحدة", O), ("اليمن", L), ("مارتن غريفيث", P), ("الحديدة", L), ("بن دغر", P), ("بن دغر", P), ("صنعاء", L)],
    "CN-internationalNews-393-20180525": [("دبي", L), ("الإمارات العربية المتحدة", L), ("CNN", O), ("هولندا", L), ("أستراليا", L), ("روسيا", L), ("أوكرانيا", L), ("للواء 53 الروسي المضاد للطائرات", O), ("روسيا", L), ("أوكرانيا", L)],
    "CN-internationalNews-258-20180420": [("محمد جواد ظريف", P), ("الولايات المتحدة", L), ("واشنطن", L), ("ظريف", P), ("دوشانبي", L), ("طاجيكستان", L), ("طهران", L), ("الولايات المتحدة", L), ("إيران", L)],
    "SK-internationalNews-2180-20180617": [("طالبان", O), ("فرانس برس", O), ("ذبيح الله مجاهد", P), ("مجاهد", P), ("أشرف غني", P)],
    "BB-internationalNews-911-20180801": [("الدنمارك", L)],
    "CN-middleEast-1619-20181019": [("عمان", L), ("الأردن", L), ("CNN", O), ("الباقورة", L), ("الغمر", L), ("الأردن", L), ("اسرائيل", L), ("وادي عربة", L)],
    "BB-internationalNews-13-20180215": [("أنقذوا الأطفال", O), ("سوريا", L), ("أفغانستان", L), ("الصومال", L)],
}


def used_ids():
    return body6.used_ids() | set(body6.BODY6)


def select(corpora):
    return body5.select(corpora, SALT, COUNTS, used_ids(), min_length=400)


def excerpt(text):
    return earlier.excerpt(text, 450).replace("\n", " ")


def main():
    argv = sys.argv
    corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
    chosen, articles = select(corpora)
    if "--show" in argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{excerpt(articles[article_id]['text'])}\n")
        return
    dev, test = {}, {}
    for language in ["fa", "ar"]:
        for rank, article_id in enumerate(chosen[language]):
            if article_id not in SAMPLE7:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            (dev if rank % 2 == 0 else test)[article_id] = SAMPLE7[article_id]
    header = [
        "# Hand-annotated evaluation sample for EntityExtractor (built by scripts/data/build_entity_sample7.py).\n",
        "# Persian excerpts: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic excerpts: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        "# The texts are the outlets' own; only these opening sentences are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    for suffix, part in [("dev", dev), ("test", test)]:
        earlier.write_marked(OUT / f"entity-sample7-{suffix}.txt", header, part, articles, excerpt, True, "excerpts")


if __name__ == "__main__":
    main()
