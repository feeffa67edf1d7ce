import Foundation
import Model

/// Writes a link's evidence as JSON by hand (the same JSON `JSONEncoder` reads back): a link run stores evidence for
/// a hundred thousand links, where Foundation's encoder took seconds.
enum EvidenceJSON {
    static func encode(_ evidence: [LinkEvidence]) -> String {
        var out = "["
        for (index, item) in evidence.enumerated() {
            if index > 0 { out += "," }
            out += "{\"contribution\":"
            out += item.contribution.isFinite ? String(item.contribution) : "0"
            out += ",\"feature\":"
            appendString(item.feature, to: &out)
            out += ",\"value\":"
            appendString(item.value, to: &out)
            out += "}"
        }
        return out + "]"
    }

    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
