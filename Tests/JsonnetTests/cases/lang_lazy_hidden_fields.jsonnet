// Hidden fields are never manifested, so their errors do not surface.
{
  broken:: error 'hidden and never used',
  also_broken:: {}.missing,
  ok: 'fine',
}
