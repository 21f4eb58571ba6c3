// A base field evaluated through super still sees the derived self.
local base = { name: 'base', hello: 'hello ' + self.name };
base + {
  name: 'derived',
  hello: super.hello + '!',
  viaSuper: super.hello,
}
