/// The PromQL language of Prometheus 2.x: parsing (``PromQLParser``), regular expressions with
/// RE2 semantics (``RE2Regex``) and, later, evaluation over in-memory series. It knows nothing
/// of Jsonnet or of stackc's command line.
public enum PromQL {}
