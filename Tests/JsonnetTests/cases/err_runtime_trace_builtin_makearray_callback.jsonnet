std.makeArray(3, function(i) if i == 2 then error 'index ' + i else i)
