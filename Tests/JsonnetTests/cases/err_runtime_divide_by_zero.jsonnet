local total = 10, count = 0;
total / count
