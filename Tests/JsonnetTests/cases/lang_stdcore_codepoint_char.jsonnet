{
  codepoints: [std.codepoint('A'), std.codepoint('a'), std.codepoint(' '), std.codepoint('é'), std.codepoint('€'), std.codepoint('😀')],
  chars: [std.char(65), std.char(97), std.char(233), std.char(8364), std.char(128512)],
  round_trip: std.join('', std.map(function(c) std.char(std.codepoint(c) + 1), ['H', 'A', 'L'])),
}
