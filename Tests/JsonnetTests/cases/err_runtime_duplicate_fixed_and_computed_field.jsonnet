local k = 'name';
{
  name: 1,
  [k]: 2,
}
