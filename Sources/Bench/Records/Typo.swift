/// One typing error in a title: a letter dropped, doubled, swapped with its neighbour or replaced by one next to it
/// on the keyboard.
enum Typo {
    private static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0) }

    static func apply(_ text: String, _ random: inout Xoshiro256) -> String {
        var characters = Array(text)
        let letters = characters.indices.filter { $0 > 0 && characters[$0].isLetter && characters[$0].isASCII }
        guard !letters.isEmpty else { return text }
        let i = random.pick(letters)
        switch random.below(4) {
        case 0: characters.remove(at: i)
        case 1: characters.insert(characters[i], at: i)
        case 2:
            if characters[i - 1].isLetter { characters.swapAt(i, i - 1) } else { characters.remove(at: i) }
        default:
            let lower = Character(characters[i].lowercased())
            for row in keyboardRows {
                guard let at = row.firstIndex(of: lower) else { continue }
                let neighbour = at + 1 < row.count ? row[at + 1] : row[at - 1]
                characters[i] = characters[i].isUppercase ? Character(neighbour.uppercased()) : neighbour
                break
            }
        }
        return String(characters)
    }
}
