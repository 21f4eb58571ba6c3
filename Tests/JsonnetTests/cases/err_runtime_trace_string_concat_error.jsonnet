local name = error 'name missing';
'hello ' + name
