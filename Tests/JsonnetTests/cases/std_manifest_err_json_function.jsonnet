std.manifestJson({ a: [std.length] })
