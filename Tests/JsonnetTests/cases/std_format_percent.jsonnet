{
  plain: '100%%' % [],
  twice: '%%%%' % [],
  width: '[%5%|%-5%]' % [],
  flags: '[%05%|%+%|%#%]' % [],
  with_values: '%d%% of %s' % [50, 'x'],
  with_object: '%(a)s %%' % { a: 1 },
  empty_object: '%%' % {},
  mapping_key: '%(zz)%' % {},
  star_width: '[%*%]' % [4],
  star_prec_unused: '%.*%' % [],
}
