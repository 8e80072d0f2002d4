import Pipeline
import Testing

/// Which series `faceless deid` processes by default, and how rules change it.
@Suite("Series selection")
struct SeriesSelectionTests {
    static func attributes(modality: String = "CT", imageType: [String] = ["ORIGINAL", "PRIMARY", "AXIAL"],
                           study: String = "CT HEAD WITHOUT CONTRAST", series: String = "AXIAL 1.5",
                           sopClass: String = "1.2.840.10008.5.1.4.1.1.2") -> SeriesAttributes {
        var a = SeriesAttributes()
        a.modality = modality
        a.imageType = imageType
        a.studyDescription = study
        a.seriesDescription = series
        a.sopClassUID = sopClass
        return a
    }

    @Test("Default: original primary axial head CT in; the rest out, each with its reason")
    func defaults() {
        let selection = SeriesSelection()
        #expect(selection.exclusion(Self.attributes()) == nil)
        #expect(selection.exclusion(Self.attributes(study: "", series: "BRAIN 5MM")) == nil)
        let cases: [(SeriesAttributes, String)] = [
            (Self.attributes(modality: "MR"), "modality MR"),
            (Self.attributes(imageType: ["ORIGINAL", "PRIMARY", "LOCALIZER"]), "localizer"),
            (Self.attributes(imageType: ["DERIVED", "SECONDARY", "AXIAL"]), "not ORIGINAL\\PRIMARY\\AXIAL"),
            (Self.attributes(sopClass: "1.2.840.10008.5.1.4.1.1.7"), "secondary capture"),
            (Self.attributes(series: "CTA HEAD NECK"), "angiography or perfusion (CTA"),
            (Self.attributes(study: "CT PERFUSION BRAIN"), "PERFUSION"),
            (Self.attributes(study: "CT ABDOMEN", series: "PORTAL VENOUS"), "no HEAD, BRAIN"),
        ]
        for (attributes, reason) in cases {
            let found = selection.exclusion(attributes)
            #expect(found?.contains(reason) == true, "\(attributes.modality) \(attributes.seriesDescription): \(found ?? "selected")")
        }
        // "PERF" alone is a word for perfusion; inside "PERFORMED" it is not.
        #expect(selection.exclusion(Self.attributes(series: "HEAD PERFORMED AXIAL")) == nil)
    }

    @Test("--include adds, --exclude wins; patterns are case-insensitive globs")
    func rules() throws {
        let localizer = Self.attributes(imageType: ["ORIGINAL", "PRIMARY", "LOCALIZER"])
        let selection = SeriesSelection(include: [try SelectionRule(parsing: "imagetype=*localizer*")],
                                        exclude: [try SelectionRule(parsing: "SeriesDescription=*bone*")])
        #expect(selection.exclusion(localizer) == nil)
        #expect(selection.exclusion(Self.attributes(series: "AXIAL BONE 1.0"))?.contains("--exclude SeriesDescription=*bone*") == true)
        #expect(try SelectionRule(parsing: "Modality=MR").matches(Self.attributes(modality: "MR")))
        #expect(try !SelectionRule(parsing: "Modality=M").matches(Self.attributes(modality: "MR")))
        #expect(try SelectionRule(parsing: "SeriesDescription=A*1.5").matches(Self.attributes()))
        #expect(throws: PipelineError.self) { try SelectionRule(parsing: "PatientName=*DOE*") }
        #expect(throws: PipelineError.self) { try SelectionRule(parsing: "Modality") }
    }
}
