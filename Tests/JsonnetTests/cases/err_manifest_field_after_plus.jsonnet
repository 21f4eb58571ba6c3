{ a: { b: 1 } } + { a+: { c: error 'merged field c' } }
