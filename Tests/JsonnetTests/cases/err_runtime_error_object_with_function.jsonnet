error { f: function(x) x }
