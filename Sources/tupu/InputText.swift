import Foundation

/// Reads the texts given to `tupu`: UTF-8 (a BOM is dropped) or GB18030, which Chinese
/// government files often use (decoded with the C library's iconv, with a notice). Empty,
/// binary and oversized files are refused with a message naming the file.
struct InputText {
    let path: String
    /// The file name, as the output's `document` column reports it.
    let name: String
    let text: String

    static let maximumBytes = 64 << 20

    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case empty(String)
        case binary(String)
        case tooLarge(String, Int)
        case undecodable(String)

        var description: String {
            switch self {
            case .unreadable(let path): return "cannot read \(path): no such file, or it cannot be opened"
            case .empty(let path): return "\(path) is empty: there is no text to read"
            case .binary(let path): return "\(path) is a binary file, not text (it holds NUL bytes)"
            case .tooLarge(let path, let size):
                return "\(path) is \(size >> 20) MB; tupu reads texts up to \(maximumBytes >> 20) MB each: split it into smaller files"
            case .undecodable(let path):
                return "\(path) is neither UTF-8 nor GB18030 text; convert it to UTF-8 (iconv -f ENCODING -t UTF-8)"
            }
        }
    }

    /// Reads `path`; `notice` receives a line when the file had to be decoded from GB18030.
    init(path: String, notice: (String) -> Void) throws {
        self.path = path
        self.name = URL(fileURLWithPath: path).lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > Self.maximumBytes { throw Failure.tooLarge(path, size) }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path) }
        if data.contains(0) { throw Failure.binary(path) }
        var decoded: String
        if let utf8 = String(data: data, encoding: .utf8) {
            decoded = utf8
        } else if let gb = GB18030.decode(data) {
            notice("note: \(path) is GB18030 text; read it as such")
            decoded = gb
        } else {
            throw Failure.undecodable(path)
        }
        if decoded.hasPrefix("\u{FEFF}") { decoded.removeFirst() }
        guard decoded.contains(where: { !$0.isWhitespace }) else { throw Failure.empty(path) }
        self.text = decoded
    }

    /// The text files named by `paths`: files as given, folders by their `*.txt` files in name order.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw Failure.unreadable(path) }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}

/// GB18030 decoding through the C library's iconv.
enum GB18030 {
    static func decode(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { bytes in _ = memcpy(&input, bytes.baseAddress!, data.count) }
        var output = [CChar](repeating: 0, count: data.count * 2 + 4)
        let outputCount = output.count
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outputCount
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outputCount - outLeft
            }
        }
        guard let converted else { return nil }
        return String(data: Data(output.prefix(converted).map { UInt8(bitPattern: $0) }), encoding: .utf8)
    }
}
