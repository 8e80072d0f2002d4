import Foundation

/// Comparing folders by where they really are, so that "never write into the input" holds
/// through symbolic links, `..` and folders that do not exist yet.
public enum FolderPaths {
    /// The absolute path of `url` with the deepest existing ancestor's symbolic links resolved
    /// and the rest (not yet created) appended.
    public static func canonical(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in rest { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }

    /// True when `url` is `folder` or lies below it.
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        isInside(canonical(url), canonical(folder))
    }

    /// True when the canonical `path` is `folder` or lies below it.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
