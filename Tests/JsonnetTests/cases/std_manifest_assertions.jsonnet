// The manifesters check an object's assertions only when they read one of its fields: an
// object without visible fields is written even if an assertion fails.
local bad = { assert false : 'never checked' };
[
  std.manifestJsonEx(bad, ''),
  std.manifestJson({ a: bad }),
  std.manifestYamlDoc(bad),
  std.manifestTomlEx({ t: bad }, ''),
  std.manifestPython([bad]),
]
