std.filter(function(x) x.enabled, [{ enabled: true }, {}])
