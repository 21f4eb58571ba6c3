local π = 3.14;
π
