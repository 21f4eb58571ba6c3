local apple = 1;
banana
