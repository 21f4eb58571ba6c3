{
  nulls: [null, null],
  mixed_nesting: [[null], [[]], [{}], ['']],
  equality_with_nulls: [null, 1] == [null, 1],
  compare_strings_arrays: ['b'] > ['a', 'z'],
  concat_strings_arrays: ['a'] + ['b'] == ['a', 'b'],
}
