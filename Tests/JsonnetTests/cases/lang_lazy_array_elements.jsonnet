local arr = [1, error 'element 1', 3, 1 / 0];
{
  first: arr[0],
  third: arr[2],
  length: std.length(arr),
  slice: arr[2:3],
  concat_length: std.length(arr + [error 'x']),
}
