local a = 'ü'; local b = 'open;
a
