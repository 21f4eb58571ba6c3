import Foundation
import YAML

/// Reads a directory of YAML/JSON manifests (kube-prometheus's `manifests/` layout included,
/// `setup/` and other subfolders too) into objects: every `.yaml`, `.yml` and `.json` file,
/// every document of a multi-document file, and every item of a `List`.
public enum ManifestDirectory {
    public static func load(_ dir: String) throws(BuildError) -> [KubeObject] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw BuildError("\(dir): not a directory")
        }
        guard let walker = fm.enumerator(atPath: dir) else { throw BuildError("\(dir): cannot list") }
        var files: [String] = []
        while let f = walker.nextObject() as? String {
            if f.hasSuffix(".yaml") || f.hasSuffix(".yml") || f.hasSuffix(".json") { files.append(f) }
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var out: [KubeObject] = []
        for f in files {
            let path = (dir as NSString).appendingPathComponent(f)
            guard let data = fm.contents(atPath: path) else { throw BuildError("\(path): cannot read") }
            let docs: [YAMLValue]
            do {
                docs = try YAML.parseStream(String(decoding: data, as: UTF8.self))
            } catch {
                throw BuildError("\(path): \(error)")
            }
            for doc in docs { out += objects(YAMLEmitValue(doc), file: f) }
        }
        return out
    }

    /// The objects of one value: itself, or the items of a `List`; other values (null
    /// documents, non-manifests) give nothing.
    public static func objects(_ v: YAMLEmitValue, file: String, field: String = "") -> [KubeObject] {
        guard Manifest.isManifest(v) else { return [] }
        let o = KubeObject(value: v, file: file, field: field)
        if o.kind.hasSuffix("List"), case .array(let items)? = v.at(["items"]) {
            return items.enumerated().flatMap { i, item in objects(item, file: file, field: field.isEmpty ? "" : "\(field).items[\(i)]") }
        }
        return [o]
    }

    /// The objects of a compiled stack's manifests (a `List` expanded), with their file names.
    /// `locations`: where the stack's fields are written (by field path, `.a.b`), as
    /// `Jsonnet.evaluateJSONWithLocations` reports them.
    public static func objects(_ manifests: [Manifest], extension ext: String = ".yaml", locations: [String: String] = [:]) -> [KubeObject] {
        manifests.flatMap { m in
            objects(m.value, file: m.path + ext, field: m.fieldPath).map { o in
                KubeObject(value: o.value, file: o.file, field: o.field, location: locations[m.fieldPath] ?? "")
            }
        }
    }
}
