import Foundation
import TupuLinker
import TupuRecognizer

/// Recognition and linking of input files, with a progress line on standard error when there
/// are many of them.
struct Pipeline {
    let recognizer = Recognizer()
    let linker = Linker()

    /// Reads, recognizes and links each file in `paths` (files or folders of *.txt).
    func run(_ paths: [String]) throws -> [LinkedDocument] {
        let files = try InputText.expand(paths)
        guard !files.isEmpty else { throw ValidationFailure("no .txt files in \(paths.joined(separator: ", "))") }
        let progress = Progress(total: files.count)
        var documents: [LinkedDocument] = []
        for (number, path) in files.enumerated() {
            let input = try InputText(path: path) { Terminal.error($0) }
            documents.append(linker.link(recognizer.recognize(input.text), name: input.name))
            progress.update(done: number + 1)
        }
        progress.finish()
        return documents
    }
}

/// A one-line progress counter on standard error, shown only for runs of many files.
struct Progress {
    let total: Int
    static let threshold = 20

    func update(done: Int) {
        guard total >= Self.threshold, done % max(1, total / 100) == 0 || done == total else { return }
        Terminal.errorInline("\rreading \(done)/\(total) files (\(done * 100 / total)%)")
    }

    func finish() { if total >= Self.threshold { Terminal.errorInline("\n") } }
}

/// The only place that writes to the terminal's error stream.
enum Terminal {
    static func error(_ line: String) { errorInline(line + "\n") }
    static func errorInline(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// An error whose message is shown as it is.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
