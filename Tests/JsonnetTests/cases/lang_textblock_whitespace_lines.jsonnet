// Whitespace-only lines inside a text block, and spaces after the opening bars.
{
  ws_line: |||   
    a
    
    b
  |||,
  more_ws: |||
    a
      
    b
  |||,
}
