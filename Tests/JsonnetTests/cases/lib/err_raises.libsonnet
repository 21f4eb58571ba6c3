// Helper library whose fields fail in different ways.
{
  ok: 1,
  bad: error 'bad field in library',
  countdown(n)::
    if n <= 0 then error 'countdown reached zero'
    else self.countdown(n - 1),
  typed(x):: x + 1,
}
