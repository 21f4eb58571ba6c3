std.foo(1)
