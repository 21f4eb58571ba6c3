local maybe(cond, name) = if cond then name else null;
{
  [maybe(true, 'kept')]: 1,
  [maybe(false, 'dropped')]: 2,
  [null]: 'never shown',
  fields: std.objectFields({ [null]: 1, a: 2 }),
  length: std.length({ [null]: 1 }),
}
