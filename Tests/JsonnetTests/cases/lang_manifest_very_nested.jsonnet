local nest(n) = if n == 0 then 'bottom' else { ['l' + n]: [nest(n - 1)] };
nest(8)
