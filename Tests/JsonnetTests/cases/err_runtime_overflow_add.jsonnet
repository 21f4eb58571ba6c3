local big = 1.7e308;
big + big
