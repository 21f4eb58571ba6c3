local s = 'héllo wörld ✓ 日本語 🎉';
{
  s: s,
  len: std.length(s),
  cps: std.map(std.codepoint, ['é', '✓', '日', '🎉']),
  chars: [std.char(233), std.char(10003), std.char(26085), std.char(127881)],
  dq: "Ωμέγα",
}
