{ a: [{ b: { c: [0, 1, function() 2] } }] }
