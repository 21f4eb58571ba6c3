{
  set: std.set([3, 1, 2, 1, 3]),
  setStrings: std.set(['b', 'a', 'é', 'a']),
  setKeyF: std.set([3, 1, -2, -1, 2], function(x) x * x),
  setId: std.set([2, 2, 1], std.id),
  setEmpty: std.set([]),
  setArrays: std.set([[1], [0], [1], [0, 1]]),
  setMember: [std.setMember(2, [1, 2, 3]), std.setMember(5, [1, 2, 3]), std.setMember(1, []), std.setMember(error 'lazy', [])],
  setMemberUnsorted: [std.setMember(1, [3, 2, 1]), std.setMember(3, [3, 2, 1])],
  setMemberString: [std.setMember('b', 'abc'), std.setMember('d', 'abc')],
  setMemberObject: std.setMember(1, {}),
  setMemberKeyF: std.setMember(-2, [1, 2, 3], function(x) x * x),
}
