// {a: 1} + {a+: 2}: super.a exists so the fields add up.
{
  add: { a: 1 } + { a+: 2 },
  no_super: {} + { a+: 2 },
  standalone: { a+: 2 },
  twice: { a: 1 } + { a+: 2 } + { a+: 3 },
  hidden_base: { a:: 1 } + { a+: 2 },
}
