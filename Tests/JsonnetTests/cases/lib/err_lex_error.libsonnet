{
  msg: 'unterminated,
}
