local base = {
  name: 'base',
  greeting: 'Hello, ' + self.name,
  loud: self.greeting + '!',
};
{
  base: base,
  child: base + { name: 'child' },
  grandchild: base + { name: 'child' } + { greeting: 'Hi ' + self.name },
}
