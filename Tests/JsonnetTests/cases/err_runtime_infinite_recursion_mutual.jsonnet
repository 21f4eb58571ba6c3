local isEven(n) = isOdd(n + 1),
      isOdd(n) = isEven(n + 1);
isEven(0)
