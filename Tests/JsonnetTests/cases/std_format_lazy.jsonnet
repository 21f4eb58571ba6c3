// Values are only evaluated when a conversion uses them.
{
  unused_prec: '%.*s' % [error 'precision is never used by %s', 'ok'],
  unused_prec_c: '%.*c' % [error 'nor by %c', 65],
  unused_prec_pct: '%.*%' % [error 'nor by %%'],
  object_prec_pct: '%(a).*%' % {},
  unused_field: '%(a)s' % { a: 1, b: error 'unused' },
}
