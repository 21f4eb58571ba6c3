/**/
/***/
/* ** stars ** */
/* // nested line comment marker */
/* # hash inside block */
{
  // comment with block start /* which is ignored
  a: 1,
  # comment with */ end marker
  b: 2,
  c: 10 / /* divide */ 5,
  d: 1 /* multi
          line
          block */ + 1,
  e: |||
    // inside text block
    /* also text */
  |||,
}
