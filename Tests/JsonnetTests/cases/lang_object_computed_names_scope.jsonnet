// Computed field names are evaluated in the enclosing scope, not with the object's locals.
local prefix = 'outer';
{
  local prefix = 'inner',
  [prefix + '_name']: prefix,
  nested: { [prefix]: 'value is ' + prefix },
}
