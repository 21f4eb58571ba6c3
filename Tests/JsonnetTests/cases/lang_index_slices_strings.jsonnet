local s = 'héllo wörld';
{
  full: s[:],
  begin_end: s[0:5],
  from: s[6:],
  to: s[:2],
  step: s[::2],
  all_three: s[1:9:3],
  end_past: s[9:50],
  empty: s[3:3],
  unicode: 'αβγδε'[1:4],
  emoji: '😀😁😂🤣'[1::2],
}
