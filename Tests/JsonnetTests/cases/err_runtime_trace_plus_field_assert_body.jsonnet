{foo: {f+: assert true; local c = error 'x'; c}}
