// Output ordering does not depend on which side of + a field came from.
{ z: 1, m: 2 } + { a: 3, m: 4 } + { b: 5 }
