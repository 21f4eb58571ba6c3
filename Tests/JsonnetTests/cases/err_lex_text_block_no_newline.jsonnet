local t = ||| inline
  text
|||;
t
