std.manifestYamlStream([1], quote_keys=error 'no quote_keys')
