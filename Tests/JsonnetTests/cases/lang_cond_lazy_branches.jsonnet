// Only the chosen branch is evaluated.
{
  a: if true then 'ok' else error 'not evaluated',
  b: if false then error 'not evaluated' else 'ok',
  c: if false then error 'not evaluated',
}
