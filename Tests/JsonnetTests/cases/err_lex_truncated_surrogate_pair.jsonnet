local s = "\ud83d\ude";
s
