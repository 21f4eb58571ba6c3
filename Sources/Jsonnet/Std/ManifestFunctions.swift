/// std manifesters: `manifestJson*`, `manifestYamlDoc`, `manifestYamlStream`, `manifestIni`, `manifestPython*`, `manifestXmlJsonml`, `manifestToml*`.
enum ManifestFunctions {
    static func register(_ std: StdLibrary) {}
}
