{
  and: [true && true, true && false, false && true, false && false],
  or: [true || true, true || false, false || true, false || false],
  not: [!true, !false, !!true],
  short_and: false && error 'not evaluated',
  short_or: true || error 'not evaluated',
  combined: !(true && false) || false,
}
