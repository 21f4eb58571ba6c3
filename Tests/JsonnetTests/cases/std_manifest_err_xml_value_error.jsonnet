std.manifestXmlJsonml(error 'no value')
