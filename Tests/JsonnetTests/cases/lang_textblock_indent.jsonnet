// The first line sets the indentation that is stripped; deeper lines keep extra spaces.
{
  nested: |||
    top
      indented
        more
    back
  |||,
  deep_first: |||
        eight spaces
        same
  |||,
}
