{
  inter: std.setInter([1, 2, 3, 5], [2, 3, 4, 5]),
  union: std.setUnion([1, 3, 5], [2, 3, 4]),
  diff: std.setDiff([1, 2, 3, 5], [2, 4, 5]),
  interEmpty: [std.setInter([], [1]), std.setInter([1], []), std.setInter([], 'not indexed')],
  unionEmpty: [std.setUnion([], [3, 1]), std.setUnion([2, 1], [])],
  diffEmpty: [std.setDiff([], 1), std.setDiff([1], [])],
  strings: [std.setInter('abc', 'bcd'), std.setUnion('ab', 'bc'), std.setDiff('abc', 'b'), std.setDiff('ab', [])],
  keyF: [
    std.setInter([1, 2, 3], [-2, -3], function(x) std.abs(x)),
    std.setUnion([1, 3], [-1, -2], function(x) std.abs(x)),
    std.setDiff([1, 2, 3], [-2], function(x) std.abs(x)),
  ],
  unionKeepsA: std.setUnion([{k: 1, from: 'a'}], [{k: 1, from: 'b'}], function(o) o.k),
  unsorted: [std.setInter([3, 2, 1], [1, 2, 3]), std.setUnion([3, 1], [2]), std.setDiff([3, 1, 2], [1])],
  named: std.setUnion(b=[2], a=[1], keyF=std.id),
  objects: std.setInter([{}], [{}]),
}
