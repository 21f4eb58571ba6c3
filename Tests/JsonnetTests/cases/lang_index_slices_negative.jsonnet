// Negative slice bounds count from the end; out-of-range bounds are clamped.
local a = [1, 2, 3, 4, 5];
{
  drop_last: a[:-1],
  last_two: a[-2:],
  middle: a[-2:-1],
  clamped: a[-10:],
  neg_with_step: a[-3::2],
  all_clamped_away: a[:-10],
  str_tail: 'abcde'[-2:],
  str_head: 'abcde'[:-3],
}
