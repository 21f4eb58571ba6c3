local x = `cmd`;
x
