// Values in an object comprehension are evaluated only when needed.
local o = { [k]: if k == 'bad' then error 'bad value' else k + '!' for k in ['good', 'bad'] };
{
  good: o.good,
  fields: std.objectFields(o),
  has_bad: 'bad' in o,
}
