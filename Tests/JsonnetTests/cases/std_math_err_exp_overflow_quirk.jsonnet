// go builds 2^n as a double: n = 1024 overflows below the true limit (709.78).
std.exp(709.5)
