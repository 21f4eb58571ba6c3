std.manifestXmlJsonml(['a', { id: 1 }, 'text', ['b', error 'bad child']])
