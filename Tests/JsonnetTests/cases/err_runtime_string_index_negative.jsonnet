local s = 'hello';
s[-2]
