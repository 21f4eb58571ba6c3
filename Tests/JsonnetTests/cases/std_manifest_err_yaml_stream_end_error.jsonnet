std.manifestYamlStream([1, 2], c_document_end=error 'no end')
