// manifestJsonEx escapes strings like Go's encoding/json (no HTML escaping): \b \f \n \r \t,
// other controls as \u00XX, U+2028/U+2029 escaped, DEL and C1 controls left as they are.
local all = std.join('', [std.char(i) for i in std.range(0, 40)]) + '\\ \u007f \u0080 \u009f \u00a0 \u2028 \u2029 <>& é 😀';
[
  std.manifestJsonEx(all, ''),
  std.manifestJsonEx({ [all]: all }, ''),
  std.manifestJson('"quoted"'),
  std.manifestJsonMinified(['\u2028', '\u007f']),
]
