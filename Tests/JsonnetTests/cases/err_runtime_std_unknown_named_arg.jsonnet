std.length(arr=[1])
