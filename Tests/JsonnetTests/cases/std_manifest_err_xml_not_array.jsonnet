std.manifestXmlJsonml({ tag: 'a' })
