local if = 1;
if
