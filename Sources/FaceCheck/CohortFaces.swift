import Crypto
import DICOM
import Foundation
import Render
import Synchronization
import Volume

/// What the face check found in one volume of a cohort: every view at each of the volume's
/// thresholds, each face with its landmarks and embedding.
public struct VolumeFaces: Sendable, Codable {
    /// The cache key: a hash of the input files, the settings and the models.
    public var key: String
    /// The thresholds rendered at (`FaceVerifier.thresholds`), chosen on this volume alone, as
    /// an attacker holding only it would choose them.
    public var thresholds: [Double]
    public var checks: [ViewCheck]
    /// What the loader reported (the series chosen, findings about it).
    public var notes: [String]

    public init(key: String, thresholds: [Double], checks: [ViewCheck], notes: [String] = []) {
        self.key = key
        self.thresholds = thresholds
        self.checks = checks
        self.notes = notes
    }

    /// Renders that show a face.
    public var rendersWithFace: Int { checks.filter { !$0.faces.isEmpty }.count }
    /// Renders that show a face with its landmarks placed (`FoundFace.landmarksPlaced`).
    public var rendersWithLandmarks: Int { checks.filter { $0.faces.contains(where: \.landmarksPlaced) }.count }

    /// The faces that can be compared: landmarks placed and an embedding, with their render.
    public var comparableFaces: [(check: ViewCheck, face: FoundFace)] {
        checks.flatMap { check in check.faces.filter { $0.landmarksPlaced && $0.embedding != nil }.map { (check, $0) } }
    }

    /// The best-scoring comparable face: the clearest face the volume shows.
    public var bestFace: (check: ViewCheck, face: FoundFace)? { comparableFaces.max { $0.face.score < $1.face.score } }

    /// The embeddings of the comparable faces, leaving out those in the render of `view` at
    /// `threshold` when given.
    public func embeddings(excludingView view: String? = nil, threshold: Double? = nil) -> [FaceEmbedding] {
        comparableFaces.filter { $0.check.view != view || $0.check.threshold != threshold }.map { FaceEmbedding(values: $0.face.embedding!) }
    }
}

extension FoundFace {
    /// Whether the 5 landmarks sit as on a face: all within the box grown by a quarter of its
    /// size, and the base of the nose below both eyes. dlib's model places its points in any
    /// box, face or not, so "placed" means placed plausibly (the PET study's placement rate).
    public var landmarksPlaced: Bool {
        guard let points = landmarks, points.count == 5, points.allSatisfy({ $0.count == 2 }) else { return false }
        let marginX = Double(width) / 4, marginY = Double(height) / 4
        let inside = points.allSatisfy { p in
            Double(p[0]) >= Double(x) - marginX && Double(p[0]) <= Double(x + width) + marginX
                && Double(p[1]) >= Double(y) - marginY && Double(p[1]) <= Double(y + height) + marginY
        }
        let eyeRows = [Double(points[0][1] + points[1][1]) / 2, Double(points[2][1] + points[3][1]) / 2]
        return inside && eyeRows.allSatisfy { Double(points[4][1]) > $0 }
    }
}

/// A volume loaded for the face check.
public struct LoadedVolume: Sendable {
    public var volume: AnyVolume
    /// DICOM Modality; nil for NIfTI (then CT when values reach −900).
    public var modality: String?
    public var notes: [String]

    public init(volume: AnyVolume, modality: String?, notes: [String] = []) {
        self.volume = volume
        self.modality = modality
        self.notes = notes
    }
}

/// Why one volume of a cohort has no faces on record: it could not be read or checked.
public struct CohortVolumeError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// How a cohort's volumes are rendered and checked (part of every cache key).
public struct FaceSurveySettings: Sendable, Equatable {
    public var views: [ViewAngle]
    /// Render width and height, pixels.
    public var size: Int
    /// HOG detections must score above this.
    public var scoreThreshold: Double
    /// Volumes checked at once, each by its own detector, landmarker and embedder.
    public var jobs: Int

    public init(views: [ViewAngle] = StandardViews.all, size: Int = 512, scoreThreshold: Double = 0,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.views = views
        self.size = size
        self.scoreThreshold = scoreThreshold
        self.jobs = max(1, jobs)
    }

    /// The text hashed into cache keys; bump the version when a check's results would change.
    var fingerprint: String {
        "faceless-evaluate-faces-v1 size=\(size) score=\(scoreThreshold) views="
            + views.map { "\($0.name):\($0.yaw):\($0.pitch)" }.joined(separator: ",")
    }
}

/// One volume finished (or taken from the cache).
public struct FaceSurveyProgress: Sendable {
    public var done: Int, total: Int, cached: Int, failed: Int
    /// The volume's position in the list given to `run`.
    public var index: Int
    public var volume: CohortVolume
    public var fromCache: Bool
    public var outcome: Result<VolumeFaces, CohortVolumeError>
}

/// Renders, detects, places landmarks and embeds every face of many volumes in parallel
/// (one `FaceVerifier` per worker thread, since dlib's handles serve one thread at a time),
/// keeping each volume's result in a cache folder so that a second run skips finished volumes.
public struct FaceSurvey: Sendable {
    public var models: FaceModels
    public var settings: FaceSurveySettings
    /// Where results are kept (`<key>.json`); nil keeps nothing.
    public var cacheFolder: URL?
    public var load: @Sendable (CohortVolume) throws -> LoadedVolume

    public init(models: FaceModels, settings: FaceSurveySettings, cacheFolder: URL?, load: @escaping @Sendable (CohortVolume) throws -> LoadedVolume) {
        self.models = models
        self.settings = settings
        self.cacheFolder = cacheFolder
        self.load = load
    }

    /// The faces of each of `volumes` (same order); `progress` is called from worker threads
    /// as each finishes.
    public func run(_ volumes: [CohortVolume], progress: @Sendable (FaceSurveyProgress) -> Void = { _ in }) throws(FaceCheckError) -> [Result<VolumeFaces, CohortVolumeError>] {
        let settingsKey = settings.fingerprint + " models=" + (try Self.digest(files: [models.landmarks, models.embedding], names: false))
        let results = Mutex([Result<VolumeFaces, CohortVolumeError>?](repeating: nil, count: volumes.count))
        let counts = Mutex((done: 0, cached: 0, failed: 0))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(settings.jobs, max(1, volumes.count))) { _ in
            // Made on the first volume that needs it: a resumed run whose volumes are all cached loads no model.
            var verifier: FaceVerifier?
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < volumes.count else { break }
                let (outcome, fromCache) = survey(volumes[index], settingsKey: settingsKey, verifier: &verifier)
                results.withLock { $0[index] = outcome }
                let snapshot = counts.withLock { counts in
                    counts.done += 1
                    if fromCache { counts.cached += 1 }
                    if case .failure = outcome { counts.failed += 1 }
                    return counts
                }
                progress(FaceSurveyProgress(done: snapshot.done, total: volumes.count, cached: snapshot.cached, failed: snapshot.failed,
                                            index: index, volume: volumes[index], fromCache: fromCache, outcome: outcome))
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    private func survey(_ volume: CohortVolume, settingsKey: String, verifier: inout FaceVerifier?)
        -> (Result<VolumeFaces, CohortVolumeError>, fromCache: Bool) {
        let key: String
        do { key = try Self.digest(files: volume.files, names: volume.kind == .dicom, base: volume.url, prefix: settingsKey) } catch {
            return (.failure(CohortVolumeError("\(error)")), false)
        }
        let cacheFile = cacheFolder?.appendingPathComponent("\(key).json")
        if let cacheFile, let data = try? Data(contentsOf: cacheFile), let cached = try? JSONDecoder().decode(VolumeFaces.self, from: data), cached.key == key {
            return (.success(cached), true)
        }
        var faces: VolumeFaces
        do {
            let loaded = try load(volume)
            // The workers share the cores; each verifier has one detection thread.
            let worker = verifier ?? FaceVerifier(models: models, scoreThreshold: settings.scoreThreshold, views: settings.views,
                                                  size: settings.size, detectionThreads: 1)
            verifier = worker
            let thresholds = FaceVerifier.thresholds(for: loaded.volume, modality: loaded.modality)
            let checks = try worker.check(loaded.volume, thresholds: thresholds, embeddings: true)
            faces = VolumeFaces(key: key, thresholds: thresholds, checks: checks, notes: loaded.notes)
        } catch {
            return (.failure(CohortVolumeError("\(error)")), false)
        }
        if let cacheFile {
            // The faces stand without the cache entry; the note tells why a rerun checks the volume again.
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try AtomicFile.write(try encoder.encode(faces), to: cacheFile)
            } catch {
                faces.notes.append("not cached: \(error)")
            }
        }
        return (.success(faces), false)
    }

    /// SHA-256 (hex) of `prefix`, then of each file's content (and, with `names`, its path
    /// relative to `base`, so renaming a slice within a series changes the key).
    static func digest(files: [URL], names: Bool, base: URL? = nil, prefix: String = "") throws(FaceCheckError) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(prefix.utf8))
        for file in files {
            if names, let base {
                let relative = file.path.hasPrefix(base.path + "/") ? String(file.path.dropFirst(base.path.count + 1)) : file.lastPathComponent
                hasher.update(data: Data("\n\(relative)\n".utf8))
            }
            guard let handle = try? FileHandle(forReadingFrom: file) else { throw .unreadableInput("\(file.path): cannot be read") }
            defer { try? handle.close() }
            var length = 0
            while true {
                let chunk: Data?
                do { chunk = try handle.read(upToCount: 1 << 22) } catch {
                    throw .unreadableInput("\(file.path): read failed (\(error.localizedDescription))")
                }
                guard let chunk, !chunk.isEmpty else { break }
                hasher.update(data: chunk)
                length += chunk.count
            }
            // The length ends each file, so no two different file lists hash alike by moving bytes between files.
            hasher.update(data: Data("#\(length)".utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
