// sin, cos, tan: Cephes reduction by pi/4 below 2^29, Payne-Hanek above.
local xs = [0, -0, 0.5, -0.5, 1, -1, 2, 3, 10, -10, 100, 1e-9, 1e-300, 5e-324, 1.5707963267948966, 3.141592653589793, 6.283185307179586, 1e6,
            536870911, 536870912, 536870913, 1073741824, 1e10, 1e22, 9007199254740993, 1e100, 1e300, 1.7976931348623157e308, -1e300];
{
  sin: [std.sin(x) for x in xs],
  cos: [std.cos(x) for x in xs],
  tan: [std.tan(x) for x in xs],
  // Payne-Hanek inputs whose reduced fraction is tiny (its last bits come from a quirk of go's reduction)
  tiny_fraction: [std.sin(39533158029.95253), std.sin(4619321793144.093), std.sin(166744768229.89365), std.cos(2530504321.29814), std.cos(19241914776.60709), std.cos(7644726796.499719), std.tan(39533158029.95253), std.tan(4619321793144.093), std.tan(2530504321.29814)],
  named: [std.sin(x=1), std.cos(x=1), std.tan(x=1)],
}
