local base = { a: 1 };
super.a
