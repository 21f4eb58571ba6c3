// `*` takes width or precision from the values.
{
  width: '[%*d]' % [6, 42],
  prec: '[%.*f]' % [1, 3.14159],
  both: '[%*.*f]' % [9, 3, 3.14159],
  negative_width: '[%*d|%-*d]' % [-5, 1, -5, 1],
  fractional_width: '[%*s]' % [2.5, 'a'],
  null_prec: '[%.*d|%.*f|%.*g]' % [null, 1, null, 1, null, 1],
  negative_prec_int: '[%.*d]' % [-3, 7],
  fractional_prec_int: ['%.*d' % [p, 5] for p in [0.5, 1.5, 2.5]],
  prec_on_s_ignored: '[%.*s]' % ['not a number', 'abc'],
  prec_on_c_ignored: '[%.*c]' % [[], 65],
  string_star: '[%*s]' % [3, 'é'],
  many: '%*d|%-*d|%0*d' % [4, 1, 4, 2, 4, 3],
}
