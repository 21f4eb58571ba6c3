// `$` inside a function defined in an object refers to the outermost object where it was written.
local lib = {
  factor:: 3,
  scale(x):: x * $.factor,
  nested: {
    factor:: 100,
    scale(x):: x * $.factor,
    scaleSelf(x):: x * self.factor,
  },
};
{
  a: lib.scale(2),
  b: lib.nested.scale(2),
  c: lib.nested.scaleSelf(2),
  overridden: (lib + { factor:: 10 }).scale(2),
  overridden_nested: (lib + { factor:: 10 }).nested.scale(2),
}
