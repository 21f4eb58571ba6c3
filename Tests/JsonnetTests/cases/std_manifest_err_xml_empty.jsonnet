std.manifestXmlJsonml([])
