// A child that is neither a string nor an element.
std.manifestXmlJsonml(['a', 'text', ['b', {}, 42]])
