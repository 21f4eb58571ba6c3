local function f() 1;
f()
