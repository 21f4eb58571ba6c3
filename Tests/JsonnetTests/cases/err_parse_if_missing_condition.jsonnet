[if then 1]
