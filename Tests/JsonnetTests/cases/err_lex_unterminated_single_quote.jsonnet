local s = 'abc;
s
