{
  left: [std.splitLimit("a,b,c,d", ",", n) for n in [-1, 0, 1, 2, 3, 10]],
  right: [std.splitLimitR("a,b,c,d", ",", n) for n in [-1, 0, 1, 2, 3, 10]],
  overlap_left: std.splitLimit("aaaaa", "aa", 5),
  overlap_right: std.splitLimitR("aaaaa", "aa", 5),
  overlap_right_all: std.splitLimitR("aaa", "aa", -1),
  empty: [std.splitLimit("", ",", 3), std.splitLimitR("", ",", 3)],
  neg_zero: std.splitLimit("a,b", ",", -0),
  unicode: [std.splitLimit("é😀é😀é", "😀", 1), std.splitLimitR("é😀é😀é", "😀", 1)],
  named: [std.splitLimit(maxsplits=1, c=",", str="a,b,c"), std.splitLimitR(str="a,b,c", maxsplits=1, c=",")],
}
