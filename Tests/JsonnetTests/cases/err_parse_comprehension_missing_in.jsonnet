[x for x [1, 2]]
