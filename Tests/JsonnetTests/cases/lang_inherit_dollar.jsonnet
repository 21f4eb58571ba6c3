// $ is late-bound to the outermost object after inheritance.
local base = {
  setting: 'default',
  nested: { copy: $.setting },
};
{
  base: base,
  derived: base + { setting: 'custom' },
}
