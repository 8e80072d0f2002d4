import Foundation

/// The named views of the renderer and the CLI's `--view` values.
///
/// Signs follow `ViewAngle`: "left" views look at the patient's left side (camera turned toward
/// the patient's left), "above" views look down from above the eyebrows, "below" up from the chin.
public enum StandardViews {
    public static let front = ViewAngle(name: "front", yaw: 0, pitch: 0)
    public static let left = ViewAngle(name: "left", yaw: 90, pitch: 0)
    public static let right = ViewAngle(name: "right", yaw: -90, pitch: 0)
    public static let back = ViewAngle(name: "back", yaw: 180, pitch: 0)
    public static let top = ViewAngle(name: "top", yaw: 0, pitch: 90)
    public static let left30 = ViewAngle(name: "left30", yaw: 30, pitch: 0)
    public static let right30 = ViewAngle(name: "right30", yaw: -30, pitch: 0)
    public static let left60 = ViewAngle(name: "left60", yaw: 60, pitch: 0)
    public static let right60 = ViewAngle(name: "right60", yaw: -60, pitch: 0)
    public static let above20 = ViewAngle(name: "above20", yaw: 0, pitch: 20)
    public static let below20 = ViewAngle(name: "below20", yaw: 0, pitch: -20)

    /// Every named view, in contact-sheet order: the face turning from the right profile to the
    /// left one, then tilted, then back and top.
    public static let all: [ViewAngle] = [right, right60, right30, front, left30, left60, left, above20, below20, back, top]

    /// The views a `--view` value names: a name from `all`, `all`, or `YAW,PITCH` in degrees
    /// (e.g. `45,-10`); nil when it names none.
    public static func parse(_ text: String) -> [ViewAngle]? {
        let lowered = text.lowercased()
        if lowered == "all" { return all }
        if let named = all.first(where: { $0.name == lowered }) { return [named] }
        let parts = lowered.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let yaw = Double(parts[0].trimmingCharacters(in: .whitespaces)),
              let pitch = Double(parts[1].trimmingCharacters(in: .whitespaces)),
              yaw.isFinite, pitch.isFinite, abs(pitch) <= 90 else { return nil }
        return [ViewAngle(yaw: yaw, pitch: pitch)]
    }

    /// The accepted `--view` values, for help and error messages.
    public static var names: String { (all.map(\.name) + ["all", "YAW,PITCH"]).joined(separator: "|") }
}
