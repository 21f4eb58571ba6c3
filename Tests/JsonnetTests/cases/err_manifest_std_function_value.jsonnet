{ tools: { len: std.length } }
