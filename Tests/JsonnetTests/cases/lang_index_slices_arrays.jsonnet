local a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
{
  full: a[:],
  begin_end: a[2:5],
  from: a[7:],
  to: a[:3],
  step: a[::3],
  begin_step: a[1::2],
  all_three: a[1:8:3],
  end_past: a[8:100],
  begin_past: a[20:],
  empty_range: a[5:5],
  reversed_bounds: a[6:2],
  step_one: a[::1],
  end_step: a[:5:2],
}
