{
  member: [std.member([1, 2, 3], 2), std.member([1, 2, 3], '2'), std.member([[1], {a: 1}], {a: 1}), std.member([], 1)],
  memberString: [std.member('héllo', 'é'), std.member('abc', 'abcd'), std.member('abc', ''), std.member('aab', 'ab')],
  memberFunction: std.member([function(x) x], 1),
  memberStopsEarly: std.member([1, error 'never'], 1),
  count: [std.count([1, 2, 1, 1], 1), std.count([], error 'never'), std.count([[1], [1]], [1])],
  find: [std.find(1, [1, 2, 1]), std.find('x', []), std.find(error 'never', [])],
  contains: [std.contains([1, 2], 2), std.contains([1, 2], '2'), std.contains([1, error 'never'], 1), std.contains([], null)],
  remove: [std.remove([1, 2, 1], 1), std.remove([1, 2], 3), std.remove([], 1)],
  removeLazy: std.length(std.remove([1, error 'kept lazily'], 1)),
  removeAt: [std.removeAt([1, 2, 3], 0), std.removeAt([1, 2, 3], 2), std.removeAt(i=1, arr=['a', 'b'])],
  reverse: [std.reverse([1, 2, 3]), std.reverse([]), std.reverse([error 'never', 1])[0]],
}
