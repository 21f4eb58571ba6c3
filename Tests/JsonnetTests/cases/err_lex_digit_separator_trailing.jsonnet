local n = 1_;
n
