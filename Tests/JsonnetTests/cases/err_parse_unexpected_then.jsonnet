then 1
