local n = null;
n + 1
