local countUp(n) = countUp(n + 1);
countUp(0)
