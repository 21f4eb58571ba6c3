// Fields are visited in order: the table "a" (and its null) comes before the plain field "c".
std.manifestTomlEx({ a: { b: null }, c: error 'not reached first' }, '  ')
