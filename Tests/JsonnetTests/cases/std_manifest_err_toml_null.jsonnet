// null cannot be written in TOML; the path includes array indexes.
std.manifestTomlEx({ a: { 'b c': [{ d: [1, null] }] } }, '  ')
