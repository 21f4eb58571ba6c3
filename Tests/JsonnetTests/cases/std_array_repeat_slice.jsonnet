{
  repeatArray: std.repeat([1, 2], 3),
  repeatString: std.repeat('ab', 3),
  repeatZero: [std.repeat('ab', 0), std.repeat([1], 0), std.repeat('x', -2), std.repeat([], 5), std.repeat('', 4)],
  repeatUnicode: std.repeat('é😀', 2),
  slice: std.slice([1, 2, 3, 4, 5], 1, 4, 2),
  sliceNulls: std.slice('abcdef', null, null, null),
  sliceNegative: std.slice([1, 2, 3, 4], -3, -1, null),
  sliceFractions: std.slice([1, 2, 3, 4, 5], 0.5, 3.5, 1.5),
  sliceBeyond: std.slice('héllo', 2, 100, 1),
  sliceNamed: std.slice(step=2, end=null, index=0, indexable='abcdefg'),
}
