local arr = [1, error 'element two', 3];
arr[1] + 1
