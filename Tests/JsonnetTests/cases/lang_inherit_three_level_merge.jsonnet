local base = { a: { b: { c: { d: 1, keep: true } } } };
base + { a+: { b+: { c+: { d: super.d + 1, e: 'new' } } } } + { a+: { b+: { extra: [1] } } }
