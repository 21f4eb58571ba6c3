{
  simple: '%(a)s' % { a: 1 },
  hidden_field: '%(h)s' % { h:: 'hidden ok' },
  repeated: '%(n)d + %(n)d = %(sum)d' % { n: 2, sum: 4 },
  padded: '[%(name)-6s|%(count)03d]' % { name: 'ab', count: 7 },
  inherited: '%(a)s %(b)s' % ({ a: 'x' } + { b: 'y' }),
  self_ref: '%(full)s' % { first: 'Ada', full: self.first + ' L.' },
  float: '%(v).1f%%' % { v: 99.44 },
}
