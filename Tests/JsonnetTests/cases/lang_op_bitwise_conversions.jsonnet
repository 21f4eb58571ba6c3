{
  not_huge: ~1e308,
  not_negative_huge: ~-1e308,
  not_fraction: ~2.7,
  shift_fraction: 1 << 0.5,
  shift_wraps: [1 << 64, 1 << 65, 1 << 63],
  index_fraction: [[10, 20][0.9], [10, 20][-0.5]],
}
