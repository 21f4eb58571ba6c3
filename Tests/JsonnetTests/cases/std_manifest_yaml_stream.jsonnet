// std.manifestYamlStream: "---" before each document, "..." at the end unless c_document_end
// is false; options passed to every document.
local docs = [{ a: 1, b: [1, 2] }, [], 'x\n', null, { 'yes': { no: [] } }];
[
  std.manifestYamlStream(docs),
  std.manifestYamlStream(docs, true),
  std.manifestYamlStream(docs, c_document_end=false),
  std.manifestYamlStream(docs, quote_keys=false),
  std.manifestYamlStream(docs, false, true, false),
  std.manifestYamlStream([]),
  std.manifestYamlStream([], c_document_end=false),
  std.manifestYamlStream([{}]),
]
