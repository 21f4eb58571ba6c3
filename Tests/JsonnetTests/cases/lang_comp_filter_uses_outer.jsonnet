local limit = 3;
{
  filter_outer: [x for x in std.range(1, 10) if x <= limit],
  filter_prev_var: [[a, b] for a in [1, 2, 3] for b in [1, 2, 3] if b == a * 2 || a == b + 2],
  comp_in_comp: [[y * x for y in [1, 2]] for x in [10, 20]],
  cond_body: [if x % 2 == 0 then 'even' else 'odd' for x in [1, 2, 3]],
}
