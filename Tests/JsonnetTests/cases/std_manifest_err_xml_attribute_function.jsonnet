std.manifestXmlJsonml(['a', ['b', { x: { y: function(x) x } }]])
