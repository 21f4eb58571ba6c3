local xs = [10, 20, 30];
xs[3]
