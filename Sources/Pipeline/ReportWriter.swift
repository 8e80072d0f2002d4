import DICOM
import Foundation

/// Writes a run's report folder: `report.json`, `audit.jsonl`, `index.html` and one page per
/// study beside its render sheets. Everything written comes from `RunReport` and `AuditEntry`,
/// which hold no original identifier.
struct ReportWriter {
    let folder: URL

    func write(_ report: RunReport, audit: [AuditEntry]) throws(PipelineError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(try encoder.encode(report), to: folder.appendingPathComponent("report.json"))
            let lineEncoder = JSONEncoder()
            lineEncoder.outputFormatting = [.sortedKeys]
            var lines = Data()
            for entry in audit {
                lines.append(try lineEncoder.encode(entry))
                lines.append(0x0A)
            }
            try AtomicFile.write(lines, to: folder.appendingPathComponent("audit.jsonl"))
            try AtomicFile.write(Data(index(report).utf8), to: folder.appendingPathComponent("index.html"))
            for study in report.studies {
                try AtomicFile.write(Data(page(study).utf8), to: folder.appendingPathComponent(study.page))
            }
        } catch {
            throw .unwritable("the report in \(folder.path): \(error)")
        }
    }

    func index(_ report: RunReport) -> String {
        var body = "<h1>Faceless de-identification report</h1>\n"
        body += "<p>Faceless \(html(report.facelessVersion)); \(report.filesConsidered) input files; "
            + String(format: "%.1f s", report.seconds) + ". This folder holds renders of the original faces: keep it with "
            + "the data manager, apart from the de-identified data.</p>\n"
        let counts: [(StudyReport.Status, String)] = [(.exported, "exported"), (.quarantined, "quarantined (a face was still found)"),
                                                      (.failed, "failed (not exported)"), (.nothingSelected, "nothing selected")]
        body += "<ul>" + counts.map { "<li>\(report.count($0.0)) \($0.1)</li>" }.joined() + "</ul>\n"
        body += "<h2>Studies</h2>\n" + table(["patient", "study", "status", "series", "files written", "seconds", "why"],
            report.studies.map { study in
                ["<a href=\"\(html(study.page))\">\(html(study.patient))</a>", html(study.study), statusBadge(study.status),
                 "\(study.series.count) processed, \(study.excluded.count) excluded", "\(study.filesWritten)",
                 String(format: "%.1f", study.seconds), html(study.reasons.joined(separator: "; "))]
            })
        if !report.unusableFiles.isEmpty {
            body += "<h2>Files not used</h2>\n<p>Not DICOM images; listed by reason, their paths are on the terminal's output.</p>\n"
                + table(["reason", "files"], report.unusableFiles.sorted { $0.key < $1.key }.map { [html($0.key), "\($0.value)"] })
        }
        body += "<h2>Settings</h2>\n" + table(["setting", "value"], report.settings.sorted { $0.key < $1.key }.map { [html($0.key), html($0.value)] })
        return document("Faceless report", body)
    }

    func page(_ study: StudyReport) -> String {
        var body = "<p><a href=\"../../index.html\">All studies</a></p>\n"
        body += "<h1>\(html(study.patient)) / \(html(study.study)): \(statusBadge(study.status))</h1>\n"
        if !study.reasons.isEmpty { body += "<ul>" + study.reasons.map { "<li>\(html($0))</li>" }.joined() + "</ul>\n" }
        for series in study.series {
            body += "<h2>\(html(series.folder)) (\(html(series.modality)), \(series.images) images)</h2>\n"
            var rows: [[String]] = []
            if series.defaced {
                rows.append(["face", "\(series.drownedVoxels ?? 0) voxels drowned with \(html(series.drownedValues ?? "-")); mask \(html(series.maskSource ?? "-"))"])
                rows.append(["guard", "\(series.guardVoxelsUnchanged ?? 0) voxels of skull and cranial cavity proved unchanged in the written files"])
            } else {
                rows.append(["face", "not a volume: no surface to deface"])
            }
            rows.append(["burned-in text", series.textSearched ? "\(series.textRegions.count) regions removed" : "not searched (CT only)"])
            if let check = series.verification {
                rows.append(["face check", "\(statusBadge(check.verdict)) \(html(check.reason))"])
            }
            rows.append(["seconds", html(series.seconds.sorted { $0.key < $1.key }.map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", "))])
            body += table(["", ""], rows)
            if let renders = series.renders {
                body += "<p><img src=\"../../\(html(renders))\" alt=\"renders before and after defacing\"></p>\n"
            }
            if !series.textRegions.isEmpty {
                body += "<details><summary>Text regions removed</summary>\n" + table(["slice", "x", "y", "width", "height", "pixels"],
                    series.textRegions.map { ["\($0.slice + 1)", "\($0.x)", "\($0.y)", "\($0.width)", "\($0.height)", "\($0.pixels)"] }) + "</details>\n"
            }
        }
        if !study.excluded.isEmpty {
            body += "<h2>Series not processed</h2>\n" + table(["series number", "modality", "images", "reason"], study.excluded.map {
                [$0.seriesNumber.map(String.init) ?? "-", html($0.modality), "\($0.images)", html($0.reason)]
            })
        }
        if !study.headerActions.isEmpty {
            body += "<h2>Header actions</h2>\n" + table(["tag", "keyword", "action", "count"], study.headerActions.map {
                [html($0.tag), html($0.keyword), html($0.action), "\($0.count)"]
            })
        }
        return document("\(study.patient) \(study.study)", body)
    }

    private func statusBadge(_ status: StudyReport.Status) -> String { statusBadge(status.rawValue) }

    private func statusBadge(_ text: String) -> String {
        let colour = ["exported": "#1b7f3b", "PASS": "#1b7f3b", "quarantined": "#b35c00", "INCONCLUSIVE": "#b35c00"][text] ?? "#b00020"
        return "<span style=\"color:\(colour);font-weight:bold\">\(html(text))</span>"
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        "<table>\n<tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
            + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }.joined() + "</table>\n"
    }

    private func document(_ title: String, _ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(html(title))</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:0.5em 0}
        td,th{border:1px solid #ccc;padding:0.2em 0.6em;text-align:left;vertical-align:top}img{max-width:100%}</style>
        </head><body>
        \(body)</body></html>

        """
    }

    private func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
