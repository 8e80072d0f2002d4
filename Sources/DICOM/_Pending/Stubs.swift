// TEMPORARY: stand-ins for helper-delivered APIs, deleted at integration.
import Foundation
public struct DictionaryEntry: Sendable, Hashable { public let tag: Tag; public let vrs: [VR]; public let vm: String; public let name: String; public let keyword: String; public let isRetired: Bool }
public enum DataDictionary {
    public static func entry(for tag: Tag) -> DictionaryEntry? { nil }
    public static func tag(forKeyword keyword: String) -> Tag? { nil }
    public static func privateEntry(creator: String, tag: Tag) -> DictionaryEntry? { nil }
}
public struct UIDEntry: Sendable, Hashable { public let uid: String; public let name: String; public let type: String; public let info: String; public let isRetired: Bool; public let keyword: String }
public enum UIDRegistry { public static func entry(for uid: String) -> UIDEntry? { nil } }
