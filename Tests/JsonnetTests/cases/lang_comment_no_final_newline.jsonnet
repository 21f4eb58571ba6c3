// The file ends inside a line comment, with no final newline.
{ a: 1 } // last