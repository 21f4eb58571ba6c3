// go-jsonnet writes manifestPython in Jsonnet with std.format: its frames show in the trace.
std.manifestPython({ a: [1, { b: function(x) x }] })
