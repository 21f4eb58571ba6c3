local o = { a: 1 };
o.a[2:'a':0]
