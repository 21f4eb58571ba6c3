std.equals({f: std.id}, {f: std.id})
