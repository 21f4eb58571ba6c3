{
  s_width: '[%10s]' % 'hi',
  s_left: '[%-10s]' % 'hi',
  s_prec: '[%.2s]' % 'hello',
  star_width: '[%*d]' % [6, 42],
  star_prec: '[%.*f]' % [1, 3.14159],
  named_width: '[%(v)8.2f]' % { v: 1.005 },
  many: '%s|%5s|%-5s|%05d|%.1f' % ['a', 'b', 'c', 7, 9.96],
  percent_mid: '%d%% done' % 50,
}
