local makeAdder(n) = function(x) x + n;
local add5 = makeAdder(5);
local compose(f, g) = function(x) f(g(x));
local counter = {
  make(start):: { value: start, next():: counter.make(start + 1) },
};
{
  add5: add5(10),
  composed: compose(makeAdder(1), makeAdder(10))(100),
  counter: counter.make(0).next().next().value,
  captured_local: local base = 7; local f() = base * 2; local base2 = 0; f(),
}
