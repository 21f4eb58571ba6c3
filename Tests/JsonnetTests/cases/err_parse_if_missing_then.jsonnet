local x = 3;
if x > 2 "big" else "small"
