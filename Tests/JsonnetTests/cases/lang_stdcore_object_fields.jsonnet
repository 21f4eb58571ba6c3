local o = { b: 1, a: 2, c:: 3, D: 4, e::: 5 };
{
  fields: std.objectFields(o),
  fields_all: std.objectFieldsAll(o),
  inherited: std.objectFields(o + { c: 'still hidden', f: 6 }),
  empty: std.objectFields({}),
  unicode_sorted: std.objectFields({ 'é': 1, 'z': 2, 'Z': 3 }),
}
