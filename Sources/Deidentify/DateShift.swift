/// Shifting DA and DT values by a whole number of days (Retain Longitudinal Temporal Information
/// with Modified Dates). Whole days keep every time of day, so TM values need no change and stay
/// consistent with the DT values of the same object; intervals between dates are kept exactly.
struct DateShift: Sendable, Hashable {
    let days: Int

    /// A DA value shifted: "YYYYMMDD", also the old "YYYY.MM.DD" form and partial "YYYYMM"/"YYYY"
    /// (shifted through their first day); ranges "A-B" shift both ends. Nil: not a date.
    func shiftDate(_ value: String) -> String? {
        if value.isEmpty { return value }
        if value.contains("-") {
            let ends = value.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2 else { return nil }
            var shifted: [String] = []
            for end in ends {
                if end.isEmpty { shifted.append(""); continue }
                guard let one = shiftDate(String(end)) else { return nil }
                shifted.append(one)
            }
            return shifted.joined(separator: "-")
        }
        let digits = value.replacingOccurrences(of: ".", with: "")
        return shiftDigits(digits)
    }

    /// A DT value shifted: the date part ("YYYY" to "YYYYMMDD") moves, the time, fraction and
    /// UTC offset stay. Nil: not a date-time.
    func shiftDateTime(_ value: String) -> String? {
        if value.isEmpty { return value }
        let scalars = Array(value.utf8)
        var end = 0
        while end < scalars.count, end < 8, (0x30...0x39).contains(scalars[end]) { end += 1 }
        guard end == 4 || end == 6 || end == 8 else { return nil }
        guard let date = shiftDigits(String(decoding: scalars[..<end], as: UTF8.self)) else { return nil }
        return date + String(decoding: scalars[end...], as: UTF8.self)
    }

    /// "YYYY", "YYYYMM" or "YYYYMMDD" shifted, keeping the precision given.
    private func shiftDigits(_ digits: String) -> String? {
        guard [4, 6, 8].contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let year = Int(digits.prefix(4))!
        let month = digits.utf8.count >= 6 ? Int(digits.dropFirst(4).prefix(2))! : 1
        let day = digits.utf8.count == 8 ? Int(digits.dropFirst(6).prefix(2))! : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let (y, m, d) = Self.civil(fromDays: Self.days(fromCivil: year, month, day) + days)
        guard (1...9999).contains(y) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = String(y)
        while text.count < 4 { text = "0" + text }
        switch digits.utf8.count {
        case 4: return text
        case 6: return text + two(m)
        default: return text + two(m) + two(d)
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day count since 1970-01-01.
    static func civil(fromDays count: Int) -> (Int, Int, Int) {
        let z = count + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
