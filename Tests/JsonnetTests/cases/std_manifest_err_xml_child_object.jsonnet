// An object after the attributes is read as an element.
std.manifestXmlJsonml(['a', { x: 1 }, { y: 2 }])
