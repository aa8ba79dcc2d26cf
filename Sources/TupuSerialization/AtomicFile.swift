import Foundation

/// Writes files so that a reader never sees half of one: the content goes to a temporary file
/// in the same folder, which is renamed over the target only when writing succeeded.
public enum AtomicFile {
    /// Calls `body` with the path of a fresh temporary file next to `path`, then renames it to
    /// `path`. When `body` throws, the temporary file is removed and `path` is left untouched.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SerializationError.cannotWrite(path, reason: "the folder \(folder) does not exist")
        }
        let temporary = folder + "/." + target.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try body(temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw SerializationError.cannotWrite(path, reason: reason)
        }
    }

    /// Writes `text` to `path` atomically, as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try write(to: path) { temporary in
            try TextFileWriter.write(to: temporary) { $0.write(text) }
        }
    }
}

/// A buffered UTF-8 text sink over a file: the writers of text formats (N-Triples, Turtle, DOT)
/// append to it, and it writes to the file in large blocks.
public struct TextFileWriter: ~Copyable {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private var failure: Error?
    private static let blockSize = 1 << 20

    /// Creates (or truncates) `path`, lets `body` write to it, then flushes and closes it.
    public static func write(to path: String, _ body: (inout TextFileWriter) throws -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw SerializationError.cannotWrite(path, reason: "cannot create the file") }
        var writer = TextFileWriter(handle: handle, path: path)
        defer { try? handle.close() }
        try body(&writer)
        try writer.flush()
    }

    private init(handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
        buffer.reserveCapacity(Self.blockSize + 4096)
    }

    /// Appends `text`; a write error is kept and thrown at the end.
    public mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try? flush() }
    }

    private mutating func flush() throws {
        if let failure { throw failure }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = SerializationError.cannotWrite(path, reason: "\(error)")
            throw failure!
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
