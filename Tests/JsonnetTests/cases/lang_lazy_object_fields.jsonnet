local o = { good: 1, bad: error 'bad field' };
{
  good: o.good,
  fields: std.objectFields(o),
  has_bad: std.objectHas(o, 'bad'),
  overridden: (o + { bad: 'fixed' }).bad,
  whole: o + { bad: 'replaced' },
}
