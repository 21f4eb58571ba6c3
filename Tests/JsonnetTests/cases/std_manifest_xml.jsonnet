// std.manifestXmlJsonml: no escaping at all; attribute values via std.toString; a tag may be
// a nested array of strings.
[
  std.manifestXmlJsonml(['svg', { height: 100, width: '1"<&>\'' }, ['circle', { cx: 50, fill: 'red', b: true, n: null, o: { p: [1] } }], 'text<&>"', ['g'], ['g', {}], ['g', 'x', ['h', {}, 'y']]]),
  std.manifestXmlJsonml(['a']),
  std.manifestXmlJsonml([['a', ['b']], 'c']),
  std.manifestXmlJsonml(['', { '': '' }]),
  std.manifestXmlJsonml(['é', { 'é': 'é\u0001' }, 'é\u0001']),
  std.manifestXmlJsonml(value=['a', { h:: 1, v: 'x' }]),
]
