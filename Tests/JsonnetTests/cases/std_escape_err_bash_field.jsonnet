std.escapeStringBash({ a: error "field" })
