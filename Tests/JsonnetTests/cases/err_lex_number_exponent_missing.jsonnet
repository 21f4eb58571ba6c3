local big = 1e;
big
