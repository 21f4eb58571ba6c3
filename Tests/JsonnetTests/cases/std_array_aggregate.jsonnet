{
  all: [std.all([]), std.all([true, true]), std.all([true, false]), std.all([false, error 'never'])],
  any: [std.any([]), std.any([false, true]), std.any([false, false]), std.any([true, error 'never'])],
  sum: [std.sum([]), std.sum([1, 2, 3.5]), std.sum([-1, 1]), std.sum([0.1, 0.2])],
  avg: [std.avg([1, 2]), std.avg([5]), std.avg([0.1, 0.2, 0.3])],
  minArray: [std.minArray([3, 1, 2]), std.minArray(['b', 'a', 'é']), std.minArray([[2], [1, 5], [1]])],
  maxArray: [std.maxArray([3, 1, 2]), std.maxArray(['b', 'a', 'é']), std.maxArray([[2], [1, 5], [2, 0]])],
  minMaxKey: [std.minArray([3, 1, 2], keyF=function(x) -x), std.maxArray(['aaa', 'b', 'cc'], std.length)],
  minMaxTies: [std.minArray([1, 1.0, 2], function(x) 0), std.maxArray(['x', 'y'], function(x) 0)],
  onEmpty: [std.minArray([], onEmpty='none'), std.maxArray([], onEmpty=null), std.minArray([], keyF=function(x) x, onEmpty=0)],
  single: [std.minArray([{}]), std.maxArray([function(x) x])(4)],
}
