assert 1 == 2 : { why: "math" };
"unreachable"
