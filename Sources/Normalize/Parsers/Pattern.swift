import Foundation

/// A regular expression (ICU syntax) compiled once and kept in a `static let`.
///
/// The parsers use these instead of Swift `Regex` literals, which are compiled again every time a function
/// evaluates them and made date parsing some hundred times slower. A pattern that does not compile (a programming
/// error, caught by the parser tests) matches nothing.
struct Pattern: Sendable {
    private let regex: NSRegularExpression?

    init(_ pattern: String) {
        regex = try? NSRegularExpression(pattern: pattern, options: [])
    }

    /// One match: its range and its capture groups (index 1 is the first group; nil when a group did not take part).
    struct Match {
        let range: Range<String.Index>
        fileprivate let groups: [Substring?]

        subscript(_ group: Int) -> String? {
            group < groups.count ? groups[group].map(String.init) : nil
        }
    }

    func firstMatch(in text: String) -> Match? {
        guard let regex,
              let result = regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return match(result, in: text)
    }

    func matches(in text: String) -> [Match] {
        guard let regex else { return [] }
        return regex.matches(in: text, options: [], range: NSRange(text.startIndex..., in: text))
            .compactMap { match($0, in: text) }
    }

    /// True when the pattern matches somewhere in `text`.
    func isFound(in text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// `text` with every match replaced by `template` (`$1` refers to the first group).
    func replacing(in text: String, with template: String) -> String {
        guard let regex else { return text }
        return regex.stringByReplacingMatches(
            in: text, options: [], range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    private func match(_ result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        var groups: [Substring?] = []
        for index in 0..<result.numberOfRanges {
            let groupRange = result.range(at: index)
            if groupRange.location != NSNotFound, let r = Range(groupRange, in: text) {
                groups.append(text[r])
            } else {
                groups.append(nil)
            }
        }
        return Match(range: range, groups: groups)
    }
}
