// An imported object can be extended; self inside it is late-bound.
local lib = import 'lib/lang_import_uses_self.libsonnet';
{
  original: lib,
  extended: lib { name: 'override' },
  plus: lib + { greeting+: '!' },
}
