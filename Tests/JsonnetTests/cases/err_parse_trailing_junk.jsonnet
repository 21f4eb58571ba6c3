"first"
42
