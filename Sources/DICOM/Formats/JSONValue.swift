/// A minimal JSON value with deterministic output (object keys keep their order).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// The JSON text; `indent` > 0 pretty-prints with that many spaces per level.
    public func rendered(indent: Int = 0) -> String {
        var out = ""
        render(into: &out, indent: indent, level: 0)
        return out
    }

    private func render(into out: inout String, indent: Int, level: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = { (n: Int) in String(repeating: " ", count: indent * n) }
        switch self {
        case .string(let s): JSONValue.escape(s, into: &out)
        case .integer(let i): out += String(i)
        case .number(let d):
            if d.isFinite {
                out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
            } else {
                JSONValue.escape("\(d)", into: &out)
            }
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (i, v) in values.enumerated() {
                out += pad(level + 1)
                v.render(into: &out, indent: indent, level: level + 1)
                out += (i < values.count - 1 ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, (key, v)) in members.enumerated() {
                out += pad(level + 1)
                JSONValue.escape(key, into: &out)
                out += indent > 0 ? ": " : ":"
                v.render(into: &out, indent: indent, level: level + 1)
                out += (i < members.count - 1 ? "," : "") + newline
            }
            out += pad(level) + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
