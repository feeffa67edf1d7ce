/// URIs an export mints or passes on.
enum URIText {
    /// A path segment: every byte outside RFC 3986's unreserved characters percent-encoded, so an id with `/`, `:`,
    /// spaces or non-Latin letters stays one segment.
    static func segment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A URL from a record made safe to write as an IRI: spaces, quotes, angle brackets, braces, backslashes,
    /// carets, backticks, pipes and control characters percent-encoded; everything else (including existing
    /// escapes and non-ASCII letters) kept.
    static func cleaned(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ", "\"", "<", ">", "{", "}", "\\", "^", "`", "|":
                out += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// True for an absolute http(s) URL.
    static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && text.count > 8
    }

    /// `base` with exactly one trailing slash.
    static func base(_ base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
