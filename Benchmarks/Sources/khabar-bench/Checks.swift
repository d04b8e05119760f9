import Foundation
import KhabarCore

/// What both Khabar and a peer are asked, to compare correctness side by side.
enum SeedChecks {
    /// Fused words from the seed reports (ZWNJ lost by the scraper) and their correct spelling.
    static let zwnjWords: [(damaged: String, expected: String)] = [
        ("رئیسجمهور", "رئیس‌جمهور"), ("میکنند", "می‌کنند"), ("بینالمللی", "بین‌المللی"),
        ("عشقآباد", "عشق‌آباد"), ("بخشهای", "بخش‌های"), ("خامنهای", "خامنه‌ای"),
        ("زمینههای", "زمینه‌های"), ("همکاریهای", "همکاری‌های"), ("سازمانهای", "سازمان‌های"),
        ("قطعنامهای", "قطعنامه‌ای"), ("میدهند", "می‌دهند"), ("زیرساختها", "زیرساخت‌ها"),
        ("طرحهای", "طرح‌های"), ("پروژههای", "پروژه‌های"), ("کریدورهای", "کریدورهای"),
        ("نمیکند", "نمی‌کند"), ("رساندهایم", "رسانده‌ایم"), ("تحریمهای", "تحریم‌های"),
    ]

    /// Date phrases from the seeds and the issue, with the days they mean (reference 2025-12-12).
    static let datePhrases: [(language: Language, text: String, expected: DayRange)] = [
        (.persian, "21 آذر 1404", day("2025-12-12")),
        (.persian, "۲۸ دی ۱۴۰۳", day("2025-01-17")),
        (.persian, "14 ژانویه 2025", day("2025-01-14")),
        (.persian, "سال 87", range("2008-03-20", "2009-03-20")),
        (.persian, "دهه ۷۰", range("1991-03-21", "2001-03-20")),
        (.arabic, "رمضان ١٤٤٦", range("2025-03-01", "2025-03-29")),
        (.arabic, "12 كانون الأول/ديسمبر 2025", day("2025-12-12")),
        (.arabic, "العام الماضي", range("2024-01-01", "2024-12-31")),
    ]

    static func day(_ iso: String) -> DayRange { DayRange(day: CivilDate(iso: iso)!) }
    static func range(_ a: String, _ b: String) -> DayRange { DayRange(start: CivilDate(iso: a)!, end: CivilDate(iso: b)!) }
}
