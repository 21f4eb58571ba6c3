[[1, 2], [3, [4, error "inner"]]]
