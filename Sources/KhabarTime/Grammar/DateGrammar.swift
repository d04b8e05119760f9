import KhabarCore

/// The date grammar: finds date expressions in ``DateText`` units, longest match first, without
/// resolving them (``DateResolver`` does that once the calendar frames of the sentences are known).
///
/// The patterns, in the order they are tried at each unit (the longest match wins):
/// - numeric dates: `1403/10/28`, `2025-01-14`, `14.01.2025`, `87/5/12` (two-digit Solar Hijri
///   year in Persian text);
/// - a day, a month name and a year, each part optional in the ways news writes them: `21 آذر 1404`,
///   `روز جمعه 20 مهرماه 1403`, `بیست و یکم آذر`, `12 كانون الأول/ديسمبر 2025`, `December 12, 2025`,
///   `12 декабря 2025 года`, `رمضان ١٤٤٦`, `جمادى الآخرة 1447 هـ`, `ديسمبر الماضي`;
/// - years: `سال ۱۴۰۳`, `سال 87` (= 1387 AP), `عام 2018`, `2018 م`, `في 2018`, `в 2025 году`;
/// - ranges and open ranges: `۱ تا ۳ آبان`, `من 1 إلى 3 ديسمبر`, `فروردین تا خرداد ۱۴۰۳`,
///   `2015-2020`, `بين عامي 2015 و2020`, `از سال ۲۰۱۵`, `منذ عام 2011`, `since 2015`;
/// - relative forms: `امروز`, `دیروز`, `أمس`, `روز جمعه`, `الجمعة الماضية`, `هفته گذشته`,
///   `سال گذشته`, `امسال`, `العام الماضي`, `دو سال گذشته`, `سه روز پیش`, `قبل ثلاثة أيام`;
/// - periods: `۹ ماهه نخست امسال`, `الأشهر التسعة الأولى من العام`, `سه ماهه دوم`,
///   `تابستان امسال`, `دهه ۷۰`, `الثمانينيات`, `اواخر آذر`, `أواخر العام الماضي`, `پایان سال`,
///   `نیمه دوم خرداد`, `النصف الأول من مارس`;
/// - windows ahead and "in N units": `سه روز آینده`, `الأشهر الستة المقبلة`, `دو سال دیگر`;
/// - a day of a period: `نخستین روز دهه فجر`, `أول أيام شهر رمضان`, `آخرین روز سال`;
/// - the new year and another year's day: `سال جدید`, `العام الجديد`,
///   `في مثل هذا اليوم من العام الماضي`, `در چنین روزی در سال ۱۳۵۷`, `في نفس اليوم من عام 1980`.
struct DateGrammar {
    let text: DateText
    let language: Language

    init(text: DateText) {
        self.text = text
        self.language = text.language
    }

    /// Every expression, in text order, without overlaps.
    func parse() -> [ParsedDate] {
        var result: [ParsedDate] = []
        var i = 0
        let n = text.count
        while i < n {
            let unit = text.units[i]
            let candidate = unit.kind == .number || (unit.info >= 0 && text.lexicon.dateWords[Int(unit.info)])
            if candidate, let parsed = parse(at: i) {
                result.append(parsed)
                i = parsed.units.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// The longest expression starting at unit `i`.
    func parse(at i: Int) -> ParsedDate? {
        var best: ParsedDate?
        func consider(_ parsed: ParsedDate?) {
            guard let parsed, parsed.units.upperBound > (best?.units.upperBound ?? i) else { return }
            best = parsed
        }
        consider(range(at: i))
        if let (point, end) = point(at: i, bare: false) { consider(ParsedDate(units: i..<end, expression: .point(point))) }
        if text.units[i].kind == .number {
            consider(listedDay(at: i))
            consider(listedYear(at: i))
        }
        consider(relative(at: i))
        consider(period(at: i))
        consider(holiday(at: i))
        if text.units[i].info >= 0, text.lexicon.dayCountStarts[Int(text.units[i].info)] { consider(nthDay(at: i)) }
        if let best, best.units.upperBound < text.count {
            consider(between(at: i, after: best))
        } else if best == nil, let info = text.info(i) {
            if info.connector != nil { consider(between(at: i, after: nil)) }
            if info.season != 0 { consider(seasons(at: i)) }
        }
        return best
    }

    // MARK: - Small readers

    /// A day of the month at `i`: a number 1–31 (with an English ordinal suffix) or a day ordinal.
    func day(at i: Int) -> (day: Int, end: Int)? {
        if let (value, digits) = text.number(i), digits <= 2, (1...31).contains(value) {
            if text.isTight(i + 1), text.info(i + 1)?.ordinalSuffix == true { return (value, i + 2) }
            // Not the tail of a longer number or date (12:30, 3.5, 1/2).
            if text.isTight(i + 1), text.isPunctuation(i + 1, in: Marks.numberJoiners), text.number(i + 2) != nil,
               text.isTight(i + 2) {
                return nil
            }
            if i > 1, text.isTight(i), text.isPunctuation(i - 1, in: Marks.numberJoiners), text.number(i - 2) != nil,
               text.isTight(i - 1) {
                return nil
            }
            return (value, i + 1)
        }
        if let info = text.info(i), info.ordinalIsDay { return (Int(info.ordinal), i + 1) }
        return nil
    }

    /// A day of the month written as a cardinal word (یک, دو, سه, بیست و پنج), read only as a day of
    /// a span: the first after از (از یک تا ۱۰ آبان), or the second before its month (از سه تا پنج
    /// آذر, ۲۸ تا سی اسفند).
    func cardinalDay(at i: Int) -> (day: Int, end: Int)? {
        guard let info = text.info(i), info.cardinal >= 1, info.cardinal <= 31, info.unit == nil, info.month == nil else { return nil }
        // بیست و پنج: tens and a unit
        if info.cardinal == 20 || info.cardinal == 30, text.info(i + 1)?.connector == .and,
           let unit = text.info(i + 2), unit.cardinal >= 1, unit.cardinal <= 9, unit.unit == nil, unit.month == nil,
           Int(info.cardinal + unit.cardinal) <= 31 {
            return (Int(info.cardinal + unit.cardinal), i + 3)
        }
        return (Int(info.cardinal), i + 1)
    }

    /// The second day of a span written as a cardinal word, with its month and optional year
    /// (… تا پنج آذر, … تا بیست و پنج اسفند ۱۴۰۳).
    func cardinalDayPoint(at i: Int) -> (DatePoint, Int)? {
        guard let (day, afterDay) = cardinalDay(at: i), let month = month(at: afterDay) else { return nil }
        return dayPoint(day: day, month: month)
    }

    /// A day of `month` with the year written after the month, if any: the point and the token
    /// after it.
    func dayPoint(day: Int, month: (calendar: CalendarSystem, month: Int, weak: Bool, end: Int)) -> (DatePoint, Int) {
        var point = DatePoint(calendar: month.calendar, month: month.month, day: day)
        var end = month.end
        if let (year, calendar, yearEnd) = yearPart(at: end, calendar: month.calendar) {
            point.year = year
            point.calendar = calendar ?? month.calendar
            end = yearEnd
        }
        return (point, end)
    }

    /// A month name at `i`, with a following ماه (fa) and a second name after / or in brackets
    /// (كانون الأول/ديسمبر). `weak` tells whether the name needs a day or a year next to it.
    func month(at i: Int) -> (calendar: CalendarSystem, month: Int, weak: Bool, end: Int)? {
        guard let info = text.info(i), let month = info.month else { return nil }
        var end = i + 1
        var weak = month.weak
        // مهر ماه, دی ماه (the fused مهرماه is one lexicon entry).
        if language != .arabic, let next = text.info(end), next.unit == .month, !next.unitPlural, !next.unitDual,
           !next.unitPeriod, next.month == nil, month.calendar != .islamic {
            end += 1
            weak = false
        }
        // كانون الأول/ديسمبر, حزيران (يونيو), يناير كانون الثاني, أغسطس،آب
        if text.isPunctuation(end, in: Marks.monthNameSeparators) || text.isPunctuation(end, in: Marks.commas),
           let other = text.info(end + 1)?.month, other.number == month.number, other.calendar == month.calendar {
            end += 2
            if text.isPunctuation(end, ")") { end += 1 }
            weak = false
        } else if let other = text.info(end)?.month, other.number == month.number, other.calendar == month.calendar,
                  end < text.count, !text.units[end].lineBefore {
            end += 1
            weak = false
        }
        return (month.calendar, Int(month.number), weak, end)
    }

    /// A month counted from the reference's after a day (یازدهم ماه جاری, العاشر من الشهر الماضي,
    /// 15 من هذا الشهر): its offset and end. After a day written in digits only the current month
    /// is read in Persian (۱۵ ماه جاری), since ۳ ماه گذشته is "the past three months".
    func relativeMonth(at k: Int, ordinalDay: Bool) -> (offset: Int, end: Int)? {
        guard let info = text.info(k) else { return nil }
        if info.unit == .month, !info.unitPlural, !info.unitDual, !info.unitPeriod, info.month == nil,
           let next = text.info(k + 1), let modifier = next.modifier, !next.modifierRecent, !beforeAz(k + 1),
           ordinalDay || modifier == 0 || language == .arabic {
            return (Int(modifier), k + 2)
        }
        if info.isThis || (info.modifier != nil && !info.modifierRecent), let next = text.info(k + 1), next.unit == .month,
           !next.unitPlural, !next.unitDual, !next.unitPeriod, ordinalDay || language != .persian {
            return (info.isThis ? 0 : Int(info.modifier ?? 0), k + 2)
        }
        return nil
    }

    /// A four-digit year number (or a two-digit Solar Hijri year where Persian allows it).
    func yearNumber(at i: Int, twoDigit: Bool) -> (year: Int, twoDigit: Bool, end: Int)? {
        guard let (value, digits) = text.number(i) else { return nil }
        // Not part of a longer number: 1,500 or 2.5 or 2025/26.
        if text.isTight(i + 1), text.isPunctuation(i + 1, in: Marks.decimalMarks), text.number(i + 2) != nil, text.isTight(i + 2) {
            return nil
        }
        if digits == 4, value >= 1000 { return (value, false, i + 1) }
        if digits == 2, twoDigit { return (value, true, i + 1) }
        return nil
    }

    /// A Persian year written in words after سال: tens and units (هشتاد, هشتاد و هفت: a two-digit
    /// year, 1380, 1387) or a full year (هزار و سیصد و هشتاد, یک هزار و سیصد و هشتاد و هفت, دو هزار و
    /// بیست). Each part after و is smaller than the place of the one before it; a quantity, a unit
    /// or an ordinal after the words (سال هشتاد و پنج هزار نفر, سال بیست و یکم) means no year.
    func yearInWords(at i: Int) -> (year: Int, twoDigit: Bool, end: Int)? {
        guard language == .persian else { return nil }
        func value(_ k: Int) -> Int? {
            guard let info = text.info(k), info.ordinal == 0, info.unit == nil, info.month == nil else { return nil }
            if info.largeNumber != 0 { return Int(info.largeNumber) }
            return info.cardinal > 0 && info.cardinal < 100 ? Int(info.cardinal) : nil
        }
        guard var current = value(i) else { return nil }
        var k = i + 1
        var total = 0
        // یک هزار, دو هزار: a unit before the thousand multiplies it.
        if current < 10, let next = value(k), next == 1000 {
            current *= 1000
            k += 1
        }
        total = current
        // The place below which the next part must stay: 1000 → 1000, 300 → 100, 80 → 10, 15 → 1.
        func limit(_ part: Int) -> Int {
            if part >= 1000 { return 1000 }
            if part >= 100 { return 100 }
            if part >= 20 { return 10 }
            return 1
        }
        var below = limit(current)
        while below > 1, text.info(k)?.connector == .and, let next = value(k + 1), next < below {
            total += next
            below = limit(next)
            k += 2
        }
        // و + an ordinal or a number left over (هشتاد و هفتم, هشتاد و پنج هزار): not a year.
        if text.info(k)?.connector == .and,
           text.number(k + 1) != nil || text.info(k + 1).map({ $0.ordinal != 0 || $0.cardinal != 0 || $0.largeNumber != 0 }) == true {
            return nil
        }
        if let after = text.info(k), after.quantity || after.unit != nil || after.largeNumber != 0 || after.ordinal != 0 { return nil }
        if text.number(k) != nil { return nil }
        if (20...99).contains(total) { return (total, true, k) }
        if (1000...2200).contains(total) { return (total, false, k) }
        return nil
    }

    /// A calendar marker at `i` (a period after an abbreviated marker, م. or г., is left out: at
    /// the end of a sentence it is the sentence's).
    func marker(at i: Int) -> (marker: CalendarMarker, end: Int)? {
        guard let marker = text.info(i)?.marker else { return nil }
        return (marker, i + 1)
    }

    /// The calendar a marker names in this text's language.
    func calendar(of marker: CalendarMarker) -> CalendarSystem {
        switch marker {
        case .gregorian: .gregorian
        case .persian: .persian
        case .islamic: .islamic
        case .hijri: language == .persian ? .persian : .islamic
        }
    }

    /// The calendar of a bare year number in this language, or `nil` when it is not a plausible year.
    func calendar(ofYear year: Int) -> CalendarSystem? {
        switch language {
        case .persian:
            if (1000...1499).contains(year) { return .persian }
            if (1500...2200).contains(year) { return .gregorian }
            return nil
        default:
            return (1000...2200).contains(year) ? .gregorian : nil
        }
    }

    /// The year a commemoration word before a day fixes (کودتای ۲۸ مرداد → 1332, هجمات 11 سبتمبر
    /// → 2001, ثورة 25 يناير → 2011): the word, the day, the month and its calendar must all match.
    /// In Arabic the word may carry one proclitic (وثورة 25 يناير, بحرب 6 أكتوبر).
    func commemoratedYear(at i: Int, day: Int, point: DatePoint) -> Int? {
        guard let calendar = point.calendar, i > 0, text.units[i - 1].kind == .word else { return nil }
        var events = text.lexicon.commemorations[text.units[i - 1].key]
        if events == nil, language == .arabic {
            let word = text.scalars(i - 1)
            if word.count >= 4, let first = word.first, DateGrammar.arabicProclitics.contains(DateKey.fold(first.value)) {
                events = text.lexicon.commemorations[DateKey.key(ofWord: word.dropFirst())]
            }
        }
        return events?.first { $0.day == day && $0.month == point.month && $0.calendar == calendar }?.year
    }

    /// The Arabic proclitics و ف ب ل ك (folded), which may stand before a commemoration word.
    static let arabicProclitics: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x06A9, 0x0643]

    /// Whether the number at `i` is a time of day: the hour after ساعت or الساعة (ساعت 17 فردا,
    /// الساعة 11 اليوم), or the minutes of a clock time (10:30).
    func isClockTime(_ i: Int) -> Bool {
        guard text.number(i) != nil else { return false }
        if let before = text.info(i - 1), before.unit == .hour, !before.unitPlural, !before.unitDual { return true }
        return text.isPunctuation(i - 1, ":") && text.number(i - 2) != nil
    }

    /// Whether unit `i` is followed by Persian از: قبل از, بعد از, پیش از count from another
    /// event (دو روز قبل از انتخابات, شهریور بعد از نماز), not from the reference.
    func beforeAz(_ i: Int) -> Bool {
        language == .persian && text.isWord(i + 1, WordKeys.az)
            && (text.isWord(i, WordKeys.qabl) || text.isWord(i, WordKeys.baad) || text.isWord(i, WordKeys.pish)
                || text.isWord(i, WordKeys.pas))
    }

    /// A two-digit Solar Hijri year in Persian text: 1300 + yy (14yy for yy below 20).
    func expandTwoDigit(_ year: Int) -> Int {
        year >= 20 ? 1300 + year : 1400 + year
    }

    /// The year part after a month (or a season): a year number with its marker, a relative year
    /// (امسال, سال گذشته, من العام الماضي, of last year, прошлого года), or a direction (الماضي).
    func yearPart(at start: Int, calendar: CalendarSystem?) -> (year: YearSpec, calendar: CalendarSystem?, end: Int)? {
        var i = start
        if language == .english, text.isPunctuation(i, ",") { i += 1 }
        // من العام الماضي, من هذا العام, of last year, of 2025
        var linked = false
        if text.isWord(i, WordKeys.min) || text.isWord(i, WordKeys.of) {
            i += 1
            linked = true
        }
        if text.isWord(i, WordKeys.the) { i += 1 }
        let twoDigit = language == .persian && (calendar == .persian || calendar == nil)
        // سال ۱۴۰۳, عام 2018, سال گذشته, العام الماضي, year 2025
        if let info = text.info(i), info.unit == .year, !info.unitPlural, !info.unitDual {
            if let (year, short, end) = yearNumber(at: i + 1, twoDigit: twoDigit) ?? yearInWords(at: i + 1) {
                return finishYear(year, short: short, at: end, calendar: calendar)
            }
            if let modifier = text.info(i + 1)?.modifier, !(text.info(i + 1)?.modifierRecent ?? false), !beforeAz(i + 1) {
                return (.relative(Int(modifier)), calendar, markerEnd(i + 2))
            }
            if text.info(i - 1)?.isThis == true, linked {
                return (.relative(0), calendar, i + 1)
            }
        }
        // هذا العام, this year, этого года
        if let info = text.info(i), info.isThis || info.modifier != nil, !(info.modifierRecent),
           let next = text.info(i + 1), next.unit == .year || next.yearSuffix, !next.unitPlural {
            return (.relative(info.isThis ? 0 : Int(info.modifier ?? 0)), calendar, i + 2)
        }
        if let deictic = text.info(i)?.yearDeictic { return (.relative(Int(deictic)), calendar, markerEnd(i + 1)) }
        if let (year, short, end) = yearNumber(at: i, twoDigit: twoDigit && !linked && !startsDay(at: i)) {
            return finishYear(year, short: short, at: end, calendar: calendar)
        }
        if !linked, let info = text.info(i), let modifier = info.modifier, !info.modifierRecent, !info.modifierDual, !beforeAz(i) {
            return (.direction(Int(modifier)), calendar, i + 1)
        }
        return nil
    }

    /// Whether the number at `i` is the day of a date that follows (دهه فجر ۱۵ و ۱۶ بهمن, مهر
    /// ۱۵ آبان): a day number before a month name, or before "and", "to" or a dash and another number.
    func startsDay(at i: Int) -> Bool {
        guard let (value, digits) = text.number(i), digits <= 2, (1...31).contains(value) else { return false }
        if text.info(i + 1)?.month != nil { return true }
        let joined = text.info(i + 1)?.connector == .and || text.info(i + 1)?.connector == .to
            || text.isPunctuation(i + 1, in: Marks.dashes)
        return joined && text.number(i + 2) != nil
    }

    /// The end of an optional calendar marker at `i` (سال گذشته میلادی).
    func markerEnd(_ i: Int) -> Int {
        marker(at: i)?.end ?? i
    }

    /// A year number followed by its marker or Russian year word.
    func finishYear(_ year: Int, short: Bool, at i: Int, calendar: CalendarSystem?) -> (year: YearSpec, calendar: CalendarSystem?, end: Int)? {
        var end = i
        var resolved = calendar
        if let (marker, markerEnd) = marker(at: end) {
            if resolved == nil { resolved = self.calendar(of: marker) }
            end = markerEnd
        } else if text.info(end)?.yearSuffix == true {
            end += 1
        }
        var value = short ? expandTwoDigit(year) : year
        if short, resolved == .gregorian, calendar == nil { value = 1900 + year }
        if resolved == nil, !short, inheritsLunarMarker(before: i, year: value) { resolved = .islamic }
        if resolved == nil { resolved = short ? .persian : self.calendar(ofYear: value) }
        guard let resolved, value >= 1, value <= (resolved == .gregorian ? 2200 : 1700) else { return nil }
        // A Gregorian month with a Solar Hijri-looking year (or the reverse) is not a date.
        if let calendar, calendar == .gregorian, value < 1500, !short { return nil }
        if let calendar, calendar == .persian, value > 1700 { return nil }
        return (.value(value), resolved, end)
    }

    /// سال 1073 هجری قمری … و در سال 1136 وفات یافت: a Persian year without a marker takes the lunar
    /// Hijri marker of a year written before it in the same sentence (within 40 units), when it
    /// comes at most a century after that year. `i` is the unit after the year's number.
    func inheritsLunarMarker(before i: Int, year: Int) -> Bool {
        guard language == .persian, i >= 3, i - 1 < text.count else { return false }
        let sentence = text.sentence[i - 1]
        var k = i - 3
        while k >= 0, k >= i - 40, text.sentence[k] == sentence {
            if let (value, digits) = text.number(k), digits >= 3, year >= value, year - value <= 100,
               let (marker, _) = marker(at: k + 1), calendar(of: marker) == .islamic {
                return true
            }
            k -= 1
        }
        return false
    }

    // MARK: - Points

    /// A calendar point at `i`: numeric, day–month–year, month–year, or year, with an optional
    /// weekday (and امروز/اليوم) in front. `bare` accepts a month name alone (inside a range).
    /// A gloss in the other calendar in brackets right after it (۲۰ دی (۹ ژانویه), 31 آگوست(10
    /// شهریور), آوریل (فروردین)) belongs to the point: the mention runs to the closing bracket and
    /// keeps the first date, so the gloss is not read as a date of its own.
    func point(at i: Int, bare: Bool) -> (DatePoint, Int)? {
        guard let (point, end) = unglossedPoint(at: i, bare: bare) else { return nil }
        guard point.month > 0, let calendar = point.calendar, text.isPunctuation(end, "("),
              let (gloss, glossEnd) = unglossedPoint(at: end + 1, bare: true), text.isPunctuation(glossEnd, ")"),
              gloss.month > 0, let glossCalendar = gloss.calendar, glossCalendar != calendar,
              (gloss.day > 0) == (point.day > 0)
        else { return (point, end) }
        return (point, glossEnd + 1)
    }

    /// A point without a gloss after it.
    func unglossedPoint(at i: Int, bare: Bool) -> (DatePoint, Int)? {
        var j = i
        if text.info(j)?.deictic == 0, language != .arabic || text.info(j + 1)?.weekday != 0 {
            if text.info(j + 1)?.weekday != 0 || (text.info(j + 1)?.unit == .day && text.info(j + 2)?.weekday != 0) {
                j += 1
            }
        }
        if let info = text.info(j), info.unit == .day, !info.unitPlural, info.deictic == nil || language == .arabic,
           text.info(j + 1)?.weekday ?? 0 != 0 {
            j += 1
        }
        if let w = text.info(j)?.weekday, w != 0, j + 1 < text.count {
            var k = j + 1
            let bracket = text.isPunctuation(k, "(")
            if text.isPunctuation(k, in: Marks.afterWeekday) { k += 1 }
            if let (point, end) = core(at: k, bare: false), point.day > 0 {
                var p = point
                p.weekday = Int(w)
                return (p, bracket && text.isPunctuation(end, ")") ? end + 1 : end)
            }
            if j > i { return nil }
        }
        return core(at: i, bare: bare)
    }

    /// A point without a weekday in front.
    func core(at i: Int, bare: Bool) -> (DatePoint, Int)? {
        if let numeric = numericDate(at: i) { return numeric }
        // Day first: 21 آذر 1404, الأول من رمضان, 12th of December, روز دوم ماه اوت
        var dayStart = i
        if language == .persian, let info = text.info(i), info.unit == .day, !info.unitPlural, info.deictic == nil {
            dayStart = i + 1
        }
        if let (day, afterDay) = day(at: dayStart) {
            var k = afterDay
            if text.isWord(k, WordKeys.of) || (language == .arabic && text.isWord(k, WordKeys.min)) { k += 1 }
            // روز دوم ماه اوت, 10 من شهر سبتمبر: the unit word before the month name.
            if language == .persian || language == .arabic, let info = text.info(k), info.unit == .month, !info.unitPlural,
               !info.unitPeriod, info.month == nil, text.info(k + 1)?.month != nil {
                k += 1
            }
            if let (offset, end) = relativeMonth(at: k, ordinalDay: text.number(dayStart) == nil || k > afterDay) {
                var point = DatePoint(day: day)
                point.relativeMonth = offset
                return (point, end)
            }
            if let info = text.info(k), info.sameMonth, text.number(dayStart) == nil || k > afterDay {
                var point = DatePoint(day: day)
                point.sameMonth = true
                return (point, k + 1)
            }
            if let month = month(at: k) {
                var (point, end) = dayPoint(day: day, month: month)
                guard day <= 31 else { return nil }
                if point.year == .none, let year = commemoratedYear(at: i, day: day, point: point) {
                    point.year = .value(year)
                }
                return (point, end)
            }
        }
        // Month first: مهرماه ۱۴۰۳, رمضان ١٤٤٦, December 12, 2025, ماه رمضان, في يونيو الماضي
        var k = i
        var monthWordBefore = false
        if let info = text.info(k), info.unit == .month, !info.unitPlural, !info.unitDual, !info.unitPeriod,
           info.month == nil, text.info(k + 1)?.month != nil {
            k += 1
            monthWordBefore = true
        }
        if let month = month(at: k) {
            var point = DatePoint(calendar: month.calendar, month: month.month)
            var end = month.end
            if language == .english || language == .russian,
               let (value, digits) = text.number(end), digits <= 2, (1...31).contains(value) {
                point.day = value
                end += 1
                if text.isTight(end), text.info(end)?.ordinalSuffix == true { end += 1 }
                if let (year, calendar, yearEnd) = yearPart(at: end, calendar: month.calendar) {
                    point.year = year
                    point.calendar = calendar ?? month.calendar
                    end = yearEnd
                }
                return (point, end)
            }
            if let (year, calendar, yearEnd) = yearPart(at: end, calendar: month.calendar) {
                // صفر پیش (3 بر صفر پیش: "ahead three to nil"): a weak Hijri name with only a
                // direction after it needs ماه/شهر before it, as it does alone.
                if case .direction = year, month.weak, month.calendar == .islamic, !monthWordBefore {
                    return nil
                }
                point.year = year
                point.calendar = calendar ?? month.calendar
                return (point, yearEnd)
            }
            // A month name alone: a strong name (ژانویه, نوفمبر, December), or any name with ماه/شهر
            // (مهر ماه, ماه رمضان); the year comes from the sentence, the reference or the text.
            let preposition = text.info(i - 1)?.preposition == true || text.info(i - 1)?.lead == true
            if bare || monthWordBefore || month.end > k + 1 || !month.weak || preposition {
                if month.calendar == .islamic, !monthWordBefore, !bare, !preposition, !(text.info(i - 1)?.lead ?? false) {
                    return nil
                }
                return (point, end)
            }
            return nil
        }
        // A three-digit year with its calendar marker: سال 454 هـ.ق, سنة 911 للهجرة, عام 622 م
        if let info = text.info(i), info.unit == .year, !info.unitPlural, !info.unitDual,
           let (value, digits) = text.number(i + 1), digits == 3, value >= 100, let (marker, end) = marker(at: i + 2),
           !(text.isWord(i + 2, WordKeys.mim) && value % 100 == 0) {
            return (DatePoint(calendar: calendar(of: marker), year: .value(value)), end)
        }
        // Years: سال ۱۴۰۳, عام 2018, 2018 م, в 2025 году
        if let info = text.info(i), info.unit == .year, !info.unitPlural, !info.unitDual,
           let (year, short, end) = yearNumber(at: i + 1, twoDigit: language == .persian) ?? yearInWords(at: i + 1),
           let (spec, calendar, yearEnd) = finishYear(year, short: short, at: end, calendar: nil) {
            return (DatePoint(calendar: calendar, year: spec), yearEnd)
        }
        if let noun = text.info(i - 1), noun.yearNoun, let (year, short, end) = yearNumber(at: i, twoDigit: language == .persian),
           text.info(end)?.quantity != true, text.info(end)?.unit == nil, !(text.isTight(end) && text.units[end].kind == .word),
           short || isPlausibleBareYear(year),
           let (spec, calendar, yearEnd) = finishYear(year, short: short, at: end, calendar: nil) {
            return (DatePoint(calendar: calendar, year: spec), yearEnd)
        }
        if isCitationYear(at: i), let (year, _, end) = yearNumber(at: i, twoDigit: false), let calendar = calendar(ofYear: year) {
            return (DatePoint(calendar: calendar, year: .value(year)), end)
        }
        if let (year, _, end) = yearNumber(at: i, twoDigit: false) {
            if let (marker, markerEnd) = marker(at: end),
               !(text.isWord(end, WordKeys.mim) && year % 100 == 0) {
                let calendar = self.calendar(of: marker)
                guard year <= (calendar == .gregorian ? 2200 : 1700) else { return nil }
                return (DatePoint(calendar: calendar, year: .value(year)), markerEnd)
            }
            if text.info(end)?.yearSuffix == true, let calendar = calendar(ofYear: year) {
                let yearEnd = end + 1
                return (DatePoint(calendar: calendar, year: .value(year)), yearEnd)
            }
            // از 2000 میلیون, من 2000 دولار: inside a range too, a number counting a noun is no year.
            let counts = text.info(end)?.quantity == true || text.info(end)?.unit != nil
            if (bare && isPlausibleBareYear(year) && !counts) || isBareYear(at: i), let calendar = calendar(ofYear: year) {
                return (DatePoint(calendar: calendar, year: .value(year)), end)
            }
        }
        return nil
    }

    /// Whether the number at `i` is the year of a citation: a plausible year after a comma or an
    /// opening bracket that follows a word, closing its phrase (تهران، 1379. — (نجف، 1404) — Beirut, 2015)).
    func isCitationYear(at i: Int) -> Bool {
        guard let (year, digits) = text.number(i), digits == 4, isPlausibleBareYear(year) else { return false }
        // A chronology: a year opening a line (after a bullet) and followed by a dash or a colon.
        let bullet = i >= 1 && text.units[i - 1].lineBefore && text.units[i - 1].kind == .punctuation && !text.units[i].lineBefore
        if text.units[i].lineBefore || bullet || i == 0 {
            return text.isPunctuation(i + 1, in: Marks.dashes) || text.isPunctuation(i + 1, ":")
        }
        // (2001) after a resolution number or a word
        if text.isPunctuation(i - 1, "("), text.isPunctuation(i + 1, ")"), i >= 2, !text.units[i].lineBefore {
            return true
        }
        // (1995-2000، ثم 2007), (2014 و2016 و2017): the years of a bracket that opens and closes
        // with a year and holds no quantity ((2000 دولار، ثم 2007) is no list of years).
        if !text.units[i].lineBefore, isBracketOfYears(around: i) { return true }
        // A labelled year: الافتتاح: 1956 - …, تأسست: 1902. (a word, a colon, the year, then a dash,
        // a full stop or the end of the line)
        if text.isPunctuation(i - 1, ":"), i >= 2, text.units[i - 2].kind == .word, !text.units[i].lineBefore {
            if i + 1 >= text.count || text.units[i + 1].lineBefore { return true }
            if text.isPunctuation(i + 1, in: Marks.dashes) || text.isPunctuation(i + 1, ".") {
                return text.number(i + 2) == nil || !text.isTight(i + 2)
            }
        }
        guard i >= 2, text.isPunctuation(i - 1, in: Marks.commas) || text.isPunctuation(i - 1, "("),
              text.units[i - 2].kind == .word, !text.units[i].lineBefore else { return false }
        if i + 1 >= text.count || text.units[i + 1].lineBefore { return true }
        guard text.isPunctuation(i + 1, in: Marks.citationEnds) else { return false }
        // Not a decimal or a list of numbers: 1379.5, 1379، 1380
        if text.isTight(i + 2), text.number(i + 2) != nil { return false }
        return text.number(i + 2) == nil
    }

    /// Whether the number at `i` stands in a bracket of at most eight units whose first and last
    /// units are plausible four-digit years, with no quantity or unit word in it.
    func isBracketOfYears(around i: Int) -> Bool {
        var open = i - 1
        while open >= 0, open >= i - 8, !text.isPunctuation(open, "(") {
            if text.isPunctuation(open, ")") { return false }
            open -= 1
        }
        var close = i + 1
        while close < text.count, close <= i + 8, !text.isPunctuation(close, ")") {
            if text.isPunctuation(close, "(") { return false }
            close += 1
        }
        guard open >= 0, close < text.count, text.isPunctuation(open, "("), text.isPunctuation(close, ")"),
              close - open > 2 else { return false }
        for k in [open + 1, close - 1] {
            guard let (year, digits) = text.number(k), digits == 4, isPlausibleBareYear(year) else { return false }
        }
        for k in (open + 1)..<close where text.info(k)?.quantity == true || text.info(k)?.unit != nil {
            return false
        }
        return true
    }

    /// Whether a number with nothing else to say it is a year could be one: Gregorian 1900–2100,
    /// or Solar Hijri 1300–1450 in Persian text.
    func isPlausibleBareYear(_ year: Int) -> Bool {
        (1900...2100).contains(year) || (language == .persian && (1300...1450).contains(year))
    }

    /// Whether a four-digit number standing alone after a preposition reads as a year (في 2018,
    /// در ۲۰۲۴, in 2024): Gregorian 1900–2100 (Solar Hijri 1300–1450 in Persian), not followed by
    /// a percent sign or a number word, not inside a longer number.
    func isBareYear(at i: Int) -> Bool {
        guard let (year, digits) = text.number(i), digits == 4 else { return false }
        let plausible = (1900...2100).contains(year) || (language == .persian && (1300...1450).contains(year))
        guard plausible, let before = text.info(i - 1), before.preposition || before.connector == .since || before.connector == .asOf
                || before.connector == .from || before.part != nil || (before.unit == .year && !before.unitPlural)
        else { return false }
        if i + 1 < text.count, text.isTight(i + 1), text.units[i + 1].kind == .word { return false }
        if text.isPunctuation(i + 1, "%") || text.isPunctuation(i + 1, in: Marks.numberSeparators) && text.number(i + 2) != nil && text.isTight(i + 2) {
            return false
        }
        // بیش از 2000 دلار, من 2000 مليون: a quantity, not a year.
        if let after = text.info(i + 1), after.unit != nil || after.cardinal != 0 || after.quantity { return false }
        return true
    }

    /// A numeric date at `i`: three numbers joined by one separator (/ - .) without spaces.
    func numericDate(at i: Int) -> (DatePoint, Int)? {
        guard let (a, aDigits) = text.number(i), text.isTight(i + 1), text.isTight(i + 2),
              text.isTight(i + 3), text.isTight(i + 4),
              text.isPunctuation(i + 1, in: Marks.dateSeparators),
              let (b, bDigits) = text.number(i + 2), bDigits <= 2,
              text.isPunctuation(i + 3, text.units[i + 1].value == 0x2F ? "/" : (text.units[i + 1].value == 0x2D ? "-" : ".")),
              let (c, cDigits) = text.number(i + 4) else { return nil }
        // Not part of a longer chain (a version number, a phone number).
        if i > 1, text.isTight(i), text.isPunctuation(i - 1, in: Marks.dateSeparators), text.number(i - 2) != nil { return nil }
        if text.isTight(i + 5), text.isPunctuation(i + 5, in: Marks.dateSeparators), text.number(i + 6) != nil, text.isTight(i + 6) { return nil }
        var year: Int, month: Int, day: Int
        var short = false
        if aDigits == 4, cDigits <= 2 {
            (year, month, day) = (a, b, c)
        } else if cDigits == 4, aDigits <= 2 {
            if language == .english, a <= 12, b > 12 || b <= 12 {
                (year, month, day) = (c, a, b)
                if month > 12 { (month, day) = (day, month) }
            } else {
                (year, month, day) = (c, b, a)
            }
        } else if language == .persian, aDigits == 2, cDigits <= 2, text.units[i + 1].value == 0x2F {
            if a > 31 || c <= 31 {
                (year, month, day) = (a, b, c)
            } else {
                (year, month, day) = (c, b, a)
            }
            short = true
        } else {
            return nil
        }
        if short { year = expandTwoDigit(year) }
        var end = i + 5
        var calendar: CalendarSystem?
        if let (marker, markerEnd) = marker(at: end) {
            calendar = self.calendar(of: marker)
            end = markerEnd
        } else if short {
            calendar = .persian
        } else if (1300...1499).contains(year) {
            calendar = language == .persian ? .persian : (language == .arabic ? .islamic : nil)
        } else if (1800...2200).contains(year) {
            calendar = .gregorian
        }
        guard let calendar, CalendarDay(calendar: calendar, year: year, month: month, day: day) != nil else { return nil }
        return (DatePoint(calendar: calendar, year: .value(year), month: month, day: day), end)
    }

    // MARK: - Lists

    /// The separator after a listed day or year at `k` (a comma, و, or both: "، و"), and the unit
    /// after it; `nil` when none follows.
    func listSeparator(at k: Int) -> Int? {
        if text.isPunctuation(k, in: Marks.commas) {
            return text.info(k + 1)?.connector == .and ? k + 2 : k + 1
        }
        if text.info(k)?.connector == .and { return k + 1 }
        return nil
    }

    /// A day in a list whose month is written after its last day (روزهای 21، 23 و 25 فروردین, 21 و
    /// 25 فروردین, 10، 12 و 14 آوريل): each day is a date of its own, in the month, year and
    /// calendar of the last. The days must rise; two consecutive days joined by و stay one span
    /// (the range reading is longer and wins).
    func listedDay(at i: Int) -> ParsedDate? {
        guard language == .persian || language == .arabic, let (first, firstEnd) = day(at: i),
              text.info(i - 1)?.unit != .hour else { return nil }
        var previous = first
        var k = firstEnd
        for _ in 0..<8 {
            guard let next = listSeparator(at: k) else { return nil }
            if let (point, _) = self.point(at: next, bare: false), point.day > 0, point.month > 0,
               point.relativeMonth == nil, !point.sameMonth, text.number(next) != nil {
                guard point.day > previous else { return nil }
                var listed = point
                listed.day = first
                listed.weekday = 0
                return ParsedDate(units: i..<firstEnd, expression: .point(listed))
            }
            guard let (day, end) = day(at: next), day > previous else { return nil }
            previous = day
            k = end
        }
        return nil
    }

    /// A year in a list after a plural year word (سال‌های 2004، 2008 و 2012, سنوات 2010 و2012
    /// و2014; two-digit Solar Hijri years in Persian: سال‌های 84، 85 و 86): each year is a date of
    /// its own. (Two years joined by و alone after the word are a span, read as a range.)
    func listedYear(at i: Int) -> ParsedDate? {
        guard let (value, digits) = text.number(i), digits == 4 || (digits == 2 && language == .persian) else { return nil }
        // Back over the years and separators of the list, to the plural year word.
        var k = i
        for _ in 0..<8 {
            if let info = text.info(k - 1), info.unit == .year, info.unitPlural { break }
            var separator = k - 1
            guard text.isPunctuation(separator, in: Marks.commas) || text.info(separator)?.connector == .and else { return nil }
            if text.info(separator)?.connector == .and, text.isPunctuation(separator - 1, in: Marks.commas) { separator -= 1 }
            guard let (_, previousDigits) = text.number(separator - 1), previousDigits == digits else { return nil }
            k = separator - 1
        }
        guard let info = text.info(k - 1), info.unit == .year, info.unitPlural else { return nil }
        // Not a count (سال‌های 2004، 2500 نفر), nor an end of a range (سال‌های 86-1377).
        if text.info(i + 1)?.quantity == true || text.info(i + 1)?.unit != nil { return nil }
        if text.isPunctuation(i + 1, in: Marks.dashesAndSlash) || text.isPunctuation(i - 1, in: Marks.dashesAndSlash) { return nil }
        guard let (year, calendar, end) = finishYear(value, short: digits == 2, at: i + 1, calendar: nil) else { return nil }
        if case .value(let v) = year, digits == 4, !isPlausibleBareYear(v), marker(at: i + 1) == nil { return nil }
        return ParsedDate(units: i..<end, expression: .point(DatePoint(calendar: calendar, year: year)))
    }

    // MARK: - Ranges

    /// A range or an open range at `i`.
    func range(at i: Int) -> ParsedDate? {
        var j = i
        var opener: Connector?
        // منذ, since: the start lies behind the reference; اعتبارا من (as of) ahead of it.
        var direction = 0
        if let connector = text.info(j)?.connector,
           connector == .from || connector == .between || connector == .since || connector == .asOf {
            opener = connector == .asOf ? .since : connector
            direction = connector == .since ? -1 : (connector == .asOf ? 1 : 0)
            j += 1
        }
        // از تاریخ ۲۱ فروردین
        if opener == .from, language == .persian, text.isWord(j, WordKeys.tarikh) { j += 1 }
        // منذ منتصف ليل الجمعة, از صبح شنبه: a part of the day before a weekday
        if opener == .since || opener == .from, text.info(j)?.dayPart == true, text.info(j + 1)?.weekday ?? 0 != 0 { j += 1 }
        // بين عامي 2015 و2020, سال‌های ۲۰۱۵ تا ۲۰۲۰
        var yearWords = false
        if let info = text.info(j), info.unit == .year, info.unitPlural || info.unitDual {
            yearWords = true
            j += 1
        }
        // Day span inside one month: ۱ تا ۳ آبان, من 1 إلى 3 ديسمبر, 1-3 ноября
        // (از یک تا ۱۰ آبان: after از the first day may be a cardinal word.)
        if !yearWords, let (first, afterFirst) = day(at: j) ?? cardinalDay(at: j),
           let afterConnector = connector(at: afterFirst, opener: opener)
            ?? (text.info(afterFirst)?.connector == .and ? afterFirst + 1 : nil),
           let (second, end) = point(at: afterConnector, bare: false) ?? cardinalDayPoint(at: afterConnector),
           second.day > 0, first < second.day,
           // A first day in words needs از before it or a second day in words (سه تا پنج آذر, not سه تا ۵ آذر).
           opener == .from || day(at: j) != nil || cardinalDay(at: afterConnector) != nil,
           text.info(afterFirst)?.connector != .and || opener == .between || second.day == first + 1,
           text.number(afterFirst) == nil {
            var start = second
            start.day = first
            if case .value = second.year {} else if opener == nil, !text.isPunctuation(afterFirst, in: Marks.dashes),
                                                   text.info(afterFirst)?.connector == nil { return nil }
            return ParsedDate(units: i..<end, expression: .span(start, second))
        }
        // Two points: ۲۸ اسفند تا ۵ فروردین ۱۴۰۴, فروردین تا خرداد ۱۴۰۳, 2015-2020
        let firstPoint: (DatePoint, Int)?
        if yearWords || opener != nil, let (year, short, end) = yearNumber(at: j, twoDigit: language == .persian && yearWords),
           yearWords || short || marker(at: end) != nil || text.info(end)?.yearSuffix == true || isPlausibleBareYear(year)
            || (opener == .since && (1000...2100).contains(year)),
           text.info(end)?.unit == nil, text.info(end)?.cardinal ?? 0 == 0, text.info(end)?.quantity != true,
           let (spec, calendar, yearEnd) = finishYear(year, short: short, at: end, calendar: nil) {
            firstPoint = (DatePoint(calendar: calendar, year: spec), yearEnd)
        } else if let (year, _, end) = yearNumber(at: j, twoDigit: false), let calendar = calendar(ofYear: year),
                  isPlausibleBareYear(year) || marker(at: end + 2) != nil,
                  text.isPunctuation(end, in: Marks.dashes), text.number(end + 1)?.digits ?? 0 >= 2 {
            firstPoint = (DatePoint(calendar: calendar, year: .value(year)), end)
        } else {
            firstPoint = point(at: j, bare: true)
        }
        if let (first, afterFirst) = firstPoint {
            if let afterConnector = connector(at: afterFirst, opener: opener, yearList: yearWords) {
                var second: (DatePoint, Int)?
                if first.month == 0, let (year, digits) = text.number(afterConnector) {
                    // 2015-2020, 2015-16, ۱۳۹۸ تا ۱۴۰۰
                    if case .value(let from) = first.year {
                        var to = year
                        if digits == 2 { to = from - from % 100 + year }
                        let dashed = text.isPunctuation(afterConnector - 1, in: Marks.dashesAndSlash)
                        // سال 84 تا 86: a two-digit Solar Hijri year after تا, when the first was
                        // one too, and no quantity or unit word makes it a count (تا 90 درصد).
                        let shortPair = digits == 2 && language == .persian && first.calendar == .persian
                            && text.number(afterFirst - 1)?.digits == 2 && text.info(afterConnector - 1)?.connector == .to
                            && text.info(afterConnector + 1)?.quantity != true && text.info(afterConnector + 1)?.unit == nil
                        if shortPair { to = expandTwoDigit(year) }
                        if digits == 4 || (digits == 2 && (dashed || shortPair)), to > from, to - from <= 200,
                           text.info(afterConnector + 1)?.cardinal ?? 0 == 0 {
                            var end = afterConnector + 1
                            var calendar = first.calendar
                            if let (marker, markerEnd) = marker(at: end) {
                                calendar = self.calendar(of: marker)
                                end = markerEnd
                            }
                            if text.info(end)?.yearSuffix == true { end += 1 }
                            second = (DatePoint(calendar: calendar, year: .value(to)), end)
                        }
                    }
                } else {
                    second = point(at: afterConnector, bare: false)
                }
                if let (found, end) = second {
                    var secondPoint = found
                    var firstPoint = first
                    // 1030-1093هـ: the marker after the second year names the calendar of both.
                    if first.month == 0, secondPoint.month == 0, secondPoint.calendar != first.calendar,
                       marker(at: afterConnector + 1) != nil {
                        firstPoint.calendar = secondPoint.calendar
                    }
                    if secondPoint.calendar == nil { secondPoint.calendar = firstPoint.calendar }
                    guard let span = joined(firstPoint, secondPoint) else { return nil }
                    return ParsedDate(units: i..<end, expression: .span(span.0, span.1))
                }
            }
            // Open range: از سال ۲۰۱۵, منذ عام 2011, since 2015
            if opener == .since || (opener == .from && language == .persian && opensRange(at: i)) || (opener == .from && language == .russian),
               first.year != .none || opener == .since || (language == .persian && first.month > 0) {
                var end = afterFirst
                var now = false
                if let connector = text.info(end)?.connector, connector == .now {
                    end += 1
                    now = true
                }
                if text.isWord(end, WordKeys.be), text.isWord(end + 1, WordKeys.baad) { end += 2 }
                if opener == .from, language == .russian, first.month != 0 || first.year == .none { return nil }
                return ParsedDate(units: i..<end, expression: .since(.point(first), direction: now ? -1 : direction))
            }
        }
        let persianFrom = opener == .from && language == .persian && opensRange(at: i)
        if opener == .since || persianFrom, let relative = relative(at: j), !(text.info(j)?.agoBefore ?? false) {
            // از هفته آینده, از امروز, از روز شنبه, از سال گذشته (تاکنون); not a comparison or a
            // part of the period (بهتر از سال گذشته, هفت ماه از سال جاری: see `opensRange`).
            var end = relative.units.upperBound
            var now = false
            if let connector = text.info(end)?.connector, connector == .now {
                end += 1
                now = true
            } else if text.isWord(end, WordKeys.be), text.isWord(end + 1, WordKeys.baad) {
                end += 2
            }
            switch relative.expression {
            case .deictic, .weekday, .weekdayOfWeek, .relativeUnit, .newYear: break
            default: if !now, opener != .since { return nil }
            }
            return ParsedDate(units: i..<end, expression: .since(relative.expression, direction: now ? -1 : direction))
        }
        if opener == .since || persianFrom, let period = period(at: j) {
            var end = period.units.upperBound
            var now = false
            if let connector = text.info(end)?.connector, connector == .now {
                end += 1
                now = true
            }
            return ParsedDate(units: i..<end, expression: .since(period.expression, direction: now ? -1 : direction))
        }
        return nil
    }

    /// A holiday: نوروز ۱۴۰۴, عید قربان امسال, عيد الفطر المبارك لعام 1446 هـ, ایام نوروز, دهه فجر,
    /// در نوروز, روز عاشورا. A weak name (نوروز, عاشورا, اربعین) needs a year, a preposition or a
    /// lead word before it (جشن نوروز, واقعه عاشورا are not dates).
    /// `led` tells that words before it make it a date already (نخستین روز دهه فجر).
    func holiday(at i: Int, led: Bool = false) -> ParsedDate? {
        guard let holiday = text.info(i)?.holiday else { return nil }
        var end = i + 1
        var year: YearSpec = .none
        // دهه فجر 18 نفر: a number counting the noun after it is no year of the holiday.
        if let (spec, _, yearEnd) = yearPart(at: end, calendar: holiday.calendar),
           !(text.number(end) != nil && (text.info(yearEnd)?.quantity == true || text.info(yearEnd)?.unit != nil)) {
            year = spec
            end = yearEnd
        }
        if holiday.weak, year == .none, !led {
            guard let before = text.info(i - 1), before.preposition || before.lead || (before.unit == .day && !before.unitPlural)
            else { return nil }
        }
        // نوروز امسال said in Bahman with a future verb is the coming one: "this year's" holiday
        // is the occurrence the clause points to, as for a day without a year.
        if year == .relative(0) { year = .none }
        let first = DatePoint(calendar: holiday.calendar, year: year, month: Int(holiday.month), day: Int(holiday.day))
        if holiday.length <= 1 { return ParsedDate(units: i..<end, expression: .point(first)) }
        var last = first
        last.day += Int(holiday.length) - 1
        return ParsedDate(units: i..<end, expression: .span(first, last))
    }

    /// A range between two periods that the point ranges above do not cover: ابتدای امسال تا
    /// دی‌ماه, از اوایل مهر تا پایان آبان, من مطلع مارس حتى نهاية مايو, أبريل/نيسان ومايو/آيار (two
    /// consecutive months joined by "and"), بين يناير وفبراير. `best` is the longest single
    /// expression at `i`, when there is one.
    func between(at i: Int, after best: ParsedDate?) -> ParsedDate? {
        var opener: Connector?
        var first = best
        if first == nil || { if case .since = first!.expression { true } else { false } }() {
            guard let connector = text.info(i)?.connector, connector == .from || connector == .between else { return nil }
            opener = connector
            first = single(at: i + 1)
        }
        guard let first, DateGrammar.isPeriod(first.expression) else { return nil }
        let k = first.units.upperBound
        var next: Int?
        var joinedByAnd = false
        if let connector = text.info(k)?.connector {
            if connector == .to { next = k + 1 }
            if connector == .and { (next, joinedByAnd) = (k + 1, true) }
        } else if k < text.count, text.units[k].wawBefore {
            (next, joinedByAnd) = (k, true)
        } else if text.isPunctuation(k, in: Marks.commas), opener != .between {
            // نوفمبر/تشرين الثاني، وديسمبر/كانون الأول: a comma before "and" (still only two
            // consecutive months or seasons, as below).
            if text.info(k + 1)?.connector == .and {
                (next, joinedByAnd) = (k + 2, true)
            } else if k + 1 < text.count, text.units[k + 1].wawBefore {
                (next, joinedByAnd) = (k + 1, true)
            }
        } else if text.isPunctuation(k, in: Marks.dashes), !text.isTight(k) || !text.isTight(k + 1) {
            next = k + 1
        }
        guard let next, let second = single(at: next) else { return nil }
        switch second.expression {
        case .point(let p) where p.day > 0 && !joinedByAnd: break
        default: guard DateGrammar.isPeriod(second.expression) else { return nil }
        }
        if joinedByAnd, opener != .between {
            // يناير وفبراير, بهار و تابستان 1395: only two consecutive months or seasons.
            switch (first.expression, second.expression) {
            case (.point(let a), .point(let b)):
                guard a.day == 0, b.day == 0, a.month > 0, b.month == a.month % 12 + 1, a.calendar == b.calendar else { return nil }
            case (.season(let a, _, _), .season(let b, _, _)):
                guard b == a % 4 + 1 else { return nil }
            default:
                return nil
            }
        }
        return ParsedDate(units: i..<second.units.upperBound, expression: .between(first.expression, second.expression))
    }

    /// Two consecutive seasons sharing the year written after the second: بهار و تابستان 1395,
    /// الربيع والصيف الماضيين.
    func seasons(at i: Int) -> ParsedDate? {
        guard let first = text.info(i)?.season, first != 0 else { return nil }
        var k = i + 1
        if text.info(k)?.connector == .and { k += 1 } else if !(k < text.count && text.units[k].wawBefore) { return nil }
        guard let second = text.info(k)?.season, second == first % 4 + 1, let parsed = season(Int(second), at: k, after: k + 1),
              case .season(_, let year, let calendar) = parsed.expression else { return nil }
        var firstYear = year
        // Winter and spring: winter belongs to the year before in the Gregorian reckoning of Khabar.
        if first == 4, case .value(let y) = year, calendar != .persian { firstYear = .value(y - 1) }
        return ParsedDate(
            units: i..<parsed.units.upperBound,
            expression: .between(.season(Int(first), year: firstYear, calendar: calendar), parsed.expression))
    }

    /// A ten-day part of a month (Persian دهه = ten days): دهه اول محرم, دهه آخر صفر, دهه سوم خرداد.
    func tenDays(at i: Int) -> ParsedDate? {
        guard let next = text.info(i + 1) else { return nil }
        let part: PeriodPart
        if next.ordinal == 1 { part = .early } else if next.ordinal == 2 { part = .mid } else if next.ordinal == 3 || next.lastOf {
            part = .late
        } else {
            return nil
        }
        guard let (point, end) = point(at: i + 2, bare: true), point.month > 0, point.day == 0 else { return nil }
        return ParsedDate(units: i..<end, expression: .part(part, .point(point)))
    }

    /// The first or last week of a month: هفته اول ماه اکتبر جاری, یک هفته نخست آبان, الأسبوع
    /// الأول من شهر رمضان, the first week of March.
    func weekOfMonth(at i: Int) -> ParsedDate? {
        var j = i
        if text.info(j)?.cardinal == 1, text.info(j + 1)?.unit == .week { j += 1 }  // یک هفته اول
        var first: Bool?
        if let info = text.info(j), info.unit == .week, !info.unitPlural, let next = text.info(j + 1) {
            if next.ordinal == 1 { first = true } else if next.lastOf { first = false }
            j += 2
        } else if let info = text.info(j), info.ordinal == 1 || info.lastOf, text.info(j + 1)?.unit == .week,
                  language == .english {
            first = info.ordinal == 1
            j += 2
        }
        guard let first else { return nil }
        if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) { j += 1 }
        if let (point, end) = point(at: j, bare: true), point.month > 0, point.day == 0 {
            return ParsedDate(units: i..<end, expression: .part(first ? .firstWeek : .lastWeek, .point(point)))
        }
        if let relative = relativeUnit(at: j), case .relativeUnit(.month, _, _) = relative.expression {
            return ParsedDate(units: i..<relative.units.upperBound, expression: .part(first ? .firstWeek : .lastWeek, relative.expression))
        }
        return nil
    }

    /// The first or last weekday of a month: آخرین جمعه ماه مبارک رمضان, اولین شنبه مهر, الجمعة
    /// الأخيرة من رمضان, أول خميس من مارس.
    func nthWeekday(at i: Int) -> ParsedDate? {
        var j = i
        var last: Bool?
        var weekday = 0
        if let info = text.info(j), info.ordinal == 1 || info.lastOf, let w = text.info(j + 1)?.weekday, w != 0 {
            (last, weekday) = (info.lastOf, Int(w))
            j += 2
        } else if let w = text.info(j)?.weekday, w != 0, let next = text.info(j + 1), next.ordinal == 1 || next.lastOf {
            (last, weekday) = (next.lastOf, Int(w))
            j += 2
        }
        guard let last else { return nil }
        if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) { j += 1 }
        guard let (point, end) = point(at: j, bare: true), point.month > 0, point.day == 0 else { return nil }
        return ParsedDate(units: i..<end, expression: .nthWeekday(weekday, last: last, .point(point)))
    }

    /// A count of units before or after another date (Persian): ۱۵ روز قبل از سال ۹۹, سه روز پس
    /// از ۲۲ بهمن. `afterUnit` is the unit after the unit word.
    func offset(n: Int, unit: TimeUnit, afterUnit k: Int, start: Int) -> ParsedDate? {
        guard language == .persian, unit != .hour, text.isWord(k + 1, WordKeys.az) else { return nil }
        let sign: Int
        if text.isWord(k, WordKeys.qabl) || text.isWord(k, WordKeys.pish) {
            sign = -1
        } else if text.isWord(k, WordKeys.baad) || text.isWord(k, WordKeys.pas) {
            sign = 1
        } else {
            return nil
        }
        guard let anchor = single(at: k + 2) ?? holiday(at: k + 2) else { return nil }
        switch anchor.expression {
        case .point, .span, .part, .season, .months, .between: break
        default: return nil
        }
        return ParsedDate(units: start..<anchor.units.upperBound, expression: .offset(anchor.expression, unit, sign * n))
    }

    /// The longest expression at `i` that is not a range.
    func single(at i: Int) -> ParsedDate? {
        var best: ParsedDate?
        func consider(_ parsed: ParsedDate?) {
            guard let parsed, parsed.units.upperBound > (best?.units.upperBound ?? i) else { return }
            best = parsed
        }
        if let (point, end) = point(at: i, bare: true) { consider(ParsedDate(units: i..<end, expression: .point(point))) }
        consider(relativeUnit(at: i))
        consider(period(at: i))
        return best
    }

    /// Whether an expression is a month-level (or coarser) period that can start or end a range
    /// of periods: a month, a relative month or year, a part of one, a season, months of a year.
    static func isPeriod(_ expression: DateExpression) -> Bool {
        switch expression {
        case .point(let p): p.day == 0 && p.month > 0
        case .relativeUnit(let unit, _, _): unit == .month || unit == .year
        case .newYear: true
        case .part(_, let inner): isPeriod(inner) || { if case .point(let p) = inner { p.month == 0 && p.year != .none } else { false } }()
        case .season, .months: true
        default: false
        }
    }

    /// Whether از at `i` opens a range. It does not after پس, بعد, قبل, پیش (پس از = after); after
    /// a comparative (بیش از, کمتر از, and any word ending in تر: بهتر از سال گذشته); or where it
    /// takes a part of a period: after a unit word (هفت ماه از سال جاری) or a month before a year
    /// (مارس از سال جاری).
    func opensRange(at i: Int) -> Bool {
        if text.isWord(i - 1, WordKeys.pas) || text.isWord(i - 1, WordKeys.baad) || text.isWord(i - 1, WordKeys.qabl)
            || text.isWord(i - 1, WordKeys.pish) || text.isWord(i - 1, WordKeys.bish) {
            return false
        }
        guard i > 0 else { return true }
        if let before = text.info(i - 1) {
            if before.unit != nil, !before.unitPlural { return false }
            if before.month != nil, text.info(i + 1)?.unit == .year || text.info(i + 1)?.yearDeictic != nil { return false }
        }
        // A comparative: بیشتر, کمتر, بالاتر, بهتر, قوی‌تر (ت ر at the end of a word of 4+ letters).
        if text.units[i - 1].kind == .word {
            var letters = 0
            var last: UInt32 = 0, beforeLast: UInt32 = 0
            for scalar in text.scalars(i - 1) {
                let code = DateKey.fold(scalar.value)
                guard code != 0 else { continue }
                letters += 1
                (beforeLast, last) = (last, code)
            }
            if letters >= 4, beforeLast == 0x062A, last == 0x0631 { return false }
        }
        return true
    }

    /// The unit after a range connector at `i` (تا, إلى, to, -, و after بين or a plural year
    /// word: سال‌های ۱۳۹۸ و ۱۳۹۹), or `nil`.
    func connector(at i: Int, opener: Connector?, yearList: Bool = false) -> Int? {
        if text.isPunctuation(i, in: Marks.dashes) { return i + 1 }
        // وشباط/فبراير 2018: an Arabic و written on the second date (وحتى ديسمبر: و before "to").
        if i < text.count, text.units[i].wawBefore, opener == .between || yearList {
            return text.info(i)?.connector == .to ? i + 1 : i
        }
        guard let connector = text.info(i)?.connector else { return nil }
        switch connector {
        case .to: return i + 1
        case .and: return opener == .between || yearList ? i + 1 : nil
        default: return nil
        }
    }

    /// Completes the first point of a range from the second (۲۸ اسفند تا ۵ فروردین ۱۴۰۴).
    func joined(_ a: DatePoint, _ b: DatePoint) -> (DatePoint, DatePoint)? {
        var first = a
        if first.calendar == nil { first.calendar = b.calendar }
        if first.year == .none {
            first.year = b.year
            if case .value(let year) = b.year, first.month > b.month, b.month > 0 { first.year = .value(year - 1) }
        }
        if first.month == 0, first.day == 0, b.month > 0, a.year == .none { return nil }
        guard first.calendar == b.calendar || first.calendar == nil || b.calendar == nil else {
            return first.granularity == b.granularity && first.year != .none && b.year != .none ? (first, b) : nil
        }
        return (first, b)
    }

    /// The day of a period counted from its start or its end: نخستین روز دهه فجر, آخرین روز سال,
    /// روز نخست سال جدید, دومین روز از هفته, أول أيام شهر رمضان, ثاني أيام عيد الفطر, اليوم الأول
    /// من الشهر المقبل, آخر يوم من العام. The period is a holiday, a month, a season, a year, or a
    /// relative week, month or year (the bare سال, ماه, هفته: this one).
    func nthDay(at i: Int) -> ParsedDate? {
        guard let info = text.info(i) else { return nil }
        var j = i
        var count: (n: Int, last: Bool)?
        if let c = dayOrdinal(info), let unit = text.info(j + 1), unit.unit == .day, !unit.unitDual {
            count = c
            j += 2  // نخستین روز, أول أيام, آخر يوم
        } else if info.unit == .day, !info.unitPlural, !info.unitDual, let next = text.info(j + 1), let c = dayOrdinal(next) {
            count = c
            j += 2  // روز نخست, اليوم الأول
        }
        guard let (n, last) = count, n >= 1, n <= 31 else { return nil }
        if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) || text.isWord(j, WordKeys.az) { j += 1 }
        var period: ParsedDate?
        if let holiday = holiday(at: j, led: true) {
            period = holiday
        } else if let single = single(at: j) ?? relative(at: j) {
            switch single.expression {
            case .point(let p) where p.day == 0 && (p.month > 0 || p.year != .none): period = single
            case .relativeUnit(let unit, _, _) where unit != .day: period = single
            case .season, .months, .newYear, .span: period = single
            default: break
            }
        }
        // The bare unit (آخرین روز سال: this year), when no qualifier follows it (سال تحصیلی).
        if period == nil, let info = text.info(j), let unit = info.unit, unit == .week || unit == .month || unit == .year,
           !info.unitPlural, !info.unitDual, !info.unitPeriod, text.number(j + 1) == nil, text.info(j + 1)?.month == nil,
           !hasYearQualifier(after: j) {
            period = ParsedDate(units: j..<(j + 1), expression: .relativeUnit(unit, 0, nil))
        }
        guard let period else { return nil }
        return ParsedDate(units: i..<period.units.upperBound, expression: .nthDay(n, last: last, period.expression))
    }

    /// Whether unit `k` is چند (a few), alone or fused with a preposition (درچند).
    func isChand(_ k: Int) -> Bool {
        k >= 0 && k < text.count && text.units[k].kind == .word && WordKeys.fusedChand.contains(text.units[k].key)
    }

    /// Whether a qualifier follows the unit word at `j` (سال تحصیلی, سال مالی, العام الدراسي): a
    /// school, fiscal or sports year, not a calendar one.
    func hasYearQualifier(after j: Int) -> Bool {
        j + 1 < text.count && WordKeys.yearQualifiers.contains(text.units[j + 1].key)
    }

    /// The count an ordinal word gives a day of a period: آخرین, الأخير (1 from the end), or an
    /// ordinal adjective (نخستین, دومین, أول, ثاني), not a Persian day of the month (اول, دوم).
    func dayOrdinal(_ info: WordInfo) -> (n: Int, last: Bool)? {
        if info.lastOf { return (1, true) }
        if info.ordinal > 0, !info.ordinalIsDay || language == .arabic { return (Int(info.ordinal), false) }
        return nil
    }

    /// "On such a day" of another year: في مثل هذا اليوم من العام الماضي, مثل هذا اليوم عام 1948,
    /// در چنین روزی در سال ۱۳۵۷, on this day in 1945. Without a year it is not a date.
    func sameDay(at i: Int) -> ParsedDate? {
        var j = i + 1
        if text.info(j)?.preposition == true { j += 1 }
        if language == .english, text.isWord(j, WordKeys.in_) { j += 1 }
        guard let (year, calendar, end) = yearPart(at: j, calendar: nil) else { return nil }
        if case .direction = year { return nil }
        return ParsedDate(units: i..<end, expression: .sameDay(year, calendar, anaphoric: text.info(i)?.sameDay == 2))
    }

    // MARK: - Relative forms

    /// Today and its neighbours, weekdays, this/last/next unit, windows and "ago".
    func relative(at i: Int) -> ParsedDate? {
        guard let info = text.info(i) else { return count(at: i) }
        // امروز, دیروز, أمس, today (اليوم only when it is today, not "the day of")
        if let offset = info.deictic, !(info.unit == .day && text.info(i + 1)?.modifier != nil && offset != -1) {
            // چند روز گذشته, ۲ روز گذشته: a count of days, not yesterday (but ساعت 17 فردا: a time
            // of day before the word is no count).
            if (text.number(i - 1) != nil && !isClockTime(i - 1)) || text.info(i - 1)?.cardinal ?? 0 != 0 || isChand(i - 1) {
                return nil
            }
            if language == .arabic, offset == 0 {
                if text.isWord(i - 1, WordKeys.dhalika) || text.isWord(i - 1, WordKeys.nafs)
                    || text.isWord(i - 1, WordKeys.tilka) || text.info(i - 1)?.isThis == true { return nil }
                if text.isWord(i + 1, WordKeys.dhatihi) || text.isWord(i + 1, WordKeys.nafsihi) { return nil }
                // #فعاليات_اليوم_الوطني: اليوم joined to the next word of a hashtag is a name (national day).
                if text.isTight(i + 1), text.isPunctuation(i + 1, "_") { return nil }
                if let next = text.info(i + 1), next.weekday == 0, next.deictic == nil,
                   next.modifier != nil || next.ordinal != 0
                    || (next.event && DateGrammar.startsWithArticle(text.scalars(i + 1))) { return nil }
                if let next = text.units.indices.contains(i + 1) ? text.units[i + 1] : nil, next.kind == .word,
                   next.info < 0, !next.spaceBefore || DateGrammar.startsWithArticle(text.scalars(i + 1)) { return nil }
            }
            // في أمس الحاجة (in dire need): أمس before a definite word is not yesterday.
            if language == .arabic, offset == -1, i + 1 < text.count, text.units[i + 1].kind == .word,
               text.info(i + 1) == nil, DateGrammar.startsWithArticle(text.scalars(i + 1)) { return nil }
            var end = i + 1
            if text.info(end)?.weekday ?? 0 != 0 { end += 1 }
            return ParsedDate(units: i..<end, expression: .deictic(Int(offset)))
        }
        // روز آینده (the coming day: tomorrow, as روز گذشته is yesterday); not after a count (سه روز
        // آینده is a window); روز بعد is the day after another one of the story.
        if language == .persian, info.unit == .day, !info.unitPlural, info.deictic == nil, let next = text.info(i + 1),
           next.modifier == 1, !next.modifierRecent, !text.isWord(i + 1, WordKeys.baad), !beforeAz(i + 1), text.number(i - 1) == nil,
           text.info(i - 1)?.cardinal ?? 0 == 0, !isChand(i - 1) {
            return ParsedDate(units: i..<(i + 2), expression: .deictic(1))
        }
        if info.newYear {
            var end = i + 1
            var forced: CalendarSystem?
            if let (marker, markerEnd) = marker(at: end) {
                forced = calendar(of: marker)
                end = markerEnd
            }
            return ParsedDate(units: i..<end, expression: .newYear(forced))
        }
        if info.sameDay != 0, let parsed = sameDay(at: i) { return parsed }
        if info.yearDeictic != nil || info.unit != nil || info.isThis || info.modifier != nil {
            if let parsed = relativeUnit(at: i) { return parsed }
        }
        if let parsed = weekday(at: i) { return parsed }
        return count(at: i)
    }

    /// Whether folded scalars start with the Arabic article ال.
    static func startsWithArticle(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var iterator = scalars.makeIterator()
        return iterator.next()?.value == 0x0627 && iterator.next()?.value == 0x0644
    }

    /// A weekday: روز جمعه, الجمعة الماضية, جمعه هفته گذشته, last Friday.
    func weekday(at i: Int) -> ParsedDate? {
        var j = i
        var direction: Int?
        // last Friday, next Friday, this Friday, в прошлую пятницу
        if language == .english || language == .russian, let info = text.info(j), info.modifier != nil || info.isThis,
           text.info(j + 1)?.weekday ?? 0 != 0 {
            direction = info.isThis ? 0 : Int(info.modifier ?? 0)
            j += 1
        }
        if let info = text.info(j), info.unit == .day, !info.unitPlural, text.info(j + 1)?.weekday ?? 0 != 0 { j += 1 }
        guard let w = text.info(j)?.weekday, w != 0 else { return nil }
        // امام جمعه, صلاة الجمعة, الأحد عشر (eleven)
        for k in max(0, i - 3)..<j where text.info(k)?.blocker == true && text.sentence[k] == text.sentence[j] { return nil }
        if text.isWord(j + 1, WordKeys.ashar) || text.isWord(j - 1, WordKeys.kila) { return nil }
        // إمام الجمعة (the Friday prayer leader); only right before the day, since أمام (in front
        // of) folds to the same letters: «تظاهروا أمام البرلمان الجمعة» is a date.
        if language == .arabic, text.isWord(j - 1, WordKeys.imam) { return nil }
        // جمعه بازار, پنجشنبه بازار: a market named after its day.
        if language == .persian, text.isWord(j + 1, WordKeys.bazar) { return nil }
        if language == .persian, w == 1, isDushanbe(at: j) { return nil }
        var end = j + 1
        if direction == nil {
            if let next = text.info(end), let modifier = next.modifier, !next.modifierRecent, !beforeAz(end) {
                direction = Int(modifier)
                end += 1
            } else if let next = text.info(end), next.unit == .week, !next.unitPlural {
                if let modifier = text.info(end + 1)?.modifier {
                    return ParsedDate(units: i..<(end + 2), expression: .weekdayOfWeek(Int(w), weeks: Int(modifier)))
                }
            } else if text.info(end)?.isThis == true, let next = text.info(end + 1), next.unit == .week {
                return ParsedDate(units: i..<(end + 2), expression: .weekdayOfWeek(Int(w), weeks: 0))
            }
        }
        // تا روز پنج شنبه فردا: a Persian weekday followed by today or tomorrow is that day.
        if direction == nil, language == .persian, end == j + 1, let offset = text.info(end)?.deictic, offset >= 0,
           text.info(end)?.unit == nil {
            return ParsedDate(units: i..<(end + 1), expression: .deictic(Int(offset)))
        }
        // ليل السبت الأحد, ليلة الخميس الجمعة: the night between two consecutive weekdays covers
        // both days; the second is the day after the first. Its midnight (منتصف ليل الخميس الجمعة)
        // is the second day, read as before.
        if direction == nil, language == .arabic, end == j + 1, let night = text.info(j - 1),
           night.dayPart || night.lead, !text.isWord(j - 1, WordKeys.muntasaf), let next = text.info(end)?.weekday, next == w % 7 + 1,
           text.info(end + 1)?.modifier == nil {
            let first = DateExpression.weekday(Int(w), direction: nil)
            return ParsedDate(units: i..<(end + 1), expression: .between(first, .offset(first, .day, 1)))
        }
        return ParsedDate(units: i..<end, expression: .weekday(Int(w), direction: direction))
    }

    /// Whether the Persian دوشنبه at `j` is the city (Dushanbe): after شهر, before پایتخت, or in a
    /// dateline after در or از (به گزارش خبرنگار فارس در دوشنبه، …).
    func isDushanbe(at j: Int) -> Bool {
        if text.isWord(j - 1, WordKeys.shahr) || text.isWord(j + 1, WordKeys.paytakht) { return true }
        guard text.isWord(j - 1, WordKeys.dar) || text.isWord(j - 1, WordKeys.az),
              j + 1 >= text.count || text.isPunctuation(j + 1, in: Marks.commas) else { return false }
        for k in max(0, j - 8)..<(j - 1) where text.sentence[k] == text.sentence[j] {
            if text.isWord(k, WordKeys.gozaresh) || text.isWord(k, WordKeys.khabarnegar) || text.isWord(k, WordKeys.khabargozari) {
                return true
            }
        }
        return false
    }

    /// This/last/next unit: هفته گذشته, ماه جاری, امسال, العام الماضي, هذا الشهر, last year,
    /// в прошлом году, with an optional calendar marker after (سال گذشته میلادی).
    func relativeUnit(at i: Int) -> ParsedDate? {
        guard let info = text.info(i) else { return nil }
        // ۱۵۰ سال گذشته, چند سال اخیر: a count (or "a few") before the unit is not "last year".
        // (In Arabic a number before a definite unit is not its count: إلى 365 العام الماضي.)
        if info.unit != nil, text.number(i - 1) != nil || text.info(i - 1)?.cardinal ?? 0 != 0 || isChand(i - 1),
           !(language == .arabic && DateGrammar.startsWithArticle(text.scalars(i))) {
            return nil
        }
        // المدعي العام السابق, الأمين العام: العام is "general" after these nouns.
        if language == .arabic, info.unit == .year, text.info(i - 1)?.generalNoun == true { return nil }
        if let offset = info.yearDeictic {
            var forced: CalendarSystem?
            var end = i + 1
            if let (marker, markerEnd) = marker(at: end) {
                forced = calendar(of: marker)
                end = markerEnd
            }
            return ParsedDate(units: i..<end, expression: .relativeUnit(.year, Int(offset), forced))
        }
        var unit: TimeUnit?
        var offset = 0
        var end = i
        var recent = false
        if let u = info.unit, !info.unitPlural, !info.unitPeriod, language == .persian || language == .arabic
            || language == .undetermined {
            if info.unitDual, let next = text.info(i + 1), let modifier = next.modifier, modifier != 0 {
                return ParsedDate(units: i..<(i + 2), expression: modifier < 0 ? .window(u, 2) : .ahead(u, 2))
            }
            guard !info.unitDual, let next = text.info(i + 1), let modifier = next.modifier, u != .day, u != .season,
                  u != .hour, !beforeAz(i + 1) else {
                return nil
            }
            unit = u
            offset = Int(modifier)
            recent = next.modifierRecent
            end = i + 2
        } else if info.isThis || info.modifier != nil, let next = text.info(i + 1), let u = next.unit,
                  !next.unitPlural, !next.unitDual, !next.unitPeriod, u != .day, u != .season {
            // این هفته, هذا العام, this year, next month, в прошлом году
            if info.modifierRecent, language != .english { return nil }
            // بصيغتها الحالية عام 1993: an Arabic adjective before عام, whose year follows, is no
            // "this year" (Arabic puts its modifiers after the unit).
            if language == .arabic, !info.isThis, text.number(i + 2) != nil { return nil }
            unit = u
            offset = info.isThis ? 0 : Int(info.modifier ?? 0)
            recent = info.modifierRecent
            end = i + 2
        }
        guard let unit else { return nil }
        if unit == .decade, language == .persian { return nil }
        if recent || unit == .decade { return ParsedDate(units: i..<end, expression: .window(unit, 1)) }
        var forced: CalendarSystem?
        if let (marker, markerEnd) = marker(at: end) {
            forced = calendar(of: marker)
            end = markerEnd
        }
        return ParsedDate(units: i..<end, expression: .relativeUnit(unit, offset, forced))
    }

    /// A count of units: سه روز پیش, دو سال گذشته, قبل ثلاثة أيام, منذ عامين, the past two years,
    /// الأيام الثلاثة الماضية, три дня назад; and the first months of a year.
    func count(at i: Int) -> ParsedDate? {
        var j = i
        // قبل ثلاثة أيام, منذ يومين
        var agoBefore = false
        if text.info(j)?.agoBefore == true {
            agoBefore = true
            j += 1
            if text.info(j)?.approximate == true { j += 1 }
        }
        // the past two years, последние два года; the next two years
        var windowBefore = false
        var aheadBefore = false
        if !agoBefore {
            if text.isWord(j, WordKeys.the) { j += 1 }
            if let info = text.info(j), let modifier = info.modifier, modifier != 0, language == .english || language == .russian {
                if modifier < 0 { windowBefore = true } else { aheadBefore = true }
                j += 1
            }
        }
        // the first nine months of 2025, первые девять месяцев
        var firstBefore = false
        if !agoBefore, !windowBefore, !aheadBefore, let info = text.info(j), info.ordinal == 1, info.ordinalIsDay == false,
           language == .english || language == .russian || language == .arabic {
            firstBefore = true
            j += 1
        }
        var n = 0
        // الـ24 ساعة الماضية: the article written apart before a number.
        let definite = language == .arabic && text.isWord(j - 1, WordKeys.article)
        if let (value, digits) = text.number(j), digits <= 3, value > 0 {
            n = value
            j += 1
        } else if let cardinal = text.info(j)?.cardinal, cardinal > 0, cardinal <= 100 {
            n = Int(cardinal)
            j += 1
        }
        // دو روز گذشته, ۱۰ روز گذشته: روز گذشته (yesterday) is one unit of the lexicon; after a
        // count it is the window of the past n days (not after a time of day: ساعت 17 روز گذشته).
        if n > 0, n <= 100, language == .persian, !agoBefore, text.info(j)?.deictic == -1, text.isWord(j, WordKeys.ruz),
           !isClockTime(j - 1) {
            return ParsedDate(units: i..<(j + 1), expression: .window(.day, n))
        }
        guard let unitInfo = text.info(j), var unit = unitInfo.unit, n <= 100 || unit == .hour || unit == .year else { return nil }
        // 365 العام الماضي: a number before a definite unit word is not its count.
        if n > 0, language == .arabic, DateGrammar.startsWithArticle(text.scalars(j)), !definite { return nil }
        // شبانه‌روز گذشته, دو شبانه روز اخیر (the past day and night): 24 hours a unit, a date only
        // as a window (در شبانه‌روز, "a day", is none).
        if unitInfo.dayAndNight {
            guard !agoBefore, !firstBefore, let modifier = text.info(j + 1)?.modifier, modifier != 0 else { return nil }
            n = max(n, 1) * 24
        }
        if n == 0 {
            if unitInfo.unitDual { n = 2 } else if agoBefore, !unitInfo.unitPlural, text.number(j + 1) == nil { n = 1 } else {
                return arabicWindow(at: i)
            }
        }
        // Hours only make windows of days (۲۴ ساعت گذشته); "an hour ago" is not a date.
        if unit == .hour, agoBefore || firstBefore { return nil }
        var afterUnit = j + 1
        // دو سال و نیم, عامين ونصف: a half year more, counted in months.
        if unit == .year, language == .persian || language == .arabic {
            if text.info(afterUnit)?.connector == .and, text.info(afterUnit + 1)?.halfCount == true {
                (unit, n, afterUnit) = (.month, 12 * n + 6, afterUnit + 2)
            } else if afterUnit < text.count, text.units[afterUnit].wawBefore, text.info(afterUnit)?.halfCount == true {
                (unit, n, afterUnit) = (.month, 12 * n + 6, afterUnit + 1)
            }
        }
        if !agoBefore, !windowBefore, !aheadBefore, !firstBefore, let parsed = offset(n: n, unit: unit, afterUnit: afterUnit, start: i) {
            return parsed
        }
        if agoBefore {
            if text.number(afterUnit) != nil && unitInfo.unit == .year { return nil }
            return ParsedDate(units: i..<afterUnit, expression: .ago(unit, n))
        }
        if windowBefore {
            return ParsedDate(units: i..<afterUnit, expression: .window(unit, n))
        }
        if aheadBefore {
            return ParsedDate(units: i..<afterUnit, expression: .ahead(unit, n))
        }
        if let after = text.info(afterUnit), !beforeAz(afterUnit) {
            if after.ago, language != .arabic {
                // ۲۴ ساعت پیش is a moment, not a day.
                if unit == .hour { return nil }
                return ParsedDate(units: i..<(afterUnit + 1), expression: .ago(unit, n))
            }
            if after.modifier == -1, language != .english {
                return ParsedDate(units: i..<(afterUnit + 1), expression: .window(unit, n))
            }
            // سه روز آینده, الـ48 ساعة المقبلة: the next N units (سه روز بعد is counted from
            // another day of the story, not from the reference).
            if after.modifier == 1, language != .english, !text.isWord(afterUnit, WordKeys.baad) {
                return ParsedDate(units: i..<(afterUnit + 1), expression: .ahead(unit, n))
            }
        }
        // دو سال دیگر: in two years, when the clause announces it.
        if language == .persian, text.isWord(afterUnit, WordKeys.digar), unit != .hour {
            return ParsedDate(units: i..<(afterUnit + 1), expression: .later(unit, n))
        }
        if unit == .month, n <= 12, unitInfo.unit == .month, let parsed = monthsTo(n: n, at: afterUnit, start: i) {
            return parsed
        }
        if unit == .month, n <= 12, unitInfo.unit == .month {
            if firstBefore {
                var k = afterUnit
                if text.isWord(k, WordKeys.min) || text.isWord(k, WordKeys.of) { k += 1 }
                let (year, calendar, end) = yearPart(at: k, calendar: nil) ?? (.relative(0), nil, afterUnit)
                if case .direction = year { return nil }
                return ParsedDate(units: i..<end, expression: .months(first: 1, last: n, year: year, calendar: calendar))
            }
            return firstMonths(n: n, at: afterUnit, start: i)
        }
        return nil
    }

    /// الأيام الثلاثة الماضية, الأشهر الستة الأخيرة, الأشهر التسعة الأولى من العام الجاري.
    func arabicWindow(at i: Int) -> ParsedDate? {
        guard let unitInfo = text.info(i), let unit = unitInfo.unit, unitInfo.unitPlural || unitInfo.unitDual else { return nil }
        // الساعات الـ24 الماضية: a number, perhaps after a detached article.
        var k = i + 1
        if text.isWord(k, WordKeys.article) { k += 1 }
        var count = 0
        if let (value, digits) = text.number(k), digits <= 3, value > 0 {
            count = value
        } else if let cardinal = text.info(k)?.cardinal, cardinal > 0 {
            count = Int(cardinal)
        } else {
            return nil
        }
        if let after = text.info(k + 1), let modifier = after.modifier, modifier != 0 {
            return ParsedDate(units: i..<(k + 2), expression: modifier < 0 ? .window(unit, count) : .ahead(unit, count))
        }
        if unit == .month, count <= 12, let parsed = monthsTo(n: count, at: k + 1, start: i) { return parsed }
        if unit == .month, count <= 12, k == i + 1, text.number(k) == nil { return firstMonths(n: count, at: k + 1, start: i) }
        return nil
    }

    /// "N months to a month": الأشهر الثلاثة حتى مارس, the three months to March — the N months
    /// that end with it.
    func monthsTo(n: Int, at k: Int, start: Int) -> ParsedDate? {
        guard n >= 1, text.info(k)?.connector == .to, let (last, end) = point(at: k + 1, bare: true), last.day == 0,
              last.month > 0 else { return nil }
        var first = last
        first.month = (last.month - n + 12) % 12 + 1
        if case .value(let year) = last.year, first.month > last.month { first.year = .value(year - 1) }
        if n == 1 { return ParsedDate(units: start..<end, expression: .point(last)) }
        return ParsedDate(units: start..<end, expression: .between(.point(first), .point(last)))
    }

    /// After "N months": نخست/اول/الأولى/first and a year part → the first N months; پایانی/الأخيرة
    /// and a year part → the last N months.
    func firstMonths(n: Int, at k: Int, start: Int) -> ParsedDate? {
        var j = k
        var first = false, last = false
        // ۹ ماه نخست, هفت ماه ابتدای سال, سه ماه پایان سال
        if let info = text.info(j), info.ordinal == 1 || info.part == .begin {
            first = true
            j += 1
        } else if let info = text.info(j), info.lastOf || info.part == .end {
            last = true
            j += 1
        }
        if let (year, calendar, end) = yearPart(at: j, calendar: nil) {
            if case .direction = year { return nil }
            let months = last ? (13 - n, 12) : (1, n)
            return ParsedDate(units: start..<end, expression: .months(first: months.0, last: months.1, year: year, calendar: calendar))
        }
        // ۹ ماه نخست سال (the current year), شش ماهه نخست; not the first months of something
        // else (الأشهر الثلاثة الأولى من الإنجاب) or of a qualified year (سال تحصیلی).
        if first || last {
            var end = j
            if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) || text.isWord(j, WordKeys.az) {
                guard let info = text.info(j + 1), info.unit == .year, !info.unitPlural else { return nil }
            }
            if let info = text.info(j), info.unit == .year, !info.unitPlural {
                if hasYearQualifier(after: j) { return nil }
                end += 1
            }
            let months = last ? (13 - n, 12) : (1, n)
            return ParsedDate(units: start..<end, expression: .months(first: months.0, last: months.1, year: .relative(0), calendar: nil))
        }
        return nil
    }

    // MARK: - Periods

    /// Seasons, decades, quarters and halves, and the parts of a period.
    func period(at i: Int) -> ParsedDate? {
        guard let info = text.info(i) else { return decadeNumber(at: i) }
        if info.season != 0 {
            if let parsed = season(Int(info.season), at: i, after: i + 1) { return parsed }
            // فصل پاییز, فصل الصيف without a year: the season holding the reference, or by the clause.
            if text.isWord(i - 1, WordKeys.fasl) {
                return ParsedDate(units: i..<(i + 1), expression: .season(Int(info.season), year: .none, calendar: nil))
            }
            return nil
        }
        if info.modifier != nil || info.isThis, let season = text.info(i + 1)?.season, season != 0,
           language == .english || language == .russian || info.isThis {
            // this summer, هذا الصيف, این تابستان: the one holding the reference, or by the clause.
            let year: YearSpec = info.isThis ? .none : .direction(Int(info.modifier ?? 0))
            return ParsedDate(units: i..<(i + 2), expression: .season(Int(season), year: year, calendar: nil))
        }
        if info.unit == .decade, language == .persian, let parsed = tenDays(at: i) { return parsed }
        if info.unit == .decade || info.decade != 0 { return decade(at: i) }
        if let parsed = weekOfMonth(at: i) { return parsed }
        if let parsed = nthWeekday(at: i) { return parsed }
        if info.quarter || info.half, let parsed = quarterOrHalf(at: i) { return parsed }
        if info.ordinal != 0, let next = text.info(i + 1), next.quarter || next.half {
            return quarterOrHalf(ordinal: Int(info.ordinal), wordAt: i + 1, start: i)
        }
        if let part = info.part { return self.part(part, at: i) }
        return nil
    }

    /// تابستان امسال, الصيف الماضي, صيف 2018, summer of 2024, летом 2024 года.
    func season(_ season: Int, at i: Int, after k: Int) -> ParsedDate? {
        var j = k
        if language == .english, text.isWord(j, WordKeys.of) { j += 1 }
        guard let (year, calendar, end) = yearPart(at: j, calendar: nil) else { return nil }
        return ParsedDate(units: i..<end, expression: .season(season, year: year, calendar: calendar))
    }

    /// دهه ۷۰, دهه ۱۳۷۰, دهه هفتاد, دهه ۹۰ میلادی, عقد الثمانينيات, الثمانينيات من القرن الماضي.
    func decade(at i: Int) -> ParsedDate? {
        var j = i
        if text.info(j)?.unit == .decade, !(text.info(j)?.unitPlural ?? false) {
            j += 1
            if let named = text.info(j)?.decade, named != 0 {
                return namedDecade(Int(named), start: i, after: j + 1)
            }
            var value = 0, digits = 0
            if let (v, d) = text.number(j) {
                (value, digits) = (v, d)
            } else if let cardinal = text.info(j)?.cardinal, cardinal >= 10, cardinal % 10 == 0, cardinal < 100 {
                (value, digits) = (Int(cardinal), 2)
            }
            guard value % 10 == 0, digits == 2 || digits == 4 else { return nil }
            var end = j + 1
            var calendar: CalendarSystem
            var first: Int
            if digits == 4 {
                guard let c = self.calendar(ofYear: value) else { return nil }
                calendar = c
                first = value
            } else {
                calendar = language == .persian ? .persian : .gregorian
                first = (calendar == .persian ? 1300 : 1900) + value
            }
            if let (marker, markerEnd) = marker(at: end) {
                let marked = self.calendar(of: marker)
                if digits == 2 { first = (marked == .persian ? 1300 : 1900) + value }
                calendar = marked
                end = markerEnd
            }
            return ParsedDate(units: i..<end, expression: .decade(first: first, calendar: calendar))
        }
        if let named = text.info(j)?.decade, named != 0 { return namedDecade(Int(named), start: i, after: j + 1) }
        return nil
    }

    /// A named decade and the century after it (من القرن الماضي, القرن العشرين).
    func namedDecade(_ tens: Int, start: Int, after: Int) -> ParsedDate? {
        var end = after
        var century = 1900
        var j = after
        if text.isWord(j, WordKeys.min) { j += 1 }
        if text.info(j)?.century == true {
            if let name = text.info(j + 1)?.centuryName, name != 0 {
                century = Int(name) * 100
                end = j + 2
            } else if let modifier = text.info(j + 1)?.modifier {
                century = modifier == 0 ? 2000 : 1900
                end = j + 2
            }
        }
        return ParsedDate(units: start..<end, expression: .decade(first: century + tens, calendar: .gregorian))
    }

    /// The 1990s, the 90s, 1990-е (годы).
    func decadeNumber(at i: Int) -> ParsedDate? {
        guard let (value, digits) = text.number(i), value % 10 == 0, digits == 4 || digits == 2 else { return nil }
        let first = digits == 4 ? value : 1900 + value
        if language == .english, text.isTight(i + 1), text.isWord(i + 1, WordKeys.s) {
            guard text.isWord(i - 1, WordKeys.the) || digits == 4 else { return nil }
            return ParsedDate(units: i..<(i + 2), expression: .decade(first: first, calendar: .gregorian))
        }
        if language == .russian, text.isPunctuation(i + 1, "-"), text.isWord(i + 2, WordKeys.ruE) || text.isWord(i + 2, WordKeys.ruKh) {
            var end = i + 3
            if text.isWord(end, WordKeys.ruGody) || text.isWord(end, WordKeys.ruGodov) || text.isWord(end, WordKeys.ruGodakh) {
                end += 1
            }
            return ParsedDate(units: i..<end, expression: .decade(first: first, calendar: .gregorian))
        }
        return nil
    }

    /// سه ماهه دوم سال, الربع الأول من العام, نیمه نخست سال جاری, النصف الثاني من 2018.
    func quarterOrHalf(at i: Int) -> ParsedDate? {
        guard let ordinal = text.info(i + 1)?.ordinal, ordinal != 0 else {
            // سه ماهه گذشته: the past three months
            if text.info(i)?.quarter == true, text.info(i + 1)?.modifier == -1, language == .persian {
                return ParsedDate(units: i..<(i + 2), expression: .window(.month, 3))
            }
            return nil
        }
        return quarterOrHalf(ordinal: Int(ordinal), wordAt: i, start: i, after: i + 2)
    }

    func quarterOrHalf(ordinal: Int, wordAt w: Int, start: Int, after: Int? = nil) -> ParsedDate? {
        guard let word = text.info(w) else { return nil }
        let isQuarter = word.quarter
        guard (isQuarter && ordinal <= 4) || (!isQuarter && ordinal <= 2) else { return nil }
        var j = after ?? (w + 1)
        let size = isQuarter ? 3 : 6
        let months = ((ordinal - 1) * size + 1, ordinal * size)
        if let (year, calendar, end) = yearPart(at: j, calendar: nil) {
            if case .direction = year { return nil }
            return ParsedDate(units: start..<end, expression: .months(first: months.0, last: months.1, year: year, calendar: calendar))
        }
        if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) { j += 1 }
        // The bare year (this one), unless a qualifier follows it (نیمسال اول سال تحصیلی).
        if let info = text.info(j), info.unit == .year, !info.unitPlural, !hasYearQualifier(after: j) {
            return ParsedDate(units: start..<(j + 1), expression: .months(first: months.0, last: months.1, year: .relative(0), calendar: nil))
        }
        // نیمه اول اردیبهشت, النصف الثاني من مارس: days 1–15 or 16 to the end of a month.
        if !isQuarter {
            let half: PeriodPart = ordinal == 1 ? .firstHalf : .secondHalf
            if let (point, end) = point(at: j, bare: true), point.month > 0, point.day == 0 {
                return ParsedDate(units: start..<end, expression: .part(half, .point(point)))
            }
            if let relative = relativeUnit(at: j), case .relativeUnit(.month, _, _) = relative.expression {
                return ParsedDate(units: start..<relative.units.upperBound, expression: .part(half, relative.expression))
            }
        }
        return nil
    }

    /// اواخر آذر, اوایل سال جاری, أواخر العام الماضي, منتصف الشهر, late December, پایان سال.
    func part(_ part: PeriodPart, at i: Int) -> ParsedDate? {
        var j = i + 1
        if text.isWord(j, WordKeys.min) || text.isWord(j, WordKeys.of) { j += 1 }
        if text.isWord(j, WordKeys.the) { j += 1 }
        if text.isPunctuation(j, "-"), text.isTight(j) { j += 1 }
        let boundary = part == .begin || part == .end
        if let relative = relativeUnit(at: j), case .relativeUnit(let unit, _, _) = relative.expression,
           unit == .month || unit == .year {
            return ParsedDate(units: i..<relative.units.upperBound, expression: .part(part, relative.expression))
        }
        if text.info(j)?.newYear == true, let relative = relative(at: j) {
            return ParsedDate(units: i..<relative.units.upperBound, expression: .part(part, relative.expression))
        }
        // The bare unit: پایان سال, آخر الشهر (this year, this month); not a qualified year (پایان
        // سال مالی, نهاية العام الدراسي).
        if let info = text.info(j), let unit = info.unit, unit == .month || unit == .year, !info.unitPlural,
           !info.unitDual, !info.unitPeriod, text.number(j + 1) == nil, text.info(j + 1)?.month == nil,
           !hasYearQualifier(after: j) {
            if let (marker, end) = marker(at: j + 1) {
                return ParsedDate(units: i..<end, expression: .part(part, .relativeUnit(unit, 0, calendar(of: marker))))
            }
            return ParsedDate(units: i..<(j + 1), expression: .part(part, .relativeUnit(unit, 0, nil)))
        }
        if let (point, end) = point(at: j, bare: true), point.day == 0 {
            if point.month == 0, point.year == .none { return nil }
            // Before a bare explicit year, begin and end words stay outside the mention.
            if boundary, point.month == 0 { return nil }
            return ParsedDate(units: i..<end, expression: .part(part, .point(point)))
        }
        if !boundary, let decade = decade(at: j) {
            return ParsedDate(units: i..<decade.units.upperBound, expression: .part(part, decade.expression))
        }
        return nil
    }
}
