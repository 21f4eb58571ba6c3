local o = { visible: 1, hidden:: 2, forced::: 3 };
{
  output: o,
  fields: std.objectFields(o),
  all_fields: std.objectFieldsAll(o),
  access_hidden: o.hidden,
  length: std.length(o),
}
