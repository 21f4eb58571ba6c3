local nest(n) = if n == 0 then null else [nest(n - 1)]; std.prune(nest(200))
