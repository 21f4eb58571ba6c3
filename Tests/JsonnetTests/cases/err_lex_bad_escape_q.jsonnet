"tab\there \q nope"
