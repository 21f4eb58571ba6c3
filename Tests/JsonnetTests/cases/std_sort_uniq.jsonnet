{
  uniq: std.uniq([1, 1, 2, 1, 3, 3, 3]),
  uniqString: std.uniq('aabbbcaa'),
  uniqEmpty: [std.uniq([]), std.uniq([error 'lazy'] + [])[0:0]],
  uniqKeyF: std.uniq([1, 2, 3, 4, 5], function(x) x < 3),
  uniqObjects: std.uniq([{a: 1}, {a: 1}, {a: 2}]),
  uniqKeyNeverCalled: std.uniq([1], error 'keyF is not needed'),
  uniqNamed: std.uniq(keyF=std.length, arr=['a', 'b', 'cc', 'dd', 'e']),
}
