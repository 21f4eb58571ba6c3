importstr 42
