local o = { 'a b': 1 };
o['a c']
