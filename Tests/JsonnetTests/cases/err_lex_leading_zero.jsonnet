local n = 01;
n
