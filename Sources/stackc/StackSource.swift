import Foundation
import Jsonnet
import StackKit
import YAML

/// Reading the objects of a stack for the subcommands that inspect one (lint, diff), with
/// errors worded for the command that asked.
enum StackSource {
    /// A stack that cannot be read, with the message to print.
    struct Failure: Error {
        let message: String
    }

    static func settings(_ evalArgs: [String], environment: [String: String], command: String) throws(Failure) -> EvaluationSettings {
        do {
            guard let o = try EvalCommand.parse(evalArgs + ["-"], environment: environment) else {
                throw Failure(message: "stackc \(command): bad evaluation options")
            }
            return o.settings
        } catch let e as EvalCommand.UsageError {
            throw Failure(message: "stackc \(command): \(e.message)")
        } catch let e as Failure {
            throw e
        } catch {
            throw Failure(message: "stackc \(command): \(error)")
        }
    }

    /// The objects of a stack: a directory of manifests, a stack file (compiled as `stackc
    /// build` compiles it), or a manifest stream.
    /// `rewrite` turns paths in error messages into what the user knows them as.
    /// `withLocations`: also note where in the Jsonnet each object is written (lint).
    static func load(_ path: String, settings: EvaluationSettings, command: String, shownAs: String? = nil,
                     withLocations: Bool = false, rewrite: (String) -> String = { $0 }) throws(Failure) -> [KubeObject] {
        let shown = shownAs ?? path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw Failure(message: "stackc \(command): \(shown): no such file or directory")
        }
        if isDir.boolValue {
            do throws(BuildError) {
                return try ManifestDirectory.load(path)
            } catch {
                throw Failure(message: "stackc \(command): \(rewrite(error.message))")
            }
        }
        if path.hasSuffix(".jsonnet") || path.hasSuffix(".libsonnet") {
            if let problem = FileIO.inputProblem(path) { throw Failure(message: "stackc \(command): \(rewrite(problem))") }
            let value: JSONValue
            var locations: [String: String] = [:]
            do throws(JsonnetError) {
                if withLocations {
                    (value, locations) = try Jsonnet(settings: settings).evaluateJSONWithLocations(.file(path), depth: 4)
                } else {
                    value = try Jsonnet(settings: settings).evaluateJSON(.file(path))
                }
            } catch {
                throw Failure(message: rewrite(error.rendered))
            }
            do throws(BuildError) {
                return ManifestDirectory.objects(try ManifestCollector.collect(ManifestValue.convert(value)), locations: locations)
            } catch {
                throw Failure(message: "stackc \(command): \(shown): \(error.message)")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "stackc \(command): \(shown): cannot read")
        }
        let docs: [YAMLValue]
        do throws(YAMLError) {
            docs = try YAML.parseStream(String(decoding: data, as: UTF8.self))
        } catch {
            throw Failure(message: "stackc \(command): \(shown): \(error)")
        }
        let file = URL(fileURLWithPath: path).lastPathComponent
        return docs.flatMap { ManifestDirectory.objects(YAMLEmitValue($0), file: file) }
    }
}
