{ a: 1, f: function() 0 } != { a: 1, f: function() 0 }
