// A mixin applied to different bases via super.
local withTag = { tags+: ['tagged'], label: super.label + ' (tagged)' };
local a = { label: 'A', tags: [] };
local b = { label: 'B', tags: ['orig'] };
{
  a: a + withTag,
  b: b + withTag,
  twice: a + withTag + withTag,
}
