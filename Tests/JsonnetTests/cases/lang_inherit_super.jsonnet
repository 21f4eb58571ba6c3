local base = { name: 'base', greet: 'hello ' + self.name, n: 1 };
local derived = base + {
  name: 'derived',
  parentGreet: super.greet,
  n: super.n + 1,
  superName: super.name,
};
derived
