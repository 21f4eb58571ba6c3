{
  numbers: std.sort([3, -1, 2.5, 0, 10, -7, 2.5]),
  strings: std.sort(['b', 'a', 'é', 'z', 'Z', '', 'ab', 'Ā', '😀', '\uffff']),
  arrays: std.sort([[1, 2], [1], [], [0, 5], [1, 1, 1], [1, 2]]),
  empty: std.sort([]),
  single: std.sort([{a: 1}]),
  keyF: std.sort([3, 1, 2], function(x) -x),
  keyFNamed: std.sort(keyF=std.length, arr=['ccc', 'a', 'bb']),
  keyId: std.sort([2, 1, 3], keyF=std.id),
  stable: std.sort([{k: 1, v: 'a'}, {k: 0, v: 'b'}, {k: 1, v: 'c'}, {k: 0, v: 'd'}], function(o) o.k),
  stableStrings: std.sort(['bb', 'a', 'cc', 'd', 'ee'], std.length),
  big: std.sort([(i * 7919) % 1009 for i in std.range(1, 300)])[0:10],
  lazyElements: std.length(std.sort([1, error 'never'], function(x) 0)),
}
