import KhabarCore
import Testing
@testable import KhabarExtract

/// Names two entities share, listed with `?CUE:` for the one the context decides: Amman is
/// written like Oman (عمان), Lebanon's Tripoli like Libya's (طرابلس).
@Suite struct HomographTests {
    @Test(arguments: [
        // The text names the cue, by name or adjective.
        ("شهدت العاصمة الأردنية عمان يوم السبت اجتماعا لوزراء الزراعة العرب.", "عمان", "kh:place/amman"),
        ("قال العاهل الأردني إن عمان ترفض القرار، فيما أعلنت سلطنة عمان تأييدها.", "عمان", "kh:place/amman"),
        ("اندلعت اشتباكات في مدينة طرابلس شمال لبنان بين مسلحين.", "طرابلس", "kh:place/tripoli-lebanon"),
        // Written as listed, diacritics included: decided without a cue.
        ("وصل الوفد إلى عمّان مساء أمس لبحث ملف اللاجئين.", "عمّان", "kh:place/amman"),
        // No cue: the other entity.
        ("وصل الوفد إلى عمان مساء أمس لبحث ملف الملاحة في الخليج.", "عمان", "Q842"),
        ("اندلعت اشتباكات في العاصمة الليبية طرابلس بين فصائل مسلحة.", "طرابلس", "kh:place/tripoli-libya"),
        // In a list of countries the name is the country, whatever else the text names.
        ("تشارك السعودية والإمارات وعمان وقطر والأردن في الاجتماع.", "وعمان", "Q842"),
        ("وشارك في الاجتماع وزراء خارجية الأردن، عمان، الكويت.", "عمان", "Q842"),
    ])
    func contextDecides(_ text: String, _ surface: String, _ id: String) {
        let found = Fixture.mentions(text, .arabic)
        let mention = found.first { $0.text == surface || "و" + $0.text == surface }
        #expect(mention?.id == id, "\(surface) in \(found.map { "\($0.text)=\($0.id)" })")
    }

    /// The other entry of the name is kept where the full name is written: سلطنة عمان is Oman.
    @Test func aFullNameIsNotAHomograph() {
        let found = Fixture.mentions("أعلنت الحكومة الأردنية أن سلطنة عمان ستستضيف الاجتماع المقبل.", .arabic)
        #expect(found.contains { $0.text == "سلطنة عمان" && $0.id == "Q842" })
    }

    /// A user gazetteer line with a `?CUE:` alias whose cue is unknown never applies.
    @Test func anUnknownCueNeverApplies() throws {
        let gazetteer = Gazetteer(entries: try Gazetteer.parse("""
            Q842\tplace\tcountry\tOman\tar\tعمان
            kh:place/amman\tplace\tcapital\tAmman\tar\t?Q000:عمّان
            Q810\tplace\tcountry\tJordan\tar\tالأردن
            """, source: "test"))
        let extractor = EntityExtractor(gazetteer: gazetteer)
        let text = "شهدت الأردن اجتماعا في عمان."
        let mentions = Fixture.mentions(text, .arabic, extractor: extractor)
        #expect(mentions.first { $0.text == "عمان" }?.id == "Q842")
    }
}
