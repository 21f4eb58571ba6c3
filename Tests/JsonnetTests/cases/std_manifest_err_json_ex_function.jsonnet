// The path of the function in the value.
std.manifestJsonEx({ a: { 'b c': [1, function(x) x] } }, '  ')
