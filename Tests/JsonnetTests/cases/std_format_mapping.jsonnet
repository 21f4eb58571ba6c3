// Mapping keys take values from an object.
local o = { a: 1, b: 'two', 'x y': 3.5, 'é': 'accent', h:: 'hidden', '(p': 'paren', '': 'empty' };
{
  basic: '%(a)d %(b)s' % o,
  spaces: '%(x y).2f' % o,
  unicode_key: '%(é)s' % o,
  hidden: '%(h)s' % o,
  paren_in_key: '%((p)s' % o,
  empty_key: '[%()s]' % o,
  repeated: '%(a)s%(a)s%(a)s' % o,
  flags: '[%(a)+05d|%(b)-6s|%(x y)08.3e]' % o,
  inherited: '%(a)s %(b)s' % ({ a: 'x' } + { b: 'y' }),
  self_ref: '%(full)s' % { first: 'Ada', full: self.first + ' L.' },
  unused_error_field: '%(a)s' % { a: 'ok', b: error 'never evaluated' },
  no_codes: 'plain' % { a: 1 },
  literal_prec: '%(a).3f' % { a: 2 },
}
