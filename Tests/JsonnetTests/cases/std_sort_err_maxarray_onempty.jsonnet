std.maxArray([1], onEmpty=error "evaluated")
