[
  std.type(null),
  std.type(true),
  std.type(0),
  std.type(-1.5),
  std.type(''),
  std.type([]),
  std.type({}),
  std.type(function() 0),
  std.type(std.type),
]
