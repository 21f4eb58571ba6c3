true & 1
