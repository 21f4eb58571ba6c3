7 | false
