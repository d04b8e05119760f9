#!/usr/bin/env python3
"""Builds Sources/KhabarExtract/Resources/lexicon/firstnames-compiled.tsv: given names compiled
from the name lists of Faker (https://github.com/joke2k/faker, MIT licence; Copyright (c) 2012
Daniele Faraglia), checked against the development corpora, to widen the hand-written
firstnames.tsv (issue 5, seventh round). One-off data preparation: Faker is used here only, never
by Khabar.

- Arabic and Persian given names as Faker writes them (locales ar_AA, ar_SA, ar_PS, ar_DZ,
  fa_IR; male and female).
- European given names (Faker's en_US, en_GB, fr_FR, de_DE, es_ES, it_IT, pt_BR lists, Latin
  script) transliterated into Arabic and Persian script by the rules below (several spellings
  each: short vowels written or not, g as غ or ج / گ, th as ث or ت, …); a spelling is kept only
  when the news corpus writes it as a given name: seen at least 5 times, followed by a name-like
  word (no stop word, no frequent word, no punctuation) at least 70% of the time; spellings of
  fewer than 4 letters are left out (too many are words: لبه, دفن).
- A name is left out (no `~` rows here: a `~` name also refuses surnames in the coreference
  pass, and a wrong guess there costs more than a missing name) when it is a stop word, a
  frequent word (commonwords.tsv), a title word, or when the corpus uses it as a word: in Arabic with the article ال at least a fifth as often as bare (أمل/الأمل,
  توفيق/التوفيق), in Persian with a plural suffix (ها, های) or with the article-less shape of a
  noun after این/آن (این باران); or, for a name of the native lists seen 5 times or more, when
  it is followed by a name-like word less than 35% of the time. An Arabic name is also left out
  when Persian text uses it as a word (بلند "tall", بینی "nose"): Persian news reads both lists;
  and any name that follows a preposition or a demonstrative a fifth of the time or more (در
  کنار "beside").
- The names kept were then read by hand, and the ordinary words among them left out too
  (REVIEWED_ORDINARY below: ملکه "queen", سوگند "oath", صاحب "owner", تحسين "improvement"; and
  names whose folded key is a word: باسمة as باسمه "in his name", جينا as جئنا "we came").
- Names already in firstnames.tsv (either form, either language) and single gazetteer alias
  words are left out (the hand list and the gazetteer keep their judgement); so are names of
  fewer than 3 letters.

The corpora are farsnews_fa (Apache-2.0) and the ANT corpus v2.1 (Chouigui, Ben Khiroun,
Elayeb, AICCSA 2017); every article of an evaluation sample (build_entity_sample*.py,
build_body*_sample.py) is left out of the counts. Only counts are used; no text is kept.

Needs Faker installed (pip install faker). Run from the repository root:
    python3 scripts/data/build_given_names.py ../shared/corpora
"""
import collections
import importlib
import json
import lzma
import pathlib
import re
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample7 as sample7  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
LEXICON = ROOT / "Sources" / "KhabarExtract" / "Resources" / "lexicon"
GAZETTEER = ROOT / "Sources" / "KhabarExtract" / "Resources" / "gazetteer"
OUT = LEXICON / "firstnames-compiled.tsv"

FOLD = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
        "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627", "\u0624": "\u0648",
        "\u200c": "", "\u0621": "", "\u0640": "",
        # The extractor's match keys also fold پ چ ژ گ (Arabic spellings of Persian names): گنار
        # "Gunnar" is کنار "beside" to it, so the counts are taken on the folded form.
        "\u067e": "\u0628", "\u0686": "\u062c", "\u0698": "\u0632", "\u06af": "\u06a9"}
WORD = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+|[.,،:;!?؟«»\"()]")


def key(word):
    word = re.sub(r"[\u064b-\u065f\u0670]", "", word)
    return "".join(FOLD.get(c, c) for c in word).strip()


# --- Transliteration of European given names ---------------------------------------------------

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


VOWELS = set("aeiouy")


def units(name):
    """Splits a lower-case Latin name into letters and digraphs."""
    digraphs = ["sch", "tch", "sh", "ch", "th", "ph", "kh", "gh", "ck", "qu", "ee", "oo", "ou", "ai", "ay", "ei", "ey",
                "ie", "ea", "oa", "au", "eu", "oe", "ae"]
    out, i = [], 0
    while i < len(name):
        for d in digraphs:
            if name.startswith(d, i):
                out.append(d)
                i += len(d)
                break
        else:
            c = name[i]
            if out and out[-1] == c and c not in VOWELS:
                i += 1  # doubled consonant written once
                continue
            out.append(c)
            i += 1
    return out


def options(u, position, count, following, script):
    """The spellings of unit `u` at `position` of `count` units in `script` ("ar" or "fa")."""
    fa = script == "fa"
    first, last = position == 0, position == count - 1
    soft = following[:1] in ("e", "i", "y")
    consonants = {
        "b": ["ب"], "d": ["د"], "f": ["ف"], "ph": ["ف"], "h": ["ه"], "j": ["ج"], "k": ["ک" if fa else "ك"],
        "ck": ["ک" if fa else "ك"], "l": ["ل"], "m": ["م"], "n": ["ن"], "p": ["پ" if fa else "ب"],
        "q": ["ک" if fa else "ك"], "qu": ["کو" if fa else "كو", "ک" if fa else "ك"], "r": ["ر"], "s": ["س"],
        "sh": ["ش"], "sch": ["ش"], "t": ["ت"], "tch": ["چ" if fa else "تش"], "w": ["و"], "x": ["کس" if fa else "كس"],
        "z": ["ز"], "kh": ["خ"], "gh": ["غ", ""], "v": ["و" if fa else "ف"],
        "ch": ["چ", "ش", "ک"] if fa else ["تش", "ش", "ك"],
        "th": ["ت"] if fa else ["ث", "ت"],
        "c": ["س"] if soft else (["ک"] if fa else ["ك"]),
        "g": (["ج", "ژ"] if fa else ["ج"]) if soft else (["گ"] if fa else ["غ", "ج"]),
    }
    if u in consonants:
        return consonants[u]
    if u == "y" and not first and not last and following[:1] not in VOWELS:
        u = "i"
    if u == "y":
        return ["ی" if fa else "ي"]
    if first:
        alef_a = ["آ", "ا"] if fa else ["أ", "آ"]
        return {"a": alef_a, "e": ["ا"] if fa else ["إ", "أ"], "i": ["ای"] if fa else ["إي", "إ"],
                "o": ["او"] if fa else ["أو"], "u": ["او"] if fa else ["أو"], "ai": ["ای"] if fa else ["إي"],
                "ei": ["ای"] if fa else ["إي"], "au": ["ا"] if fa else ["أو"], "ou": ["او"] if fa else ["أو"],
                "ea": ["ای"] if fa else ["إي"], "ee": ["ای"] if fa else ["إي"], "ay": ["ای"] if fa else ["إي"],
                "eu": ["او"] if fa else ["أو"], "oa": ["او"] if fa else ["أو"], "oo": ["او"] if fa else ["أو"],
                "ie": ["ای"] if fa else ["إي"], "ey": ["ای"] if fa else ["إي"], "ae": ["ا"] if fa else ["إ"],
                "oe": ["او"] if fa else ["أو"]}.get(u, [])
    yeh = "ی" if fa else "ي"
    if last:
        return {"a": ["ا", "ه"] if fa else ["ا", "ة"], "e": ["", "ه"] if fa else ["", "ي"], "i": [yeh], "ie": [yeh],
                "ee": [yeh], "ey": [yeh], "ay": [yeh], "o": ["و"], "u": ["و"], "ou": ["و"], "oo": ["و"],
                "au": ["و"], "eu": ["و"], "ea": [yeh + "ا", yeh], "ai": [yeh], "ei": [yeh], "oa": ["وا"],
                "ae": [yeh], "oe": ["و"]}.get(u, [])
    return {"a": ["ا", ""], "e": [yeh, ""], "i": [yeh, "ا" + yeh, ""], "o": ["و", ""], "u": ["و", ""],
            "ee": [yeh], "ea": [yeh], "ie": [yeh], "oo": ["و"], "ou": ["و"], "ai": [yeh, "ا" + yeh],
            "ay": ["ا" + yeh, yeh], "ei": [yeh, "ا" + yeh], "ey": [yeh, "ا" + yeh], "au": ["و", "ا"],
            "eu": ["و", "ی" if fa else "ي"], "oa": ["و"], "ae": [yeh], "oe": ["و", yeh]}.get(u, [])


def transliterations(latin, script, limit=64):
    name = strip_accents(latin)
    if not name.isalpha() or not name.isascii() or len(name) < 3:
        return set()
    parts = units(name)
    spellings = [""]
    for i, u in enumerate(parts):
        following = "".join(parts[i + 1:])
        opts = options(u, i, len(parts), following, script)
        if not opts:
            return set()
        spellings = [s + o for s in spellings for o in opts][:limit * 4]
    return {s for s in spellings if len(key(s)) >= 3}


# --- Faker's lists ---------------------------------------------------------------------------------

def faker_names(locales):
    names = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ["first_names_male", "first_names_female", "first_names"]:
            value = getattr(provider, attribute, None)
            if value:
                names |= set(value.keys() if isinstance(value, dict) else value)
    return names


# --- Corpus counts ---------------------------------------------------------------------------------

def read_words(path, keys):
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        out.add((fields[0], key(fields[1].lstrip("~"))))
    return out


# Reviewed by hand after a first build: names of these lists that are ordinary words too
# (left out).
REVIEWED_ORDINARY = {
    "fa": "لانه سیله مینه ایمه الیت بیله ملکه سوگند نیایش یگانه کریستال ثنا مبین متین آوا پارسا یلدا هستی یاسمین "
          "ستایش حدیث دانه عسل تیری نیکو رها باران",
    "ar": "ابتهال اعتكاف أغاريد افتكار بتلاء بلسم تحسين ترانيم ثاقب جواهر حباب خاشعة خافق دراية راجح رافع زاخر "
          "سخاء سرايا سموح شامخ شيق صاحب صافي صداح صنديد ضاحك طيب طيع عاتب عفيف فداء فدائي فلة قاصد قانت قنوع "
          "لفيف لماح لهفان محفوظ مسرور مشفق مصباح مطاوع معتوق ممدوح مياد ميسور نبراس نصوح وادع وديع وسيل وصاف "
          "كرم كرمة كسفير كويك يمام ياقوت غوى ظبي غلام هزار سانت زين مرسلا فرنك شعبان أولد بلاك لوني ماذى ضيائي "
          "عرفه وفائي رجائي بينة جدولا سنام مرتقي ترينيداد لكاس رضي رمزي فرحان نسيب كريستال كرونة كتوم "
          "باسمة نيازي بيني بلند دارا دريس جينا نزيه بهاء",
}


# Prepositions and demonstratives: a word seen after them a fifth of the time or more is an
# ordinary word (در کنار "beside").
PREPOSITIONS = {"fa": ["در", "به", "از", "این", "آن", "هر", "یک", "برای"],
                "ar": ["في", "من", "إلى", "على", "هذا", "هذه", "كل", "أي"]}


# Words that link a name to a father's or family's name, never a given name.
LINKS = {key(w) for w in ["بن", "بنت", "ابن", "آل", "عبد", "أبو", "ابو", "أم"]}


def main():
    corpora = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora")
    excluded_ids = sample7.used_ids() | set(sample7.SAMPLE7)
    hand = read_words(LEXICON / "firstnames.tsv", key)
    # A name the hand list has in either language keeps its judgement there: a compiled
    # Arabic ~أمير (الأمير "the prince") must not make Persian امیر an ordinary word.
    hand_keys = {k for _, k in hand}
    common = read_words(LEXICON / "commonwords.tsv", key)
    stop = read_words(LEXICON / "stopwords.tsv", key)
    titles = set()
    for line in (LEXICON / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        for word in fields[1].split():
            titles.add((fields[0], key(word)))
    aliases = set()
    for path in GAZETTEER.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) < 6:
                continue
            for alias in fields[5].split("|"):
                alias = alias.lstrip("~+@^")
                if ":" in alias and alias.startswith("?"):
                    alias = alias.split(":", 1)[1]
                if " " not in alias.strip():
                    aliases.add(key(alias))

    # Corpus statistics (evaluation samples left out).
    word_count = {"fa": collections.Counter(), "ar": collections.Counter()}
    follow = {"fa": collections.defaultdict(collections.Counter), "ar": collections.defaultdict(collections.Counter)}
    for name in ["farsnews_fa.jsonl.xz", "ant_multisource_ar.jsonl.xz"]:
        with lzma.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                if item["id"] in excluded_ids:
                    continue
                language = item["language"]
                raw = WORD.findall(item["text"])
                tokens = ["." if t[0] in ".,،:;!?؟«»\"()" else key(t) for t in raw]
                wc = word_count[language]
                for i, t in enumerate(tokens):
                    wc[t] += 1
                    if i + 1 < len(tokens):
                        follow[language][t][tokens[i + 1]] += 1

    def name_like(language, word):
        return (word != "." and (language, word) not in stop and (language, word) not in common
                and (language, word) not in titles and len(word) >= 2)

    def follow_ratio(language, word):
        total = sum(follow[language][word].values())
        if total == 0:
            return 0.0
        good = sum(n for w, n in follow[language][word].items() if name_like(language, w))
        return good / total

    def ordinary(language, word):
        if (language, word) in stop or (language, word) in common or (language, word) in titles:
            return True
        wc = word_count[language]
        n = wc[word]
        if language == "ar":
            with_article = wc["ال" + word] + wc["ال" + word[1:]] * (word[0] == "ا")
            return with_article >= 2 and with_article >= 0.2 * n
        plural = (wc[word + "ها"] + wc[word + "های"] + wc[word + "هایی"] + follow["fa"][word]["ها"]
                  + follow["fa"][word]["های"])
        demonstrative = follow["fa"]["این"][word] + follow["fa"]["آن"][word]
        return plural >= 2 or demonstrative >= 2

    reviewed = {language: {key(w) for w in words.split()} for language, words in REVIEWED_ORDINARY.items()}
    rows = []
    seen = set()

    def rejected(language, k):
        """An ordinary word in the text of `language`, or in Persian text for an Arabic name
        (Persian news reads both lists)."""
        if k in reviewed["fa"] | reviewed["ar"] or any((lang, k) in stop for lang in ("fa", "ar")):
            return True
        if " " in k:
            return False
        if ordinary(language, k):
            return True
        if language == "ar" and word_count["fa"][k] and ordinary("fa", k):
            return True
        # A word that follows prepositions and demonstratives (در کنار, في خضم) is no name.
        for lang in {language, "fa"}:
            n = word_count[lang][k]
            before = sum(follow[lang][key(p)][k] for p in PREPOSITIONS[lang])
            if n >= 5 and before >= 0.2 * n:
                return True
        for lang in {language, "fa"}:
            if word_count[lang][k] >= 5 and follow_ratio(lang, k) < 0.35:
                return True
        return False

    # Native-script lists.
    for language, locales in [("ar", ["ar_AA", "ar_SA", "ar_PS", "ar_DZ"]), ("fa", ["fa_IR"])]:
        for name in sorted(faker_names(locales)):
            name = re.sub(r"[\u064b-\u065f\u0670]", "", name).strip()
            k = key(name)
            if len(k.replace(" ", "")) < 3 or k in LINKS or k in hand_keys or (language, k) in seen or k in aliases:
                continue
            seen.add((language, k))
            if not rejected(language, k):
                rows.append((language, name))
    # European names, transliterated and checked against the corpus.
    latin = faker_names(["en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR"])
    for language in ["ar", "fa"]:
        for name in sorted(latin):
            for spelling in sorted(transliterations(name, language)):
                k = key(spelling)
                if k in hand_keys or (language, k) in seen or k in aliases:
                    continue
                if len(k) < 4 or word_count[language][k] < 5 or follow_ratio(language, k) < 0.7:
                    continue
                seen.add((language, k))
                if not rejected(language, k):
                    rows.append((language, spelling))
    header = __doc__.split("\n\n")[0].replace("Builds ", "").splitlines()
    lines = ["# Khabar extraction lexicon: given names compiled from Faker's name lists (MIT licence,\n",
             "# https://github.com/joke2k/faker, Copyright (c) 2012 Daniele Faraglia): Arabic and Persian\n",
             "# names as listed there, and European names transliterated into Arabic and Persian script,\n",
             "# kept only where the news corpora (farsnews_fa, Apache-2.0; ANT corpus v2.1, Chouigui et al.\n",
             "# 2017; evaluation samples left out) write them as given names. Built by\n",
             "# scripts/data/build_given_names.py; names the corpora use as ordinary words are left out.\n",
             "# Format: language TAB name (read together with firstnames.tsv).\n"]
    lines += [f"{language}\t{name}\n" for language, name in sorted(rows, key=lambda r: (r[0] != "fa", key(r[1].lstrip("~"))))]
    OUT.write_text("".join(lines), encoding="utf-8")
    by = collections.Counter(language for language, _ in rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} names {dict(by)}")


if __name__ == "__main__":
    main()
