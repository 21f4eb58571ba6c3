// Strings compare by Unicode code point, not by UTF-16 units or locale.
{
  astral_after_bmp: '\uffff' < '\ud83d\ude00',
  private_use_before_astral: '\ue000' < '😀',
  accent_after_z: 'z' < 'é',
  upper_before_lower: 'Z' < 'a',
  combining_vs_precomposed: 'e\u0301' == 'é',
  longer_greater: 'abc' > 'ab',
  sorted_keys: std.objectFields({ '\ue000': 1, '😀': 2, 'z': 3, 'é': 4 }),
}
