assert true : msg;
1
