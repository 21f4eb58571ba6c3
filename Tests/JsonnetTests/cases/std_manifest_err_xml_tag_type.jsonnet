std.manifestXmlJsonml([1, 'text'])
