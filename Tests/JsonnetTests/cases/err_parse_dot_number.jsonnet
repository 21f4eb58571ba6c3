local o = { a: 1 };
o.1
