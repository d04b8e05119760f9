import KhabarCore

/// The tense of the clause around a date expression, from its verbs.
///
/// The clause runs from the expression to the nearest sentence end (. ! ? ؟, a line break) or
/// clause break (: ; ؛). The first verb form found after the expression decides (Persian and
/// the reported verb of Arabic news follow the date); failing that, the nearest one before it:
/// - future: Persian خواه‌ (خواهد, خواهند …) and قرار است; Arabic سوف, المقرر, سـ + a news verb
///   (سيعقد, ستبدأ …), المقبل; English will, scheduled, next; Russian будет, состоится;
/// - present (read as an announcement, so future): Persian می/نمی + a present form (امضا می کنند);
/// - past: Persian past stems with their endings and participle + است/اند; Arabic perfect forms of
///   frequent news verbs and قد/لقد; English -ed forms and said/was/met; Russian -л/-ла/-ли forms.
///
/// Arabic verbs outside the lists are read by their shape: perfects of the derived forms VII, VIII
/// and X and the feminine of form V (احتفل, انطلق, استقبل, توصلت: past); a present starting with ي
/// at the start of its clause (يستضيف الأردن … الخميس: an announcement), but after كان a past in
/// progress and after أن a subjunctive that takes the tense of the words before it; سـ + يت… and
/// سـ + ي…ون (future). The clause after a date stops at a relative pronoun or a complementizer;
/// before it, منذ makes it past and يعود … إلى dates it back. See Guides/Time.md, Clause tense.
struct ClauseTense {
    let text: DateText

    /// `.future`, `.past`, or `nil` when the clause has no verb the rules know.
    ///
    /// Persian puts the verb after the date, so only the rest of the clause is read (a verb before
    /// the date belongs to another clause more often than not); Arabic, English and Russian put it
    /// before, so the clause is read backwards first, then forwards. In Arabic a comma also ends a
    /// clause.
    func tense(around units: Range<Int>) -> TenseCue? {
        guard text.count > 0 else { return nil }
        let forwardOnly = text.language == .persian
        if !forwardOnly, let cue = scan(from: units.lowerBound - 1, step: -1, units) { return cue }
        // "…في فيينا، الأحد.": a date set off by an Arabic comma belongs to the clause before it.
        if text.language == .arabic, text.isPunctuation(units.lowerBound - 1, in: Marks.commas),
           let cue = scan(from: units.lowerBound - 2, step: -1, units) {
            return cue
        }
        if let cue = scan(from: units.upperBound, step: 1, units) { return cue }
        if text.language == .arabic, let cue = scanPastApposition(units) { return cue }
        // قرار است چهارشنبه به سوئد برگردد: with no verb the rules know after the date, a Persian
        // "is to" before it in its clause announces it.
        if forwardOnly, isScheduled(before: units.lowerBound) { return .future }
        return nil
    }

    /// The tense of an Arabic clause whose verb stands before a name set off by two commas
    /// (يزور الرئيس السوداني، عمر البشير، روسيا الجمعة): when the words between the date and
    /// the comma before it show no tense, and one to three words without a verb lie between that
    /// comma and the one before, the first word of the sentence, if it stands before the second
    /// comma with no clause break between, gives the tense.
    func scanPastApposition(_ units: Range<Int>) -> TenseCue? {
        guard units.lowerBound > 0, units.lowerBound <= text.count else { return nil }
        let sentence = text.sentence[units.lowerBound]
        var c = units.lowerBound - 1
        while c >= 0, text.sentence[c] == sentence, !isClauseBreak(c) { c -= 1 }
        guard c > 0, text.sentence[c] == sentence, text.isPunctuation(c, in: Marks.commas) else { return nil }
        var d = c - 1
        var words = 0
        while d >= 0, text.sentence[d] == sentence, !isClauseBreak(d) {
            if text.units[d].kind == .word {
                words += 1
                if cue(at: d) != nil { return nil }
            }
            d -= 1
        }
        guard d > 0, (1...3).contains(words), text.sentence[d] == sentence, text.isPunctuation(d, in: Marks.commas) else {
            return nil
        }
        // Only a verb opening the sentence (the wires' verb-first lead) is read: a name before
        // the commas may look like a verb (ستورمي read as سـ + a present).
        var e = d - 1
        while e > 0, text.sentence[e - 1] == sentence, !isClauseBreak(e - 1) { e -= 1 }
        guard e < d, e == 0 || text.sentence[e - 1] != sentence else { return nil }
        return cue(at: e)
    }

    /// Whether Persian قرار است (is to) stands in the clause before unit `i`, at most six units back.
    func isScheduled(before i: Int) -> Bool {
        guard i > 0, i <= text.count else { return false }
        let sentence = text.sentence[i - 1]
        var k = i - 1
        while k >= 0, k >= i - 6, text.sentence[k] == sentence, !isClauseBreak(k) {
            // The lexicon reads قرار است as one unit (keyed by قرار) with the future tense.
            if text.isWord(k, WordKeys.qarar), text.info(k)?.tense == .future { return true }
            k -= 1
        }
        return false
    }

    private func scan(from start: Int, step: Int, _ units: Range<Int>) -> TenseCue? {
        let sentence = text.sentence[min(units.lowerBound, text.count - 1)]
        var i = start
        var steps = 0
        // An Arabic present after أن (أن يجبر, قبل أن يسحب) takes its tense from the words before it;
        // with none, it looks ahead, as a subjunctive does.
        var subjunctive = false
        while i >= 0, i < text.count, text.sentence[i] == sentence, steps < 40, !isClauseBreak(i) {
            // الأحد الذي يوافق …, الجمعة أنه يرحب …: the verbs of a relative or reported clause
            // after the date are not its tense.
            if step > 0, text.language == .arabic, text.units[i].kind == .word,
               WordKeys.relativePronouns.contains(text.units[i].key) || WordKeys.complementizers.contains(text.units[i].key) {
                return nil
            }
            // ويغيب منذ خضوعه مطلع مارس: a date after منذ starts what has lasted since.
            if step < 0, text.language == .arabic, text.info(i)?.connector == .since { return .past }
            // (A listed announcing present keeps its own tense after أن: تقرر أن تعقد في 12 أكتوبر.)
            if step < 0, text.language == .arabic, text.units[i].info < 0, text.units[i].kind == .word,
               ClauseTense.isArabicImperfect(text.scalars(i)), clauseStart(before: i) == .subjunctive {
                // قبل أن يسحب, بعد أن يصل: placed against another event, no default.
                if !(text.isWord(i - 2, WordKeys.qabl) || text.isWord(i - 2, WordKeys.baad)) { subjunctive = true }
            } else if let cue = cue(at: i, backward: step < 0) {
                // Before the date, a verb right after a relative pronoun and more than three words
                // from the date belongs to a clause about something else (فندق كابيلا والذي استقبل
                // مشاهير العالم في سنغافورة الثلاثاء): read on.
                let relative = step < 0 && i > 0 && WordKeys.relativePronouns.contains(text.units[i - 1].key)
                if !(relative && units.lowerBound - i > 4) { return cue }
            }
            i += step
            steps += 1
        }
        return subjunctive ? .future : nil
    }

    func isClauseBreak(_ i: Int) -> Bool {
        if text.language == .arabic, text.isPunctuation(i, in: Marks.commas) { return true }
        return text.isPunctuation(i, in: Marks.clauseBreaks)
    }

    /// The tense unit `i` shows, if any. `backward` tells that the date comes after the word (an
    /// Arabic present verb before the date is its verb; one after it, in a clause of its own, is
    /// read only from the lists).
    func cue(at i: Int, backward: Bool = true) -> TenseCue? {
        let unit = text.units[i]
        guard unit.kind == .word else { return nil }
        if let tense = text.info(i)?.tense {
            // كانت تنظم: a listed present after كان is a past in progress, as an unlisted one is.
            if backward, text.language == .arabic, text.info(i)?.presentVerb == true, clauseStart(before: i) == .kana {
                return .past
            }
            // کرده و …, نموده، …: a Persian participle joined to the next verb takes that verb's
            // tense (واگذار نموده و … خاتمه بخشد), so it does not decide.
            if tense == .past, text.language == .persian, isConjunctiveParticiple(i) || isAdjectivalParticiple(i) { return nil }
            // يتم بحث, تم توقيع: after تم/يتم a perfect-looking word is a verbal noun (بحث =
            // discussion); تم or يتم gives the tense.
            if tense == .past, text.language == .arabic, i > 0, WordKeys.passiveAuxiliaries.contains(text.units[i - 1].key) {
                return nil
            }
            return tense
        }
        switch text.language {
        case .arabic:
            guard unit.info < 0 else { return nil }
            let letters = ClauseTense.letters(text.scalars(i))
            if ClauseTense.isArabicFuture(letters) { return .future }
            if ClauseTense.isArabicDerivedPerfect(letters) { return .past }
            if backward, ClauseTense.isArabicImperfect(letters), let before = clauseStart(before: i) {
                // كان يعرض: كان with a present is a past in progress; قبل أن يسحب, أن يزور: a present
                // after أن takes its tense from the words before it.
                switch before {
                case .kana: return .past
                case .subjunctive: return nil
                case .start: return .future
                }
            }
            // كان, كانت, كانوا: "was".
            if ClauseTense.isArabicKana(letters) { return .past }
        case .persian:
            if text.isWord(i, WordKeys.mi) || text.isWord(i, WordKeys.nemi) {
                if i + 1 < text.count, text.info(i + 1)?.tense == .past { return .past }
                return .future
            }
            if text.isWord(i, WordKeys.ast) || text.isWord(i, WordKeys.and), i > 0,
               text.units[i - 1].kind == .word, text.scalars(i - 1).last?.value == 0x0647 {
                return .past
            }
            let scalars = text.scalars(i)
            if scalars.count >= 5, unit.info < 0, ClauseTense.isFusedPresent(scalars) { return .future }
        case .english:
            let scalars = text.scalars(i)
            if scalars.count >= 5, scalars.suffix(2).map(\.value) == [0x65, 0x64] { return .past }
        case .russian:
            let scalars = text.scalars(i)
            if scalars.count >= 4 {
                let tail = scalars.suffix(4).map(\.value)
                let l: UInt32 = 0x043B
                if tail.last == l || tail.suffix(2).first == l || tail.suffix(3).first == l && tail.suffix(2) == [0x0441, 0x044F] {
                    return .past
                }
            }
        default:
            break
        }
        return nil
    }

    /// Whether an Arabic "goes back to" verb (يعود, تعود, عاد, عادت, with و or ف) comes before unit
    /// `i` in its clause: يعود آخر لقاء بينهما إلى نوفمبر dates something back, so إلى there is no
    /// deadline.
    func datesBack(before i: Int) -> Bool {
        guard text.language == .arabic, i > 0, i < text.count else { return false }
        var k = i - 1
        while k >= 0, k >= i - 10, text.sentence[k] == text.sentence[i], !isClauseBreak(k) {
            if text.units[k].kind == .word, text.scalars(k).count <= 6 {
                var values = ClauseTense.letters(text.scalars(k))
                if values.count >= 4, values[0] == 0x0648 || values[0] == 0x0641 { values.removeFirst() }
                if ClauseTense.returnVerbs.contains(values) { return true }
            }
            k -= 1
        }
        return false
    }

    /// يعود, تعود, عاد, عادت (folded).
    static let returnVerbs: Set<[UInt32]> = Set(["یعود", "تعود", "عاد", "عادت"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the Persian word at `i` ends in ه and is followed by و or a comma.
    /// A Persian participle followed by a preposition (نفت خریداری شده از ایران, قرارداد امضا شده در
    /// ژنو, کالاهای وارد شده به کشور) qualifies a noun; the clause's verb comes later.
    func isAdjectivalParticiple(_ i: Int) -> Bool {
        guard text.scalars(i).last.map({ DateKey.fold($0.value) }) == 0x0647, i + 1 < text.count else { return false }
        return WordKeys.participlePrepositions.contains(text.units[i + 1].key)
    }

    func isConjunctiveParticiple(_ i: Int) -> Bool {
        guard text.scalars(i).last.map({ DateKey.fold($0.value) }) == 0x0647 else { return false }
        return text.info(i + 1)?.connector == .and || text.isPunctuation(i + 1, in: Marks.commas)
    }

    /// Prefixes of Arabic words that start with ست without being a future verb.
    static let arabicNonFuture: [[UInt32]] = ["ستین", "ستار", "ستود", "ستوک", "ستیف", "ستال", "ستراتیج", "ستان",
        "ستیو", "ستیل", "ستون", "سته",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Arabic سـ + a feminine or second-person imperfect (ستبدأ, ستعقد, ستشهد): a word of five to
    /// seven letters that starts with ست and is not one of the names and nouns that start that
    /// way. Words with سي (سيعقد) are matched from the list in `tense-cues.tsv` only, because
    /// too many transliterated names start with سي (سيزار, سيدني, سيول).
    static func isArabicFuture(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        isArabicFuture(letters(scalars))
    }

    static func isArabicFuture(_ letters: [UInt32]) -> Bool {
        var values = letters
        // وسيمثل, فستبدأ: the conjunction before the future prefix.
        if values.count >= 6, values[0] == 0x0648 || values[0] == 0x0641, values[1] == 0x0633 { values.removeFirst() }
        // سيتغير, سيتوجه: سـ + يت (forms V, VI, VIII), six letters or more; سيجرون, سيبحثان: سـ + ي
        // with the plural or dual ending.
        if values.count >= 6, values.starts(with: [0x0633, 0x06CC, 0x062A]) { return true }
        if values.count >= 6, values.count <= 8, values.starts(with: [0x0633, 0x06CC]),
           values.suffix(2).elementsEqual([0x0648, 0x0646]) || values.suffix(2).elementsEqual([0x0627, 0x0646]) {
            return true
        }
        // Longer words are names (ستولتنبرغ, ستيفنسون): ستستضيف, the longest common form, has 7 letters.
        guard values.count >= 5, values.count <= 7, values[0] == 0x0633, values[1] == 0x062A else { return false }
        return !arabicNonFuture.contains { values.starts(with: $0) }
    }

    /// Arabic perfect verbs of the derived forms, told by their shape (folded letters, after an
    /// optional و or ف, before an optional ending ت, ا, وا, تا):
    /// - form VIII افتعل: ا C ت C C (احتفل, اجتمع, اعتقل, اختتم, انتهى), with ط after ص ض ط ظ and د
    ///   after ز د ذ (اصطدم, ازداد);
    /// - form VII انفعل: ا ن C C C (انطلق, انسحب, انعقد);
    /// - form X استفعل: ا س ت C C C (استقبل, استهدف, استأنف).
    /// Their present and future forms start with ي, ت or سـ, and their verbal nouns have one letter
    /// more (احتفال, استقبال), so the shape tells the perfect. Words with the article (الت…) are
    /// left to the lists.
    static func isArabicDerivedPerfect(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        isArabicDerivedPerfect(letters(scalars))
    }

    static func isArabicDerivedPerfect(_ letters: [UInt32]) -> Bool {
        var values = letters
        let alef: UInt32 = 0x0627, teh: UInt32 = 0x062A, noon: UInt32 = 0x0646, seen: UInt32 = 0x0633
        let waw: UInt32 = 0x0648, feh: UInt32 = 0x0641, lam: UInt32 = 0x0644
        if values.count >= 6, values[0] == waw || values[0] == feh, values[1] == alef { values.removeFirst() }
        guard values.count >= 5, values.count <= 8 else { return false }
        if values[0] == teh { return isFormFivePerfectFeminine(values) }
        guard values[0] == alef, values[1] != lam, values[1] != alef else { return false }
        func matches(_ stem: ArraySlice<UInt32>) -> Bool {
            if stem.count == 6 { return stem.starts(with: [alef, seen, teh]) }
            guard stem.count == 5 else { return false }
            let first = stem[stem.startIndex + 1], third = stem[stem.startIndex + 2]
            if first == noon { return true }
            if third == teh { return true }
            let emphatic = first == 0x0635 || first == 0x0636 || first == 0x0637 || first == 0x0638  // ص ض ط ظ
            let dental = first == 0x0632 || first == 0x062F || first == 0x0630  // ز د ذ
            return (emphatic && third == 0x0637) || (dental && third == 0x062F)
        }
        if matches(values[...]) { return !ClauseTense.arabicPerfectShapedNouns.contains(values) }
        if ClauseTense.isFormFivePerfectFeminine(values) { return true }
        for ending in ClauseTense.arabicPerfectEndings where values.count > ending.count && values.suffix(ending.count).elementsEqual(ending) {
            let stem = values.dropLast(ending.count)
            if matches(stem) { return !ClauseTense.arabicPerfectShapedNouns.contains(Array(stem)) }
        }
        return false
    }

    /// An Arabic imperfect (present) verb of the third person masculine, told by its shape: after
    /// an optional و, a word of four to seven letters that starts with ي (يستضيف, يشهد, ويسعى),
    /// other than the nouns and names that start with ي (`arabicYehNouns`) and the present verbs of
    /// discourse (`arabicDiscourseVerbs`). News uses the present for what is to come (يستضيف الأردن
    /// اجتماعا الخميس) far more than for habits near a date, so, at the start of its clause (see
    /// `clauseStart(before:)`), it reads as an announcement.
    static func isArabicImperfect(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first.map({ DateKey.fold($0.value) }), first == 0x06CC || first == 0x0648 else { return false }
        return isArabicImperfect(letters(scalars))
    }

    static func isArabicImperfect(_ letters: [UInt32]) -> Bool {
        var values = letters
        let yeh: UInt32 = 0x06CC
        // ويتوقع: the conjunction و (not ف or ل: فيسبوك, فيينا, ليفربول are names).
        if values.count >= 5, values[0] == 0x0648, values[1] == yeh { values.removeFirst() }
        guard values.count >= 4, values.count <= 7, values[0] == yeh else { return false }
        if arabicDiscourseVerbs.contains(values) { return false }
        return !arabicYehNouns.contains { values.starts(with: $0) }
    }

    /// Present verbs of news discourse that say nothing of when (يأتي ذلك بعد …, يذكر أن …, يعود
    /// تاريخ … إلى, يبدو, يعني, يمكن).
    static let arabicDiscourseVerbs: Set<[UInt32]> = Set(["یاتی", "تاتی", "یذکر", "یشار", "یعود", "یبدو", "یعنی", "یمکن",
        "یجب", "ینبغی", "یقول", "یری",
    ].map { $0.unicodeScalars.map(\.value) })

    /// Nouns and names that start with ي (يوم, يونيو, يوليو, يناير, يد, يوسف, يحيى …), matched as
    /// prefixes of the folded word.
    static let arabicYehNouns: [[UInt32]] = ["یوم", "یونیو", "یولیو", "ینایر", "یونیه", "یولیه", "ید", "یوسف", "یحیی",
        "یونس", "یعقوب", "یزید", "یاسر", "یاسین", "یوفنتوس", "یورو", "یونیسیف", "یهود", "یمنی", "یمین", "یسار", "یابان",
        "یونان", "یونانی", "یوکو", "یلدریم", "یانغ", "یان", "یون", "یامن", "یتیم", "یقین", "یاسمین",
    ].map { $0.unicodeScalars.map(\.value) }

    /// What opens the clause of an Arabic present verb.
    enum ClauseStart { case start, kana, subjunctive }

    /// Whether the Arabic word at `i` opens its clause, as a verb does in Arabic (at the start of the
    /// text or a sentence, after punctuation, after a particle: قد, لن, لم, لا, ثم, كما, حيث, بينما,
    /// عندما, إذ, the relative pronouns, after كان, or after أن: a subjunctive), and what opens
    /// it; `nil` inside a clause, where a word that starts with ي is more often a name (يويفا,
    /// يوفنتوس) than a verb.
    func clauseStart(before i: Int) -> ClauseStart? {
        guard i > 0, !text.units[i].lineBefore else { return .start }
        let previous = text.units[i - 1]
        // A name in quotes or brackets ("يويفا", (يونيسيف)) is no verb.
        if previous.kind == .punctuation, ClauseTense.quotesAndBrackets.contains(previous.value) { return nil }
        if previous.kind != .word { return .start }
        if WordKeys.complementizers.contains(previous.key) { return .subjunctive }
        if WordKeys.relativePronouns.contains(previous.key) { return .start }
        if ClauseTense.isArabicKana(text.scalars(i - 1)) { return .kana }
        if text.scalars(i - 1).count <= 6, ClauseTense.arabicParticles.contains(ClauseTense.letters(text.scalars(i - 1))) {
            return .start
        }
        return nil
    }

    /// " « » “ ” ( [
    static let quotesAndBrackets: Set<UInt32> = [0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x28, 0x5B]

    /// Particles after which an Arabic clause (and its verb) starts (folded).
    static let arabicParticles: Set<[UInt32]> = Set(["قد", "وقد", "لقد", "لن", "ولن", "لم", "ولم", "لا", "ولا", "ثم", "کما",
        "حیث", "بینما", "عندما", "اذ", "اذا", "واذا", "کی", "لکی", "حتی", "ان", "لو",
    ].map { $0.unicodeScalars.map(\.value) })

    /// Whether a word is a perfect form of كان (كان, كانت, كانوا, وكان, فكانت).
    static func isArabicKana(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first.map({ DateKey.fold($0.value) }), first == 0x06A9 || first == 0x0648 || first == 0x0641,
              scalars.count <= 6 else { return false }
        return isArabicKana(letters(scalars))
    }

    static func isArabicKana(_ letters: [UInt32]) -> Bool {
        var values = letters
        if values.count >= 4, values[0] == 0x0648 || values[0] == 0x0641 { values.removeFirst() }
        guard values.count >= 3, values.starts(with: [0x06A9, 0x0627, 0x0646]) else { return false }
        let rest = values.dropFirst(3)
        return rest.isEmpty || rest.elementsEqual([0x062A]) || rest.elementsEqual([0x0648, 0x0627])
    }

    /// Form V perfect of the third person feminine: ت C C C ت (توصلت, تمكنت, تحدثت), five letters
    /// without ا inside and without the ي of the verbal noun تفعيل (تثبيت, توقيت); the plurals
    /// تحركات, تصريحات are longer.
    static func isFormFivePerfectFeminine(_ values: [UInt32]) -> Bool {
        let teh: UInt32 = 0x062A
        guard values.count == 5, values[0] == teh, values[4] == teh else { return false }
        return !values[1...3].contains(0x0627) && values[3] != 0x06CC
    }

    /// Endings of the perfect: ت (she), ا (they two), وا (they), تا (they two, feminine).
    static let arabicPerfectEndings: [[UInt32]] = ["ت", "ا", "وا", "تا"].map { $0.unicodeScalars.map(\.value) }

    /// Nouns with the shape of a derived perfect (استاد, استاذ, انترنت, اشتون).
    static let arabicPerfectShapedNouns: Set<[UInt32]> = Set(["استاد", "استاذ", "انترن", "اشتون", "انتر"].map {
        $0.unicodeScalars.map { DateKey.fold($0.value) }
    })

    /// The folded letters of a word (tatweel, harakat and ZWNJ dropped).
    static func letters(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(scalars.count)
        for scalar in scalars {
            let code = DateKey.fold(scalar.value)
            if code != 0 { values.append(code) }
        }
        return values
    }

    /// Persian می/نمی fused to a present form: starts with می or نمی and ends in a personal ending
    /// (د, ند, م, یم, ید), as text without ZWNJ writes میکنند.
    static func isFusedPresent(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let values = scalars.map { DateKey.fold($0.value) }.filter { $0 != 0 }
        guard values.count >= 5 else { return false }
        let startsWithMi = (values[0] == 0x0645 && values[1] == 0x06CC)
            || (values[0] == 0x0646 && values[1] == 0x0645 && values[2] == 0x06CC)
        guard startsWithMi, let last = values.last else { return false }
        return last == 0x062F || last == 0x0645
    }
}
