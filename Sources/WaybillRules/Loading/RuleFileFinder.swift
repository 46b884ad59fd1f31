import Foundation

/// Finds rule files under the given paths (files or folders, recursively): `.yaml`, `.yml`, `.csv`.
enum RuleFileFinder {
    struct Found {
        var files: [String] = []
        var missing: [String] = []
    }

    static func find(_ paths: [String]) -> Found {
        var found = Found()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                found.files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = manager.enumerator(atPath: base)
            var inner: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") || relative.hasSuffix(".csv") {
                    inner.append("\(base)/\(relative)")
                }
            }
            found.files += inner.sorted()
        }
        return found
    }

    /// The pack of a flow file: its folder's name (`rules/odoo-shipstation/x.yaml` → `odoo-shipstation`).
    static func pack(of path: String) -> String? {
        let parts = path.split(separator: "/").dropLast()
        return parts.last(where: { $0 != "tables" && $0 != "flows" }).map(String.init)
    }
}
