local lib = { helper: function(x) x.missing };
lib.helper({})
