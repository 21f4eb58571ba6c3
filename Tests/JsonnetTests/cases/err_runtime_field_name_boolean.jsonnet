local key = true;
{
  ok: 1,
  [key]: 2,
}
