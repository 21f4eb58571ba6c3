{
  square(x):: x * x,
  pi:: 3.14159,
  answer: 42,
}
