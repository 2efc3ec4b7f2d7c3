/// The ids that other generators give a document's headings, each leading to the heading's
/// Zeche id, so that in-page links written for them (`#cargo-publish---workspace`) still
/// reach their heading.
///
/// Zeche's ids are readable ASCII slugs (`## Über uns` → `ueber-uns`). Archives moved in from
/// elsewhere link to the ids of the generator they came from:
/// - GitHub, Hugo (`autoHeadingIDType: github`, its default) and Jekyll's kramdown with GFM
///   input drop punctuation, keep letters of every script, `-` and `_`, and make each space a
///   `-` without joining runs: `cargo publish - workspace` → `cargo-publish---workspace`;
///   repeated headings get `-1`, `-2`.
/// - Blackfriday (Hugo before 0.60) joins each run of other characters into one `-` and keeps
///   letters of every script: `über-uns`.
/// - kramdown's own ids drop everything before the first ASCII letter and every character but
///   ASCII letters, digits, spaces and `-`.
///
/// A Zeche id always wins; among the other forms, GitHub's is tried first.
struct LegacyHeadingIDs {
    private var targets: [String: String] = [:]

    init(headings: [Heading]) {
        let zecheIDs = Set(headings.map(\.id))
        let forms: [(String) -> String] = [Self.githubID, Self.blackfridayID, Self.kramdownID]
        for form in forms {
            var occurrences: [String: Int] = [:]
            for heading in headings {
                let base = form(heading.text)
                var id = base
                // github-slugger's numbering: the base counts up until a free id is found.
                while occurrences[id] != nil {
                    occurrences[base, default: 0] += 1
                    id = base + "-" + String(occurrences[base, default: 0])
                }
                occurrences[id] = 0
                if !id.isEmpty, !zecheIDs.contains(id), targets[id] == nil { targets[id] = heading.id }
            }
        }
    }

    /// The Zeche id of the heading that `fragment` (without `#`, as written in the link)
    /// names in another generator's form, or nil when it names none or is a Zeche id.
    func zecheID(for fragment: String) -> String? {
        if let id = targets[fragment] { return id }
        guard fragment.utf8.contains(UInt8(ascii: "%")) else { return nil }
        return Self.percentDecoded(fragment).flatMap { targets[$0] }
    }

    static func githubID(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || isLetterMarkOrNumber(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func blackfridayID(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        return result
    }

    static func kramdownID(_ text: String) -> String {
        var result = ""
        var seenLetter = false
        for scalar in text.unicodeScalars {
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            seenLetter = seenLetter || isLetter
            guard seenLetter else { continue }
            if isLetter || (scalar >= "0" && scalar <= "9") || scalar == "-" {
                result += String(scalar).lowercased()
            } else if scalar == " " {
                result.append("-")
            }
        }
        return result
    }

    private static func isLetterMarkOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `%C3%BC` and the like decoded as UTF-8; nil when the escapes are not valid UTF-8.
    private static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
