local arr = [1, 2];
arr[i]
